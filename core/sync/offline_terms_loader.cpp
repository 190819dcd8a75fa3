// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/offline_terms_loader.hpp"

#include "sync/feed_types.hpp"
#include "sync/sync_store.hpp"

namespace accord::sync {

base::Result<std::optional<licence::OfflineTerms>> loadOfflineTerms(const std::filesystem::path& dataDir)
{
    const auto path = dataDir / "sync.db";
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return std::optional<licence::OfflineTerms>();
    auto store = SyncStore::openForReading(path);
    if (!store.ok())
        return std::move(store).error();
    auto state = store->load();
    if (!state.ok())
        return std::move(state).error();
    if (!*state || !(*state)->leaseText)
        return std::optional<licence::OfflineTerms>();
    auto lease = parseLease(*(*state)->leaseText);
    if (!lease.ok())
        return std::move(lease).error();
    licence::OfflineTerms terms;
    terms.offlineUntil = lease->offlineUntil;
    terms.highestSeen = (*state)->highestSeen;
    terms.revoked = lease->revoked;
    for (const LeaseTrack& t : lease->tracks)
        terms.tracks[t.recording] = t.notAfter;
    return std::optional<licence::OfflineTerms>(std::move(terms));
}

std::string downloadKey(const std::filesystem::path& file)
{
    std::error_code ec;
    const auto abs = std::filesystem::absolute(file, ec);
    return (ec ? file : abs).lexically_normal().string();
}

base::Result<std::map<std::string, std::string>>
loadDownloadedRecordings(const std::filesystem::path& dataDir)
{
    std::map<std::string, std::string> out;
    const auto path = dataDir / "sync.db";
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return out;
    auto store = SyncStore::openForReading(path);
    if (!store.ok())
        return std::move(store).error();
    auto state = store->load();
    if (!state.ok())
        return std::move(state).error();
    if (!*state || !(*state)->leaseText)
        return out;
    auto lease = parseLease(*(*state)->leaseText);
    if (!lease.ok())
        return std::move(lease).error();
    for (const LeaseTrack& t : lease->tracks)
        out[downloadKey(dataDir / "sync" / "content" / t.sha256)] = t.recording;
    return out;
}

base::Status raiseHighestSeen(const std::filesystem::path& dataDir, base::Instant now)
{
    const auto path = dataDir / "sync.db";
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return {};
    // Read first: a run that has nothing to raise (or a read-only data dir) opens nothing for writing.
    {
        auto reader = SyncStore::openForReading(path);
        if (!reader.ok())
            return std::move(reader).error();
        auto state = reader->load();
        if (!state.ok())
            return std::move(state).error();
        if (!*state || ((*state)->highestSeen && *(*state)->highestSeen >= now))
            return {};
    }
    auto store = SyncStore::open(path);
    if (!store.ok())
        return std::move(store).error();
    return store->raiseHighestSeen(now);
}

} // namespace accord::sync
