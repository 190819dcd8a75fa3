// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl demo --out DIR: writes the generated demo tracks and prints their paths.
#include "commands.hpp"

#include "demo/demo_catalogue.hpp"
#include "demo/demo_tracks.hpp"

#include <chrono>

#include <cstdio>

namespace accord::cli {

int runDemo(Context& ctx)
{
    const auto out = ctx.args.option("--out");
    const bool importCatalogue = ctx.args.flag("--catalogue");
    ctx.args.finish();
    const std::filesystem::path dir = out ? std::filesystem::path(*out) : ctx.dataDir / "demo";
    auto files = demo::writeDemoTracks(dir);
    if (!files.ok()) {
        std::fprintf(stderr, "accordctl demo: %s\n", files.error().describe().c_str());
        return kExitFailure;
    }
    // The demo catalogue (Accord JSON) always lands next to the tracks; --catalogue also imports it into
    // the data folder's catalogue, so `accordctl decide --file` and the player judge the demo tracks.
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto json = dir / "demo-catalogue.json";
    if (importCatalogue) {
        if (auto s = demo::installDemoCatalogue(json, ctx.dataDir / "catalogue.db", now); !s.ok()) {
            std::fprintf(stderr, "accordctl demo: %s\n", s.error().describe().c_str());
            return kExitFailure;
        }
    } else if (FILE* f = std::fopen(json.c_str(), "wb")) {
        const std::string text = demo::demoCatalogueJson(now);
        std::fwrite(text.data(), 1, text.size(), f);
        std::fclose(f);
    }
    for (const auto& f : *files)
        std::printf("%s\n", f.c_str());
    return kExitOk;
}

} // namespace accord::cli
