// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl devices [--json]: the output devices PortAudio can open.
#include "commands.hpp"

#include "playback/player.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace accord::cli {

int runDevices(Context& ctx)
{
    const bool json = ctx.args.flag("--json");
    ctx.args.finish();
    // Listed by a player, on its control thread: the one place that calls PortAudio.
    playback::Player player;
    auto listed = player.listDevices().get();
    if (!listed.ok()) {
        std::fprintf(stderr, "accordctl devices: %s\n", listed.error().describe().c_str());
        return kExitFailure;
    }
    const auto devices = std::move(*listed);
    if (json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& d : devices)
            out.push_back({{"index", d.index},
                           {"name", d.name},
                           {"host_api", d.hostApi},
                           {"max_output_channels", d.maxOutputChannels},
                           {"default_sample_rate", d.defaultSampleRate},
                           {"default", d.isDefault}});
        std::printf("%s\n", out.dump(2).c_str());
        return kExitOk;
    }
    if (devices.empty()) {
        std::fprintf(stderr, "accordctl devices: no audio output device found\n");
        return kExitFailure;
    }
    for (const auto& d : devices)
        std::printf("%c %3d  %-40s %-6s %3d ch  %.0f Hz\n", d.isDefault ? '*' : ' ', d.index, d.name.c_str(),
                    d.hostApi.c_str(), d.maxOutputChannels, d.defaultSampleRate);
    return kExitOk;
}

} // namespace accord::cli
