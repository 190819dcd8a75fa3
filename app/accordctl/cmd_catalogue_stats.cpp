// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl catalogue stats [--json]: row counts and the tier policy of the catalogue.
#include "catalogue_location.hpp"
#include "commands.hpp"

#include "catalogue/catalogue.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace accord::cli {

int runCatalogueStats(Context& ctx)
{
    const bool json = ctx.args.flag("--json");
    ctx.args.finish();
    const auto path = cataloguePath(ctx);
    auto cat = catalogue::Catalogue::open(path);
    if (!cat.ok()) {
        std::fprintf(stderr, "accordctl catalogue stats: %s\n", cat.error().describe().c_str());
        return kExitFailure;
    }
    auto s = cat->stats();
    auto policy = cat->tierPolicy();
    if (!s.ok() || !policy.ok()) {
        std::fprintf(stderr, "accordctl catalogue stats: %s\n",
                     (!s.ok() ? s.error() : policy.error()).describe().c_str());
        return kExitFailure;
    }
    nlohmann::json tiers = nlohmann::json::object();
    for (catalogue::Tier t : catalogue::kAllTiers) {
        const auto& rule = policy->rule(t);
        nlohmann::json devices = nlohmann::json::array();
        for (auto d : rule.devices)
            devices.push_back(catalogue::toString(d));
        tiers[catalogue::toString(t)] = {{"commercial_models", rule.commercialModels},
                                         {"devices", devices},
                                         {"resolution", catalogue::toString(rule.cap)}};
    }
    const nlohmann::json out{
        {"path", path.string()},
        {"recordings", s->recordings},
        {"fingerprinted", s->fingerprinted},
        {"aliases", s->aliases},
        {"releases", s->releases},
        {"parties", s->parties},
        {"deals", s->deals},
        {"sublicences", s->sublicences},
        {"takedowns", s->takedowns},
        {"purchases", s->purchases},
        {"policy",
         {{"tiers", tiers},
          {"preview_seconds", policy->previewLength.count()},
          {"utc_offset_seconds", policy->utcOffsetSeconds},
          {"unidentified_playable", policy->unidentifiedPlayable}}}};
    if (json) {
        std::printf("%s\n", out.dump(2).c_str());
        return kExitOk;
    }
    std::printf("catalogue %s\n", path.c_str());
    for (const char* k : {"recordings", "fingerprinted", "aliases", "releases", "parties", "deals", "sublicences",
                          "takedowns", "purchases"})
        std::printf("  %-14s %lld\n", k, out[k].get<long long>());
    std::printf("  preview        %lld s\n  time zone      UTC%+d s\n  unidentified   %s\n",
                static_cast<long long>(policy->previewLength.count()), policy->utcOffsetSeconds,
                policy->unidentifiedPlayable ? "may play" : "blocked");
    return kExitOk;
}

} // namespace accord::cli
