// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/model/recording_rights.hpp"
#include "catalogue/model/tier_policy.hpp"
#include "licence/context.hpp"
#include "licence/decision.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accord::licence {

/// Counters for tests and the benchmark.
struct GateStats {
    std::uint64_t lookups = 0;
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
};

/// The licence gate: maps an ISRC (or a recording id) to a Decision in a Context, with a small LRU cache
/// keyed by (recording, territory, tier, device, source format), plus a bounded ISRC -> recording memo. A
/// cached decision is reused only for instants in [the instant it was made for, its valid_until), so a deal
/// that ends or a takedown that bites is never served stale. The caller supplies the instant; the gate has no
/// clock either.
///
/// Threads: [any thread] - the gate owns its own catalogue connection (opened read-write so it can
/// create/migrate an empty catalogue) and serialises calls with a mutex, so the playback control or
/// decode thread may call it while the GUI thread does something else. Open it on any thread.
/// Failure: Database errors are returned; an unknown ISRC is nullopt (the caller decides: unidentified).
/// Snapshot: uncached decisions come from the catalogue's decision index
/// (catalogue/rights/rights_snapshot.hpp, searched in mapped memory) as it was at open() or the last
/// invalidate(), so that the policy, the cache and the rows all describe one moment. Without a usable index
/// they read the catalogue per lookup. After an import through another connection, call invalidate() to see
/// it.
class LicenceGate {
public:
    static base::Result<LicenceGate> open(const std::filesystem::path& catalogueDb,
                                          std::size_t cacheCapacity = 4096);

    LicenceGate(LicenceGate&&) noexcept;
    LicenceGate& operator=(LicenceGate&&) noexcept;
    ~LicenceGate();

    /// nullopt when no catalogue recording has this ISRC. `source`: the format of the file the decision is
    /// about, when it is about a file (decide()'s hires_requires_tier is true of that file only).
    base::Result<std::optional<Decision>> decideIsrc(std::string_view isrc, const Context& ctx,
                                                     std::optional<SourceFormat> source = std::nullopt);
    base::Result<Decision> decideRecording(std::int64_t recordingId, const Context& ctx,
                                           std::optional<SourceFormat> source = std::nullopt);
    /// Many ISRCs in read transactions (no per-lookup locking): for availability lists and the benchmark.
    /// Entry i is nullopt when isrcs[i] is not in the catalogue. Bypasses the cache (neither reads nor
    /// fills it). Lookups run in ISRC then row-id order for page locality. A batch of 4096 or more is split
    /// in two halves decided on the calling thread and one helper thread, each with its own read-only
    /// connection (opened on first use) and its own snapshot: an import committing between the two
    /// snapshots' start may be seen by one half only, as it would by successive single lookups.
    /// `sources` is empty (no file: formats unknown) or holds one entry per ISRC, the format of the file
    /// entry i is about (nullopt where unknown).
    base::Result<std::vector<std::optional<Decision>>>
    decideIsrcs(const std::vector<std::string>& isrcs, const Context& ctx,
                const std::vector<std::optional<SourceFormat>>& sources = {});
    /// Many recordings by row id, answered from the decision index (no SQL, no ISRC strings, no sort): for
    /// catalogue-wide listings, which walk recordings in id order, and the library's batch, which knows
    /// each track's recording id. Entry i is exactly decideRecording(ids[i], ctx, sources[i]), but nullopt
    /// where the index cannot answer (no index, a recording without a valid ISRC, changed since the
    /// index was built, a damaged entry): the caller then asks decideRecording(). Bypasses the cache.
    /// A batch of 4096 or more is split in two halves decided on the calling thread and one helper
    /// thread (the index is immutable). `sources` is empty or holds one entry per id, as decideIsrcs().
    base::Result<std::vector<std::optional<Decision>>>
    decideRecordings(const std::vector<std::int64_t>& ids, const Context& ctx,
                     const std::vector<std::optional<SourceFormat>>& sources = {});
    /// Everything decide() reads about a recording (from the decision index as of open() or the last
    /// invalidate(), else the catalogue): for asking what would change its decision (licence::findUnlocks),
    /// which decides it again with the same rights. An unknown id gives empty rights (no deal: no_deal).
    base::Result<catalogue::RecordingRights> rights(std::int64_t recordingId);
    /// The policy's answer for a personal file with no catalogue recording.
    Decision decideUnidentified(const Context& ctx, std::optional<SourceFormat> source = std::nullopt);

    /// Drops cached decisions, re-reads the tier policy and takes a new snapshot of the decision index.
    base::Status invalidate();
    catalogue::TierPolicy policy() const;
    GateStats stats() const;

private:
    struct Impl;
    explicit LicenceGate(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace accord::licence
