// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "storage/connection.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace accord::catalogue {

/// Where the decision index of the catalogue at dbPath lives ("catalogue.db" -> "catalogue.rights-index");
/// empty for an in-memory catalogue (which has none).
std::filesystem::path rightsIndexPath(const std::filesystem::path& dbPath);

/// The catalogue's rights_state row (catalogue migration 3).
struct RightsState {
    std::string catalogueUuid;
    std::int64_t generation = 0;
    std::int64_t minBase = 0;
};
base::Result<RightsState> readRightsState(storage::Connection& conn);

/// A read-only view of every stored rights row (recording_rights) as of one moment, for decisions that do
/// not touch SQLite: the decision index file (rights_file_format.hpp, memory-mapped, built at some earlier
/// generation) plus, held in memory, the rows logged in rights_changes since that generation.
///
/// A lookup is a search of mapped memory: no system call, no lock, no statement. The snapshot does not
/// follow later writes; whoever holds one takes a new one after an import (LicenceGate::invalidate()).
/// The file may be replaced meanwhile: a mapping keeps the file it was made from.
///
/// Threads: [any thread] load() on the connection's thread; the loaded snapshot is immutable and its
/// lookups may run on several threads at once.
/// Failure: load() returns nullopt with the reason in whyNot when there is no usable index (missing, built
/// from another catalogue, too old for the change log, damaged, or writes pending a refresh); callers then
/// read the catalogue. Database errors are returned as errors.
class RightsSnapshot {
public:
    /// Loads in one read transaction of conn (which must not be inside one).
    static base::Result<std::optional<RightsSnapshot>>
    load(storage::Connection& conn, const std::filesystem::path& indexFile, std::string& whyNot);

    RightsSnapshot(RightsSnapshot&&) noexcept;
    RightsSnapshot& operator=(RightsSnapshot&&) noexcept;
    ~RightsSnapshot();

    /// A stored row: the recording and its encoded rights (rights_codec). data stays valid while the
    /// snapshot lives; a damaged entry gives an empty span (decodeRights refuses it).
    struct Row {
        std::int64_t recordingId = 0;
        std::span<const std::uint8_t> data;
    };
    /// By ISRC key (isrc_key.hpp). nullopt: no recording had this ISRC at the snapshot's moment.
    std::optional<Row> byIsrcKey(std::uint64_t key) const;
    /// By recording id. nullopt: not in the index (no valid ISRC, or changed since): ask the tables.
    std::optional<Row> byRecording(std::int64_t recordingId) const;

    std::int64_t baseGeneration() const;
    std::uint64_t indexedRows() const;
    std::size_t changedRows() const { return m_changes.size(); }

private:
    struct Mapping;
    struct Change {
        std::optional<std::int64_t> recordingId; // nullopt: the row was deleted
        std::vector<std::uint8_t> data;
    };
    RightsSnapshot(std::unique_ptr<Mapping> map, std::unordered_map<std::uint64_t, Change> changes);
    std::optional<Row> indexed(std::uint64_t entry) const;

    std::unique_ptr<Mapping> m_map;
    std::unordered_map<std::uint64_t, Change> m_changes;          // by ISRC key
    std::unordered_map<std::int64_t, std::uint64_t> m_changedIds; // recording -> ISRC key, rows present only
};

} // namespace accord::catalogue
