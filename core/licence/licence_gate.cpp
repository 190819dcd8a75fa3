// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "licence/licence_gate.hpp"

#include "base/log.hpp"
#include "catalogue/db/catalogue.hpp"
#include "catalogue/model/isrc_key.hpp"
#include "catalogue/rights/rights_codec.hpp"
#include "catalogue/rights/rights_snapshot.hpp"
#include "licence/decide.hpp"
#include "storage/statement.hpp"

#include <algorithm>
#include <list>
#include <mutex>
#include <span>
#include <thread>
#include <unordered_map>

namespace accord::licence {

namespace {

struct CacheKey {
    std::int64_t recording = 0;
    std::string territory;
    catalogue::Tier tier = catalogue::Tier::Free;
    catalogue::DeviceClass device = catalogue::DeviceClass::Desktop;
    bool formatKnown = false; ///< the file's format, on which decide() depends
    std::uint32_t sampleRate = 0;
    std::uint16_t bits = 0;
    bool operator==(const CacheKey&) const = default;
};

CacheKey keyOf(std::int64_t recording, const Context& ctx, const std::optional<SourceFormat>& source)
{
    return {recording,
            ctx.territory,
            ctx.tier,
            ctx.device,
            source.has_value(),
            source ? source->sampleRate : 0u,
            source ? source->bitsPerSample : std::uint16_t{0}};
}

// The format of entry i of a batch: `sources` is empty or one per entry.
std::optional<SourceFormat> sourceAt(const std::vector<std::optional<SourceFormat>>& sources, std::size_t i)
{
    return i < sources.size() ? sources[i] : std::nullopt;
}

struct CacheKeyHash {
    std::size_t operator()(const CacheKey& k) const noexcept
    {
        std::size_t h = std::hash<std::int64_t>()(k.recording);
        h ^= std::hash<std::string>()(k.territory) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        h ^= static_cast<std::size_t>(k.tier) * 31u + static_cast<std::size_t>(k.device) * 7u;
        const std::size_t format =
            k.formatKnown ? (static_cast<std::size_t>(k.sampleRate) << 16 | k.bits) + 1 : 0;
        h ^= format + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        return h;
    }
};

// A deferred read transaction (one snapshot, one lock for many lookups), rolled back unless ended.
class ReadTransaction {
public:
    explicit ReadTransaction(catalogue::Catalogue& cat) : m_cat(cat) {}
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;
    ~ReadTransaction()
    {
        if (m_open)
            (void)m_cat.connection().exec("ROLLBACK");
    }
    base::Status begin()
    {
        ACCORD_TRY(m_cat.connection().exec("BEGIN"));
        m_open = true;
        return {};
    }
    base::Status end()
    {
        m_open = false;
        return m_cat.connection().exec("COMMIT");
    }

private:
    catalogue::Catalogue& m_cat;
    bool m_open = false;
};

// Batches of at least this many ISRCs are split over two threads, each with its own connection.
constexpr std::size_t kSplitBatch = 4096;

struct CacheEntry {
    CacheKey key;
    base::Instant decidedAt{};
    Decision decision;
};

} // namespace

struct LicenceGate::Impl {
    catalogue::Catalogue catalogue;
    catalogue::TierPolicy policy;
    std::size_t capacity;
    mutable std::mutex mutex;
    std::list<CacheEntry> lru; // most recent first
    std::unordered_map<CacheKey, std::list<CacheEntry>::iterator, CacheKeyHash> index;
    GateStats stats;
    std::unordered_map<std::string, std::optional<std::int64_t>> isrcIds; // bounded by capacity
    std::filesystem::path path;
    std::unique_ptr<catalogue::Catalogue> helper; // second reader for large batches, lazily opened
    // The decision index as of open() or the last invalidate(): lookups without SQLite. nullopt when the
    // catalogue has no usable one; then every lookup reads the catalogue.
    std::optional<catalogue::RightsSnapshot> snapshot;

    Impl(catalogue::Catalogue c, catalogue::TierPolicy p, std::size_t cap, std::filesystem::path db)
        : catalogue(std::move(c)), policy(std::move(p)), capacity(cap == 0 ? 1 : cap), path(std::move(db))
    {
    }

