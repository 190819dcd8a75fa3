// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl catalogue index [--if-needed] [--json]: (re)build the catalogue's decision index, the
// memory-mapped copy of the stored rights rows that the licence gate searches without SQLite.
#include "catalogue_location.hpp"
#include "commands.hpp"

#include "catalogue/db/catalogue.hpp"
#include "catalogue/rights/rights_file_writer.hpp"
#include "catalogue/rights/rights_snapshot.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace accord::cli {

int runCatalogueIndex(Context& ctx)
{
    const bool json = ctx.args.flag("--json");
    const bool ifNeeded = ctx.args.flag("--if-needed");
    ctx.args.finish();
    const auto path = cataloguePath(ctx);
    auto cat = catalogue::Catalogue::open(path);
    if (!cat.ok()) {
        std::fprintf(stderr, "accordctl catalogue index: %s\n", cat.error().describe().c_str());
        return kExitFailure;
    }
    const auto file = catalogue::rightsIndexPath(path);
    auto build = catalogue::buildRightsIndex(cat->connection(), file,
                                             ifNeeded ? catalogue::IndexPolicy::WhenWorthIt
                                                      : catalogue::IndexPolicy::Always);
    if (!build.ok()) {
        std::fprintf(stderr, "accordctl catalogue index: %s\n", build.error().describe().c_str());
        return kExitFailure;
    }
    const nlohmann::json out{{"path", file.string()},    {"built", build->built},
                             {"reason", build->reason},  {"rows", build->rows},
                             {"bytes", build->bytes},    {"changes_before", build->changesBefore},
                             {"seconds", build->seconds}};
    if (json) {
        std::printf("%s\n", out.dump(2).c_str());
        return kExitOk;
    }
    std::printf("%s %s: %llu rows, %llu bytes, %.2f s (%s)\n", build->built ? "built" : "kept", file.c_str(),
                static_cast<unsigned long long>(build->rows), static_cast<unsigned long long>(build->bytes),
                build->seconds, build->reason.c_str());
    return kExitOk;
}

} // namespace accord::cli
