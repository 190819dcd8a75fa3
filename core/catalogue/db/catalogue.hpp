// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/db/fingerprint_index.hpp"
#include "catalogue/model/catalogue_stats.hpp"
#include "catalogue/model/recording.hpp"
#include "catalogue/model/recording_rights.hpp"
#include "catalogue/model/tier_policy.hpp"
#include "storage/connection.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace accord::catalogue {

/// Read access to a catalogue database (default location: <data-dir>/catalogue.db), through one
/// connection with prepared statements compiled on first use. Opening creates and migrates the database
/// (ReadWrite), or refuses an unmigrated one (ReadOnly).
///
/// Threads: a Catalogue is used by one thread at a time (it owns one SQLite connection); open one per
/// thread that needs it (e.g. the licence gate's worker, the identify worker). WAL lets readers run while
/// an importer writes through another connection.
/// Failure: every query returns an Error of kind Database on SQLite failure; "not found" is nullopt.
class Catalogue {
public:
    static base::Result<Catalogue>
    open(const std::filesystem::path& path,
         storage::Connection::Mode mode = storage::Connection::Mode::ReadWrite);

    /// For commands that only read (decide, stats, identify...): never needs to write. Opens read-only; a
    /// catalogue on a read-only mount or a full disk, where SQLite cannot create the WAL's shared-memory
    /// file, is opened immutable (no locking: nothing can be writing it there). Only a missing file (created
    /// empty, as open() does) or an older schema (migrated) needs a writable catalogue, and says so when it
    /// is not.
    static base::Result<Catalogue> openForReading(const std::filesystem::path& path);

    Catalogue(Catalogue&&) noexcept;
    Catalogue& operator=(Catalogue&&) noexcept;
    ~Catalogue();

    /// The underlying connection (for importers and the writer: same thread only).
    storage::Connection& connection();

    /// ISRC lookups accept hyphens and lower case ("gb-aaa-15-00001").
    base::Result<std::optional<Recording>> findByIsrc(std::string_view isrc);
    base::Result<std::optional<Recording>> findByCatalogueId(std::string_view catalogueId);
    base::Result<std::optional<Recording>> findById(std::int64_t recordingId);
    /// The aliases of one recording (titles it is also known by), in import order; empty when it has none
    /// or no such recording exists. One primary-key lookup, for the player's filter.
    base::Result<std::vector<std::string>> aliasesOf(std::int64_t recordingId);
    /// Just the row id, without loading the recording (the decision path).
    base::Result<std::optional<std::int64_t>> recordingIdByIsrc(std::string_view isrc);
    /// The row ids of many recordings named by catalogue id (entry i: catalogueIds[i]; nullopt when no
    /// recording has it, or the id is empty), read in one read transaction (one snapshot), looked up in
    /// sorted order so that neighbouring lookups share index pages: for batches (the library's verdicts),
    /// where findByCatalogueId() per entry would load whole recordings. Must not be called inside a
    /// transaction of this connection.
    base::Result<std::vector<std::optional<std::int64_t>>>
    recordingIdsByCatalogueIds(const std::vector<std::string_view>& catalogueIds);

    /// Calls visit for every recording that has a fingerprint, in id order, until visit returns false.
    base::Status forEachFingerprinted(const std::function<bool(const FingerprintEntry&)>& visit);

    /// The recordings the fingerprint index proposes for a query's raw sub-fingerprints, best first, at most
    /// `limit` (FingerprintIndex::candidates): cost independent of the catalogue's size. The caller confirms
    /// each by comparing the fingerprints.
    base::Result<std::vector<FingerprintCandidate>>
    fingerprintCandidates(const std::vector<std::uint32_t>& raw, std::size_t limit);
    /// Whether any recording has a fingerprint (one index probe).
    base::Result<bool> hasFingerprints();

    /// Up to `limit` recordings with a row id above `afterId`, in id order (id, catalogue id, ISRC only):
    /// pages through the whole catalogue without holding a statement open between pages, so the caller
    /// may run other queries (or let an import commit) in between; each page is one read.
    base::Result<std::vector<RecordingKey>> recordingKeysAfter(std::int64_t afterId, std::size_t limit);

    /// Recordings whose normalised title or any normalised alias equals key (normaliseTitle output;
    /// the caller normalises). Each recording at most once, at most limit of them.
    base::Result<std::vector<Recording>> findByTitleKey(std::string_view key, std::size_t limit = 200);

    /// Everything the decision needs for one recording (see RecordingRights): its stored rights row when
    /// current (a recording with an ISRC), else assembled from the tables.
    base::Result<RecordingRights> rights(std::int64_t recordingId);
    /// The same by ISRC: one B-tree descent to the stored row; nullopt when no recording has it.
    base::Result<std::optional<RecordingRights>> rightsByIsrc(std::string_view isrc);
    /// Rebuilds the stored rights rows that writes have made stale, in its own transaction (see
    /// rights_index.hpp). Opening read-write already does this; importers do it before they commit.
    /// Returns how many rows were rebuilt.
    base::Result<std::int64_t> refreshRights();

    base::Result<TierPolicy> tierPolicy();
    base::Result<CatalogueStats> stats();

private:
    struct Impl;
    explicit Catalogue(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace accord::catalogue
