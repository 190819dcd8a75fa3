// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "licence/licence_gate.hpp"

#include "catalogue/catalogue.hpp"
#include "licence/decide.hpp"

#include <list>
#include <mutex>
#include <unordered_map>

namespace accord::licence {

namespace {

struct CacheKey {
    std::int64_t recording = 0;
    std::string territory;
    catalogue::Tier tier = catalogue::Tier::Free;
    catalogue::DeviceClass device = catalogue::DeviceClass::Desktop;
    bool operator==(const CacheKey&) const = default;
};

struct CacheKeyHash {
    std::size_t operator()(const CacheKey& k) const noexcept
    {
        std::size_t h = std::hash<std::int64_t>()(k.recording);
        h ^= std::hash<std::string>()(k.territory) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        h ^= static_cast<std::size_t>(k.tier) * 31u + static_cast<std::size_t>(k.device) * 7u;
        return h;
    }
};

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
    std::list<CacheEntry> lru;  // most recent first
    std::unordered_map<CacheKey, std::list<CacheEntry>::iterator, CacheKeyHash> index;
    GateStats stats;
    std::unordered_map<std::string, std::optional<std::int64_t>> isrcIds;  // bounded by capacity

    Impl(catalogue::Catalogue c, catalogue::TierPolicy p, std::size_t cap)
        : catalogue(std::move(c)), policy(std::move(p)), capacity(cap == 0 ? 1 : cap)
    {
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

    base::Result<std::optional<std::int64_t>> recordingFor(std::string_view isrc)
    {
        const std::string key(isrc);
        if (const auto it = isrcIds.find(key); it != isrcIds.end())
            return it->second;
        auto id = catalogue.recordingIdByIsrc(isrc);
        if (!id.ok())
            return std::move(id).error();
        if (isrcIds.size() >= capacity)
            isrcIds.clear();  // cheap and rare; the decisions stay cached
        isrcIds.emplace(key, *id);
        return *id;
    }

    base::Result<std::optional<Decision>> decideIsrcLocked(std::string_view isrc, const Context& ctx)
    {
        auto id = recordingFor(isrc);
        if (!id.ok())
            return std::move(id).error();
        if (!*id)
            return std::optional<Decision>();
        auto d = decideLocked(**id, ctx);
        if (!d.ok())
            return std::move(d).error();
        return std::optional<Decision>(std::move(*d));
    }

    base::Result<Decision> decideLocked(std::int64_t recordingId, const Context& ctx)
    {
        ++stats.lookups;
        CacheKey key{recordingId, ctx.territory, ctx.tier, ctx.device};
        if (const Decision* d = cached(key, ctx.at)) {
            ++stats.hits;
            return *d;
        }
        ++stats.misses;
        auto rights = catalogue.rights(recordingId);
        if (!rights.ok())
            return std::move(rights).error();
        Decision d = decide(*rights, policy, ctx);
        store(std::move(key), ctx.at, d);
        return d;
    }
};

LicenceGate::LicenceGate(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
LicenceGate::LicenceGate(LicenceGate&&) noexcept = default;
LicenceGate& LicenceGate::operator=(LicenceGate&&) noexcept = default;
LicenceGate::~LicenceGate() = default;

base::Result<LicenceGate> LicenceGate::open(const std::filesystem::path& catalogueDb, std::size_t cacheCapacity)
{
    auto cat = catalogue::Catalogue::open(catalogueDb);
    if (!cat.ok())
        return std::move(cat).error();
    // Lookups touch a few pages each all over a large file: map it (no read() copies) and keep a larger
    // page cache than SQLite's 2 MB default. Both are per connection and only affect this reader.
    ACCORD_TRY(cat->connection().exec("PRAGMA mmap_size=17179869184; PRAGMA cache_size=-65536;"));
    auto policy = cat->tierPolicy();
    if (!policy.ok())
        return std::move(policy).error();
    return LicenceGate(std::make_unique<Impl>(std::move(*cat), std::move(*policy), cacheCapacity));
}

base::Result<std::optional<Decision>> LicenceGate::decideIsrc(std::string_view isrc, const Context& ctx)
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->decideIsrcLocked(isrc, ctx);
}

base::Result<std::vector<std::optional<Decision>>> LicenceGate::decideIsrcs(const std::vector<std::string>& isrcs,
                                                                          const Context& ctx)
{
    std::lock_guard lock(m_impl->mutex);
    // A deferred read transaction: one snapshot and one lock for the whole batch.
    ACCORD_TRY(m_impl->catalogue.connection().exec("BEGIN"));
    std::vector<std::optional<Decision>> out;
    out.reserve(isrcs.size());
    // Straight to the catalogue: a batch (an availability list) would only churn the LRU cache.
    const auto one = [&](const std::string& isrc) -> base::Status {
        auto id = m_impl->catalogue.recordingIdByIsrc(isrc);
        if (!id.ok())
            return std::move(id).error();
        if (!*id) {
            out.emplace_back();
            return {};
        }
        ++m_impl->stats.lookups;
        auto rights = m_impl->catalogue.rights(**id);
        if (!rights.ok())
            return std::move(rights).error();
        out.emplace_back(decide(*rights, m_impl->policy, ctx));
        return {};
    };
    for (const std::string& isrc : isrcs) {
        base::Status st = one(isrc);
        if (!st.ok()) {
            (void)m_impl->catalogue.connection().exec("ROLLBACK");
            return std::move(st).error();
        }
    }
    ACCORD_TRY(m_impl->catalogue.connection().exec("COMMIT"));
    return out;
}

base::Result<Decision> LicenceGate::decideRecording(std::int64_t recordingId, const Context& ctx)
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->decideLocked(recordingId, ctx);
}

Decision LicenceGate::decideUnidentified(const Context& ctx)
{
    std::lock_guard lock(m_impl->mutex);
    return licence::decideUnidentified(m_impl->policy, ctx);
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
    return {};
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