    base::Status loadSnapshot()
    {
        snapshot.reset();
        std::string whyNot;
        auto loaded =
            catalogue::RightsSnapshot::load(catalogue.connection(), catalogue::rightsIndexPath(path), whyNot);
        if (!loaded.ok())
            return std::move(loaded).error();
        snapshot = std::move(*loaded);
        if (!snapshot && !path.empty() && path != ":memory:")
            base::logInfo("licence", "decisions read the catalogue: " + whyNot);
        return {};
    }

    // A row of the snapshot, decoded; nullopt when it does not decode (the caller asks the catalogue).
    static std::optional<catalogue::RecordingRights> decoded(const catalogue::RightsSnapshot::Row& row)
    {
        auto rights = catalogue::decodeRights(row.data, row.recordingId);
        if (!rights.ok())
            return std::nullopt;
        return std::move(*rights);
    }

    const Decision* cached(const CacheKey& key, base::Instant at)
    {
        const auto it = index.find(key);
        if (it == index.end())
            return nullptr;
        const CacheEntry& e = *it->second;
        if (at < e.decidedAt || (e.decision.validUntil && at >= *e.decision.validUntil))
            return nullptr;
        lru.splice(lru.begin(), lru, it->second);
        return &lru.front().decision;
    }

    void store(CacheKey key, base::Instant at, const Decision& d)
    {
        if (const auto it = index.find(key); it != index.end()) {
            lru.erase(it->second);
            index.erase(it);
        }
        lru.push_front(CacheEntry{key, at, d});
        index.emplace(std::move(key), lru.begin());
        if (lru.size() > capacity) {
            index.erase(lru.back().key);
            lru.pop_back();
        }
    }

    void rememberIsrc(std::string key, std::optional<std::int64_t> id)
    {
        if (isrcIds.size() >= capacity)
            isrcIds.clear(); // cheap and rare; the decisions stay cached
        isrcIds.emplace(std::move(key), id);
    }

    base::Result<std::optional<Decision>> decideIsrcLocked(std::string_view isrc, const Context& ctx,
                                                           const std::optional<SourceFormat>& source)
    {
        if (snapshot)
            return decideIsrcFromSnapshot(isrc, ctx, source);
        std::string key(isrc);
        if (const auto it = isrcIds.find(key); it != isrcIds.end()) {
            if (!it->second)
                return std::optional<Decision>();
            auto d = decideLocked(*it->second, ctx, source);
            if (!d.ok())
                return std::move(d).error();
            return std::optional<Decision>(std::move(*d));
        }
        // First sight of this ISRC: its row id and rights in one statement (autocommit: one snapshot, and
        // the database locks taken once).
        auto rights = catalogue.rightsByIsrc(isrc);
        if (!rights.ok())
            return std::move(rights).error();
        if (!*rights) {
            rememberIsrc(std::move(key), std::nullopt);
            return std::optional<Decision>();
        }
        const std::int64_t id = (*rights)->recordingId;
        rememberIsrc(std::move(key), id);
        ++stats.lookups;
        CacheKey cacheKey = keyOf(id, ctx, source);
        if (const Decision* d = cached(cacheKey, ctx.at)) {
            ++stats.hits;
            return std::optional<Decision>(*d);
        }
        ++stats.misses;
        Decision d = decide(**rights, policy, ctx, source);
        store(std::move(cacheKey), ctx.at, d);
        return std::optional<Decision>(std::move(d));
    }

    // The index answers "no such ISRC" itself; the row it finds is decided unless the cache has the answer.
    base::Result<std::optional<Decision>> decideIsrcFromSnapshot(std::string_view isrc, const Context& ctx,
                                                                 const std::optional<SourceFormat>& source)
    {
        std::string norm;
        if (!catalogue::normaliseIsrc(isrc, norm))
            return std::optional<Decision>();
        const auto key = catalogue::isrcKey(norm);
        const auto row = key ? snapshot->byIsrcKey(*key) : std::nullopt;
        if (!row)
            return std::optional<Decision>();
        ++stats.lookups;
        CacheKey cacheKey = keyOf(row->recordingId, ctx, source);
        if (const Decision* d = cached(cacheKey, ctx.at)) {
            ++stats.hits;
            return std::optional<Decision>(*d);
        }
        ++stats.misses;
        auto rights = decoded(*row);
        if (!rights) {
            auto read = catalogue.rights(row->recordingId); // a damaged entry: the tables' answer
            if (!read.ok())
                return std::move(read).error();
            rights = std::move(*read);
        }
        Decision d = decide(*rights, policy, ctx, source);
        store(std::move(cacheKey), ctx.at, d);
        return std::optional<Decision>(std::move(d));
    }

