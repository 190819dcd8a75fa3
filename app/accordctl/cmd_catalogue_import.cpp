// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl catalogue import [--json] FILE...: DDEX ERN (3.8.2, 4.x) or Accord JSON, detected from the
// content; all files in one transaction (nothing is written unless every file imports).
#include "catalogue_location.hpp"
#include "commands.hpp"

#include "catalogue/import/catalogue_importer.hpp"

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace accord::cli {

int runCatalogueImport(Context& ctx)
{
    const bool json = ctx.args.flag("--json");
    const std::vector<std::string> args = ctx.args.positionals();
    if (args.empty())
        throw UsageError("at least one FILE is required");
    const std::vector<std::filesystem::path> files(args.begin(), args.end());
    auto cat = catalogue::Catalogue::open(cataloguePath(ctx));
    if (!cat.ok()) {
        std::fprintf(stderr, "accordctl catalogue import: %s\n", cat.error().describe().c_str());
        return kExitFailure;
    }
    const auto start = std::chrono::steady_clock::now();
    auto reports = catalogue::importCatalogueFiles(*cat, files);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!reports.ok()) {
        std::fprintf(stderr,
                     "accordctl catalogue import: %s\n  nothing was imported; the catalogue is unchanged\n",
                     reports.error().describe().c_str());
        return kExitFailure;
    }
    nlohmann::json out = nlohmann::json::array();
    for (const catalogue::ImportReport& r : *reports) {
        if (json) {
            out.push_back({{"file", r.file},
                           {"format", r.format},
                           {"recordings", r.recordings},
                           {"releases", r.releases},
                           {"parties", r.parties},
                           {"deals", r.deals},
                           {"deals_ignored", r.dealsIgnored},
                           {"deals_cancelled", r.dealsCancelled},
                           {"use_types_ignored", r.useTypesIgnored},
                           {"releases_purged", r.releasesPurged},
                           {"takedowns", r.takedowns},
                           {"purchases", r.purchases},
                           {"policy", r.policy}});
        } else {
            std::printf("%s (%s): %lld recordings, %lld releases, %lld deals (%lld ignored), %lld takedowns, "
                        "%lld purchases%s\n",
                        r.file.c_str(), r.format.c_str(), static_cast<long long>(r.recordings),
                        static_cast<long long>(r.releases), static_cast<long long>(r.deals),
                        static_cast<long long>(r.dealsIgnored), static_cast<long long>(r.takedowns),
                        static_cast<long long>(r.purchases), r.policy ? ", tier policy" : "");
            if (r.dealsCancelled || r.useTypesIgnored || r.releasesPurged)
                std::printf("  %lld cancellations applied, %lld use types ignored, %lld releases purged\n",
                            static_cast<long long>(r.dealsCancelled),
                            static_cast<long long>(r.useTypesIgnored),
                            static_cast<long long>(r.releasesPurged));
        }
    }
    if (json)
        std::printf("%s\n", nlohmann::json{{"files", out}, {"elapsed_seconds", seconds}}.dump(2).c_str());
    else
        std::printf("imported %zu file(s) in %.3f s\n", reports->size(), seconds);
    return kExitOk;
}

} // namespace accord::cli
