// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "storage/connection.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace accord::catalogue {

/// Writing fingerprints in bulk (catalogue synth, a million recordings): the triggers of migration 7 insert
/// each recording's ~60 keys at random places of the fingerprint_keys B-tree, so once the table is
/// larger than the page cache every batch rewrites most of its pages (100k fingerprints took 633 s).
/// begin() saves and drops those triggers; finish() rebuilds the whole table from the stored fingerprints
/// in key order (sorted in memory in bounded passes: the B-tree is appended to, never split at random) and
/// re-creates the triggers from the saved SQL, in one transaction. The table is the same as the triggers
/// would have left it. Until finish() commits, fingerprint writes are not indexed: a catalogue whose writer
/// died in between has no fingerprint triggers (catalogue synth refuses to reuse such a catalogue without
/// --force, and the next bulk load's finish() repairs it). [the connection's thread] No transaction may be
/// open on the connection when begin() or finish() is called.
class FingerprintBulkLoad {
public:
    static base::Result<FingerprintBulkLoad> begin(storage::Connection& conn);

    /// Rows sorted in memory per pass (16 B each): 256 MB at most.
    static constexpr std::size_t kPassRows = std::size_t{16} << 20;

    /// Rebuilds fingerprint_keys and restores the triggers; returns the number of index rows. `passRows`
    /// bounds the rows held in memory at once (tests use a small one to exercise several passes).
    base::Result<std::int64_t> finish(std::size_t passRows = kPassRows);

private:
    base::Result<std::int64_t> rebuild(std::size_t passRows);
    FingerprintBulkLoad(storage::Connection& conn, std::vector<std::string> triggers)
        : m_conn(&conn), m_triggers(std::move(triggers))
    {
    }
    storage::Connection* m_conn;
    std::vector<std::string> m_triggers; ///< CREATE TRIGGER statements as sqlite_master held them
};

} // namespace accord::catalogue