    base::Result<catalogue::RecordingRights> rightsOf(std::int64_t recordingId)
    {
        if (snapshot) {
            if (const auto row = snapshot->byRecording(recordingId)) {
                if (auto rights = decoded(*row))
                    return std::move(*rights);
            }
        }
        return catalogue.rights(recordingId);
    }

    base::Result<Decision> decideLocked(std::int64_t recordingId, const Context& ctx,
                                        const std::optional<SourceFormat>& source)
    {
        ++stats.lookups;
        CacheKey key = keyOf(recordingId, ctx, source);
        if (const Decision* d = cached(key, ctx.at)) {
            ++stats.hits;
            return *d;
        }
        ++stats.misses;
        auto rights = rightsOf(recordingId);
        if (!rights.ok())
            return std::move(rights).error();
        Decision d = decide(*rights, policy, ctx, source);
        store(std::move(key), ctx.at, d);
        return d;
    }

    // Straight to the catalogue: a batch (an availability list) would only churn the LRU cache.
    // Lookups run in ISRC order rather than the caller's, so that neighbouring lookups share B-tree pages
    // (on a catalogue larger than RAM, most of the cost of a random lookup is faulting its pages in); each
    // is one statement (ISRC index, stored rights row). keys is a sorted slice of (normalised ISRC, index).
    static base::Status decideSlice(catalogue::Catalogue& cat, const catalogue::TierPolicy& policy,
                                    std::span<const std::pair<std::string, std::size_t>> keys,
                                    const Context& ctx,
                                    const std::vector<std::optional<SourceFormat>>& sources,
                                    std::vector<std::optional<Decision>>& out, std::uint64_t& lookups)
    {
        for (const auto& [isrc, index] : keys) {
            auto rights = cat.rightsByIsrc(isrc);
            if (!rights.ok())
                return std::move(rights).error();
            if (!*rights)
                continue;
            ++lookups;
            out[index] = decide(**rights, policy, ctx, sourceAt(sources, index));
        }
        return {};
    }

    // A second read connection for the other half of large batches (opened on first use).
    base::Status ensureHelper()
    {
        if (helper)
            return {};
        if (path.empty() || path == ":memory:")
            return base::Error(base::ErrorCode::Unsupported, "an in-memory catalogue has one connection");
        auto cat = catalogue::Catalogue::openForReading(path);
        if (!cat.ok())
            return std::move(cat).error();
        ACCORD_TRY(tuneReader(*cat));
        helper = std::make_unique<catalogue::Catalogue>(std::move(*cat));
        return {};
    }

    static base::Status tuneReader(catalogue::Catalogue& cat)
    {
        // Lookups touch a few pages each all over a large file: map it (no read() copies; Debian's SQLite
        // maps at most the first 2 GB) and keep a 16 MiB page cache, which holds the rights table's interior
        // pages at 15M recordings. A random lookup's leaf is rarely read twice, so a larger cache only costs
        // memory. Both are per connection and only affect this reader.
        return cat.connection().exec("PRAGMA mmap_size=17179869184; PRAGMA cache_size=-16384;");
    }

