// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "base/time_point.hpp"
#include "storage/connection.hpp"

#include <filesystem>
#include <optional>
#include <set>
#include <string>

namespace accord::sync {

/// Everything the client keeps between syncs. Documents are kept as the exact bytes that were verified,
/// so that they can be parsed again and shown as they were signed.
struct SyncState {
    std::string url;
    std::string caFile;
    std::string rootText;                     ///< the trusted root (verified chain or the initial one)
    std::optional<std::string> releaseText;   ///< the last accepted release.json
    std::optional<std::string> leaseText;     ///< the last accepted lease (content keys dropped when revoked)
    std::set<std::string> appliedContent;     ///< sha256 of catalogue deltas already imported
    std::optional<base::Instant> highestSeen; ///< the highest time seen (runs and signed `issued`)
    std::optional<base::Instant> lastOnline;  ///< the last successful sync
};

/// `<data-dir>/sync.db`: SQLite, one key/value table, numbered migrations. save() replaces the state in
/// ONE transaction: after a crash the file holds the previous state or the new one, never a mix. Loading
/// never writes: a sync that is refused leaves the file byte-identical. [one thread per SyncStore]
class SyncStore {
public:
    /// Opens (creating and migrating) the store for reading and writing.
    static base::Result<SyncStore> open(const std::filesystem::path& path);
    /// Opens an existing store for reading only, as the catalogue's readers do: never creates, migrates or
    /// writes it, and leaves its folder as it found it (a query-only handle when the file was closed
    /// cleanly, read-only with a -wal present, immutable when the folder is read-only or the disk full, so
    /// that a read-only data dir still answers `sync status`, `decide` and `play`). save() and
    /// raiseHighestSeen() on it fail (kind Database). NotFound when there is no file; Unsupported for a
    /// schema this build does not know; a file created but never migrated loads as not initialised.
    static base::Result<SyncStore> openForReading(const std::filesystem::path& path);
    /// nullopt when the store was never initialised (sync init).
    base::Result<std::optional<SyncState>> load();
    base::Status save(const SyncState& state);
    /// Sets highest_seen to `t` if the store is initialised and `t` is later than the stored value (one
    /// transaction; nothing is written otherwise).
    base::Status raiseHighestSeen(base::Instant t);

private:
    explicit SyncStore(storage::Connection conn) : m_conn(std::move(conn)) {}
    storage::Connection m_conn;
    bool m_empty = false; ///< openForReading() of a file never migrated: load() gives nullopt
};

} // namespace accord::sync
