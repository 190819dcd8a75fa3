// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl scan DIR... [--json] [--threads N] [--allow-empty-root]: scan music folders into
// <data-dir>/library.db and print a summary. An empty folder that had tracks keeps them (reported as a folder
// problem) unless --allow-empty-root.
#include "args.hpp"
#include "commands.hpp"

#include "base/paths.hpp"
#include "library/library_db.hpp"
#include "library/scanner.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace accord::cli {

int runScan(Context& ctx)
{
    const bool json = ctx.args.flag("--json");
    library::ScannerOptions options;
    options.allowEmptyRoot = ctx.args.flag("--allow-empty-root");
    if (auto t = ctx.args.option("--threads")) {
        const long long n = parseInteger(*t, "--threads");
        if (n < 1 || n > 256)
            throw UsageError("--threads: between 1 and 256");
        options.readerThreads = static_cast<unsigned>(n);
    }
    const std::vector<std::string> dirs = ctx.args.positionals();
    if (dirs.empty())
        throw UsageError("at least one DIR is needed");
    std::vector<std::filesystem::path> roots(dirs.begin(), dirs.end());

    library::Scanner scanner(library::LibraryDb::pathIn(ctx.dataDir), options);
    auto result = scanner.scan(roots);
    if (!result) {
        std::fprintf(stderr, "accordctl scan: %s\n", result.error().describe().c_str());
        return kExitFailure;
    }
    const library::ScanSummary& s = *result;
    if (json) {
        nlohmann::json unreadable = nlohmann::json::array();
        for (const auto& b : s.badFiles)
            unreadable.push_back({{"path", base::displayPath(b.path)},
                                  {"reason", library::toString(b.reason)},
                                  {"detail", b.detail}});
        nlohmann::json problems = nlohmann::json::array();
        for (const auto& p : s.problems)
            problems.push_back({{"path", base::displayPath(p.path)}, {"reason", p.reason}});
        nlohmann::json out = {{"files_seen", s.filesSeen},
                              {"added", s.added},
                              {"updated", s.updated},
                              {"removed", s.removed},
                              {"moved", s.moved},
                              {"unchanged", s.unchanged},
                              {"read", s.read},
                              {"unreadable", unreadable},
                              {"folder_problems", problems},
                              {"cancelled", s.cancelled},
                              {"elapsed", s.elapsedSeconds},
                              {"database", base::displayPath(library::LibraryDb::pathIn(ctx.dataDir))}};
        std::printf("%s\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
        return kExitOk;
    }
    std::printf("files seen: %zu\nadded: %zu\nupdated: %zu\nremoved: %zu\nmoved: %zu\nunchanged: %zu\n"
                "unreadable: %zu\n",
                s.filesSeen, s.added, s.updated, s.removed, s.moved, s.unchanged, s.badFiles.size());
    for (const auto& b : s.badFiles)
        std::printf("  %s: %s (%s)\n", base::displayPath(b.path).c_str(), library::toString(b.reason),
                    b.detail.c_str());
    for (const auto& p : s.problems)
        std::printf("folder problem: %s: %s\n", base::displayPath(p.path).c_str(), p.reason.c_str());
    std::printf("elapsed: %.3f s\n", s.elapsedSeconds);
    return kExitOk;
}

} // namespace accord::cli
