// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl catalogue stats [--json]: row counts and the tier policy of the catalogue.
#include "catalogue_location.hpp"
#include "commands.hpp"

#include "catalogue/db/catalogue.hpp"
#include "catalogue/rights/rights_snapshot.hpp"

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>

namespace accord::cli {

int runCatalogueStats(Context& ctx)
{
    const bool json = ctx.args.flag("--json");
    ctx.args.finish();
    const auto path = cataloguePath(ctx);
    auto cat = catalogue::Catalogue::openForReading(path);
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
    // The decision index the licence gate would search (catalogue/rights/rights_snapshot.hpp).
    std::string whyNot;
    auto snapshot =
        catalogue::RightsSnapshot::load(cat->connection(), catalogue::rightsIndexPath(path), whyNot);
    if (!snapshot.ok()) {
        std::fprintf(stderr, "accordctl catalogue stats: %s\n", snapshot.error().describe().c_str());
        return kExitFailure;
    }
    nlohmann::json index{{"path", catalogue::rightsIndexPath(path).string()},
                         {"usable", snapshot->has_value()}};
    if (*snapshot) {
        index["rows"] = (*snapshot)->indexedRows();
        index["changed_rows"] = (*snapshot)->changedRows();
        index["base_generation"] = (*snapshot)->baseGeneration();
    } else {
        index["why_not"] = whyNot;
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
    const nlohmann::json out{{"path", path.string()},
                             {"recordings", s->recordings},
                             {"fingerprinted", s->fingerprinted},
                             {"aliases", s->aliases},
                             {"releases", s->releases},
                             {"parties", s->parties},
                             {"deals", s->deals},
                             {"sublicences", s->sublicences},
                             {"takedowns", s->takedowns},
                             {"purchases", s->purchases},
                             {"decision_index", index},
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
    for (const char* k : {"recordings", "fingerprinted", "aliases", "releases", "parties", "deals",
                          "sublicences", "takedowns", "purchases"})
        std::printf("  %-14s %lld\n", k, out[k].get<long long>());
    const int offset = policy->utcOffsetSeconds;
    std::printf("  preview        %lld s\n  time zone      UTC%c%02d:%02d\n  unidentified   %s\n",
                static_cast<long long>(policy->previewLength.count()), offset < 0 ? '-' : '+',
                std::abs(offset) / 3600, std::abs(offset) % 3600 / 60,
                policy->unidentifiedPlayable ? "may play" : "blocked");
    if (*snapshot)
        std::printf("  decision index %llu rows + %zu changed since built\n",
                    static_cast<unsigned long long>((*snapshot)->indexedRows()), (*snapshot)->changedRows());
    else
        std::printf("  decision index none usable (%s)\n", whyNot.c_str());
    return kExitOk;
}

} // namespace accord::cli
