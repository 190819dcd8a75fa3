// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl demo --out DIR: writes the generated demo tracks and prints their paths.
#include "commands.hpp"

#include "demo/demo_tracks.hpp"

#include <cstdio>

namespace accord::cli {

int runDemo(Context& ctx)
{
    const auto out = ctx.args.option("--out");
    ctx.args.finish();
    const std::filesystem::path dir = out ? std::filesystem::path(*out) : ctx.dataDir / "demo";
    auto files = demo::writeDemoTracks(dir);
    if (!files.ok()) {
        std::fprintf(stderr, "accordctl demo: %s\n", files.error().describe().c_str());
        return kExitFailure;
    }
    for (const auto& f : *files)
        std::printf("%s\n", f.c_str());
    return kExitOk;
}

} // namespace accord::cli
