// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/lease_listener.hpp"

#include "sync/feed_types.hpp"
#include "sync/sync_store.hpp"

namespace accord::sync {

base::Result<std::optional<LeaseListener>> loadLeaseListener(const std::filesystem::path& dataDir)
{
    const auto path = dataDir / "sync.db";
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return std::optional<LeaseListener>();
    auto store = SyncStore::openForReading(path);
    if (!store.ok())
        return std::move(store).error();
    auto state = store->load();
    if (!state.ok())
        return std::move(state).error();
    if (!*state || !(*state)->leaseText)
        return std::optional<LeaseListener>();
    auto lease = parseLease(*(*state)->leaseText);
    if (!lease.ok())
        return std::move(lease).error();
    return std::optional<LeaseListener>(LeaseListener{lease->territory, lease->tier, lease->deviceClass});
}

} // namespace accord::sync