    // The snapshot's batch: keys sorted (neighbouring entries share pages), halves on two threads (the
    // snapshot is immutable), then any entry that did not decode from the catalogue on this thread.
    base::Result<std::vector<std::optional<Decision>>>
    decideBatchFromSnapshot(const std::vector<std::string>& isrcs, const Context& ctx,
                            const std::vector<std::optional<SourceFormat>>& sources)
    {
        std::vector<std::optional<Decision>> out(isrcs.size());
        std::vector<std::pair<std::uint64_t, std::size_t>> keys;
        keys.reserve(isrcs.size());
        std::string norm;
        for (std::size_t i = 0; i < isrcs.size(); ++i) {
            if (!catalogue::normaliseIsrc(isrcs[i], norm))
                continue;
            if (const auto key = catalogue::isrcKey(norm))
                keys.emplace_back(*key, i);
        }
        std::sort(keys.begin(), keys.end());
        const catalogue::RightsSnapshot& snap = *snapshot;
        const auto run = [&](std::span<const std::pair<std::uint64_t, std::size_t>> slice,
                             std::uint64_t& lookups, std::vector<std::size_t>& damaged) {
            for (const auto& [key, slot] : slice) {
                const auto row = snap.byIsrcKey(key);
                if (!row)
                    continue;
                ++lookups;
                if (auto rights = decoded(*row))
                    out[slot] = decide(*rights, policy, ctx, sourceAt(sources, slot));
                else
                    damaged.push_back(slot);
            }
        };
        const std::span<const std::pair<std::uint64_t, std::size_t>> all(keys);
        const std::size_t half = keys.size() >= kSplitBatch ? keys.size() / 2 : keys.size();
        std::uint64_t theirLookups = 0;
        std::vector<std::size_t> damaged;
        std::vector<std::size_t> theirDamaged;
        std::thread worker;
        if (half < keys.size())
            worker = std::thread([&] { run(all.subspan(half), theirLookups, theirDamaged); });
        run(all.first(half), stats.lookups, damaged);
        if (worker.joinable())
            worker.join();
        stats.lookups += theirLookups;
        damaged.insert(damaged.end(), theirDamaged.begin(), theirDamaged.end());
        for (const std::size_t slot : damaged) {
            auto rights = catalogue.rightsByIsrc(isrcs[slot]);
            if (!rights.ok())
                return std::move(rights).error();
            if (*rights)
                out[slot] = decide(**rights, policy, ctx, sourceAt(sources, slot));
        }
        return out;
    }

    // By recording id, straight from the index: ids need no normalising or sorting (a caller walking the
    // catalogue in id order reads the index's by-id table front to back), halves on two threads.
    std::vector<std::optional<Decision>>
    decideByIdFromSnapshot(const std::vector<std::int64_t>& ids, const Context& ctx,
                           const std::vector<std::optional<SourceFormat>>& sources)
    {
        std::vector<std::optional<Decision>> out(ids.size());
        if (!snapshot)
            return out;
        const catalogue::RightsSnapshot& snap = *snapshot;
        const auto run = [&](std::size_t begin, std::size_t end, std::uint64_t& lookups) {
            for (std::size_t i = begin; i < end; ++i) {
                const auto row = snap.byRecording(ids[i]);
                if (!row)
                    continue;
                if (auto rights = decoded(*row)) { // a damaged entry stays nullopt: the caller asks again
                    ++lookups;
                    out[i] = decide(*rights, policy, ctx, sourceAt(sources, i));
                }
            }
        };
        const std::size_t half = ids.size() >= kSplitBatch ? ids.size() / 2 : ids.size();
        std::uint64_t theirLookups = 0;
        std::thread worker;
        if (half < ids.size())
            worker = std::thread([&] { run(half, ids.size(), theirLookups); });
        run(0, half, stats.lookups);
        if (worker.joinable())
            worker.join();
        stats.lookups += theirLookups;
        return out;
    }

