// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/model/recording_rights.hpp"
#include "catalogue/rights/rights_assembler.hpp"
#include "storage/connection.hpp"
#include "storage/statement.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace accord::catalogue {

/// Reads the rows of many recordings for refreshRights and hands each recording's to assembleRights (the
/// one computation, which RightsQuery::load feeds too: the encoded rows are byte-identical), at a fraction
/// of the cost of one RightsQuery per recording:
///  - added ids are gathered into chunks of nearby ids; a chunk's recordings, recording-scoped deals,
///    takedowns, purchases and tracks are read with one range statement per table (in (subject, id) order);
///  - a release's own deals, takedowns and purchases are read and parsed once, by range over the releases a
///    chunk needs, and kept for later chunks (at most maxCached releases, then all forgotten);
///  - each sublicence parent is looked up once (at most maxCached kept, likewise).
///
/// The caches assume the tables do not change while the batch lives: make one per refresh, inside the write
/// transaction, and let the sink write nothing but recording_rights.
/// [the connection's thread] Must not outlive the connection. Failure: Database errors, or Format for a
/// deal or takedown whose stored territories do not parse (as RightsQuery).
class RightsBatch {
public:
    /// Receives each added recording that exists and has a valid ISRC (kIsrcGlob), in ascending id order,
    /// with its rights row key (isrcKeySql). An error stops the batch and is returned by add/finish.
    using Sink =
        std::function<base::Status(std::int64_t recordingId, std::int64_t isrcKey, const RecordingRights&)>;

    /// maxChunk: the most recordings per chunk; maxGap: an id more than this above the previous one starts a
    /// new chunk (a range read costs every row in the range, wanted or not); maxCached: the most releases
    /// and parents kept (a chunk that needs more releases holds them all while it is assembled). All >= 1.
    RightsBatch(storage::Connection& conn, Sink sink, std::size_t maxChunk = 1024, std::int64_t maxGap = 8,
                std::size_t maxCached = 8192);

    /// Adds a recording; ids must be strictly ascending. May assemble and deliver a chunk.
    base::Status add(std::int64_t recordingId);
    /// Assembles and delivers the ids still pending.
    base::Status finish();

    /// How many statements were executed (resets included): for tests and tuning.
    std::int64_t statementsRun() const { return m_statements; }

private:
    /// One track row of a chunk recording: (recording, release) in (recording, release, position) order.
    struct Track {
        std::int64_t recordingId;
        std::int64_t releaseId;
    };
    enum Table : std::size_t { kDeals = 0, kTakedowns = 1, kPurchases = 2 };
    enum Subject : std::size_t { kOfRecording = 0, kOfRelease = 1 };

    base::Status flush();
    base::Result<storage::Statement*> statement(std::optional<storage::Statement>& slot,
                                                const std::string& sql);
    /// Reads the deals, takedowns and purchases attached to subjects in [lo, hi] that `wanted` accepts, in
    /// (subject, id) order, handing each one to `into(subject)`.
    base::Status readScoped(Subject subject, std::int64_t lo, std::int64_t hi,
                            const std::function<bool(std::int64_t)>& wanted,
                            const std::function<AttachedRights&(std::int64_t)>& into);
    base::Status loadReleases(const std::vector<Track>& tracks);
    /// assembleRights' ParentLookup: a deal by id, from the cache or read once and kept.
    base::Result<std::optional<Deal>> parent(std::int64_t dealId);

    storage::Connection& m_conn;
    Sink m_sink;
    std::size_t m_maxChunk;
    std::int64_t m_maxGap;
    std::size_t m_maxCached;
    std::vector<std::int64_t> m_pending;
    std::optional<storage::Statement> m_recordings;
    std::optional<storage::Statement> m_tracks;
    std::optional<storage::Statement> m_scoped[2][3];
    std::optional<storage::Statement> m_parent;
    std::unordered_map<std::int64_t, AttachedRights> m_releases;
    std::unordered_map<std::int64_t, std::optional<Deal>> m_parents;
    std::int64_t m_statements = 0;
};

} // namespace accord::catalogue
