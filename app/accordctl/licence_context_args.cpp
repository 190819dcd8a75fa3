// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "licence_context_args.hpp"

#include "base/time_point.hpp"
#include "catalogue/model/territory_set.hpp"
#include "catalogue/model/tier_policy.hpp"
#include "sync/lease_listener.hpp"
#include "sync/offline_terms_loader.hpp"

#include <chrono>

namespace accord::cli {

licence::Context licenceContextFrom(const std::optional<std::string>& territory,
                                    const std::optional<std::string>& tier,
                                    const std::optional<std::string>& device,
                                    const std::optional<std::string>& at, const std::string& deviceOption)
{
    if (!territory)
        throw UsageError("--territory CC is required");
    if (!tier)
        throw UsageError("--tier free|vip|svip is required");
    licence::Context ctx;
    if (!catalogue::normaliseTerritoryCode(*territory, ctx.territory))
        throw UsageError("--territory must be an ISO 3166-1 alpha-2 code, not '" + *territory + "'");
    const auto t = catalogue::parseTier(*tier);
    if (!t)
        throw UsageError("--tier must be free, vip or svip, not '" + *tier + "'");
    ctx.tier = *t;
    if (device) {
        const auto d = catalogue::parseDeviceClass(*device);
        if (!d)
            throw UsageError(deviceOption + " must be desktop, car or tv, not '" + *device + "'");
        ctx.device = *d;
    }
    if (at) {
        auto parsed = base::parseIso8601(*at);
        if (!parsed.ok())
            throw UsageError("--at: " + parsed.error().message);
        ctx.at = parsed->instant;
    } else {
        ctx.at = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    }
    return ctx;
}

licence::Context parseLicenceContext(Args& args)
{
    const auto territory = args.option("--territory");
    const auto tier = args.option("--tier");
    const auto device = args.option("--device");
    const auto at = args.option("--at");
    return licenceContextFrom(territory, tier, device, at);
}

void fillFromLease(const std::filesystem::path& dataDir, std::optional<std::string>& territory,
                   std::optional<std::string>& tier, std::optional<std::string>& device)
{
    if (territory && tier && device)
        return;
    auto lease = sync::loadLeaseListener(dataDir);
    if (!lease.ok())
        throw UsageError("no --territory/--tier given and the synced lease cannot be read: " +
                         lease.error().describe());
    if (!*lease)
        return;
    if (!territory)
        territory = (*lease)->territory;
    if (!tier)
        tier = (*lease)->tier;
    if (!device)
        device = (*lease)->deviceClass;
}

licence::Context parseLicenceContext(Args& args, const std::filesystem::path& dataDir)
{
    auto territory = args.option("--territory");
    auto tier = args.option("--tier");
    auto device = args.option("--device");
    const auto at = args.option("--at");
    fillFromLease(dataDir, territory, tier, device);
    const licence::Context ctx = licenceContextFrom(territory, tier, device, at);
    if (!at)
        noteWallClock(dataDir, ctx.at);
    return ctx;
}

void noteWallClock(const std::filesystem::path& dataDir, base::Instant now)
{
    // A store that cannot be written (a read-only data dir) keeps its older value; the decision stands.
    (void)sync::raiseHighestSeen(dataDir, now);
}

} // namespace accord::cli