    base::Result<std::vector<std::optional<Decision>>>
    decideBatchLocked(const std::vector<std::string>& isrcs, const Context& ctx,
                      const std::vector<std::optional<SourceFormat>>& sources)
    {
        if (snapshot)
            return decideBatchFromSnapshot(isrcs, ctx, sources);
        std::vector<std::optional<Decision>> out(isrcs.size());
        std::vector<std::pair<std::string, std::size_t>> keys;
        keys.reserve(isrcs.size());
        for (std::size_t i = 0; i < isrcs.size(); ++i) {
            std::string norm;
            if (catalogue::normaliseIsrc(isrcs[i], norm))
                keys.emplace_back(std::move(norm), i);
        }
        std::sort(keys.begin(), keys.end());
        const std::span<const std::pair<std::string, std::size_t>> all(keys);
        // Small batches stay on the calling thread; large ones are split in two contiguous key ranges, one
        // per connection (each writes only its own entries of out).
        const bool split = keys.size() >= kSplitBatch && ensureHelper().ok();
        const std::size_t half = split ? keys.size() / 2 : keys.size();
        ReadTransaction mine(catalogue);
        ACCORD_TRY(mine.begin());
        base::Status helperStatus;
        std::uint64_t helperLookups = 0;
        std::thread worker;
        if (split) {
            worker = std::thread([&] {
                ReadTransaction theirs(*helper);
                helperStatus = theirs.begin();
                if (helperStatus.ok())
                    helperStatus =
                        decideSlice(*helper, policy, all.subspan(half), ctx, sources, out, helperLookups);
                if (helperStatus.ok())
                    helperStatus = theirs.end();
            });
        }
        base::Status status =
            decideSlice(catalogue, policy, all.first(half), ctx, sources, out, stats.lookups);
        if (worker.joinable())
            worker.join();
        stats.lookups += helperLookups;
        ACCORD_TRY(std::move(status));
        ACCORD_TRY(std::move(helperStatus));
        ACCORD_TRY(mine.end());
        return out;
    }
};

LicenceGate::LicenceGate(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
LicenceGate::LicenceGate(LicenceGate&&) noexcept = default;
LicenceGate& LicenceGate::operator=(LicenceGate&&) noexcept = default;
LicenceGate::~LicenceGate() = default;

base::Result<LicenceGate> LicenceGate::open(const std::filesystem::path& catalogueDb,
                                            std::size_t cacheCapacity)
{
    auto cat = catalogue::Catalogue::openForReading(catalogueDb); // decisions never write
    if (!cat.ok())
        return std::move(cat).error();
    ACCORD_TRY(Impl::tuneReader(*cat));
    auto policy = cat->tierPolicy();
    if (!policy.ok())
        return std::move(policy).error();
    auto impl = std::make_unique<Impl>(std::move(*cat), std::move(*policy), cacheCapacity, catalogueDb);
    ACCORD_TRY(impl->loadSnapshot());
    return LicenceGate(std::move(impl));
}

base::Result<std::optional<Decision>> LicenceGate::decideIsrc(std::string_view isrc, const Context& ctx,
                                                              std::optional<SourceFormat> source)
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->decideIsrcLocked(isrc, ctx, source);
}

base::Result<std::vector<std::optional<Decision>>>
LicenceGate::decideIsrcs(const std::vector<std::string>& isrcs, const Context& ctx,
                         const std::vector<std::optional<SourceFormat>>& sources)
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->decideBatchLocked(isrcs, ctx, sources);
}

base::Result<Decision> LicenceGate::decideRecording(std::int64_t recordingId, const Context& ctx,
                                                    std::optional<SourceFormat> source)
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->decideLocked(recordingId, ctx, source);
}

base::Result<std::vector<std::optional<Decision>>>
LicenceGate::decideRecordings(const std::vector<std::int64_t>& ids, const Context& ctx,
                              const std::vector<std::optional<SourceFormat>>& sources)
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->decideByIdFromSnapshot(ids, ctx, sources);
}

base::Result<catalogue::RecordingRights> LicenceGate::rights(std::int64_t recordingId)
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->rightsOf(recordingId);
}

Decision LicenceGate::decideUnidentified(const Context& ctx, std::optional<SourceFormat> source)
{
    std::lock_guard lock(m_impl->mutex);
    return licence::decideUnidentified(m_impl->policy, ctx, source);
}

base::Status LicenceGate::invalidate()
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->lru.clear();
    m_impl->index.clear();
    m_impl->isrcIds.clear();
    auto policy = m_impl->catalogue.tierPolicy();
    if (!policy.ok())
        return std::move(policy).error();
    m_impl->policy = std::move(*policy);
    return m_impl->loadSnapshot();
}

catalogue::TierPolicy LicenceGate::policy() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->policy;
}

GateStats LicenceGate::stats() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->stats;
}

} // namespace accord::licence
