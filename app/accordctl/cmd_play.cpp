// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl play: plays files as one gapless queue through the real engine and reports what happened.
#include "commands.hpp"
#include "content_key_args.hpp"
#include "licence_context_args.hpp"
#include "play_report.hpp"

#include "catalogue/model/tier_policy.hpp"
#include "judgement/judge.hpp"
#include "library/library_db.hpp"
#include "playback/judge_track_gate.hpp"
#include "playback/player.hpp"

#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <thread>
#include <unistd.h>

namespace accord::cli {

namespace {

std::atomic<bool> g_interrupted{false};
std::atomic<int> g_wakeFd{-1};

extern "C" void onSignal(int)
{
    g_interrupted.store(true);
    const int fd = g_wakeFd.load();
    if (fd >= 0) {
        const char byte = 's';
        [[maybe_unused]] const auto n = ::write(fd, &byte, 1); // async-signal-safe
    }
}

} // namespace

int runPlay(Context& ctx)
{
    playback::PlayerOptions options;
    std::optional<std::string> deviceClass = ctx.args.option("--device-class");
    if (auto v = ctx.args.option("--output"))
        options.deviceName = *v;
    if (auto v = ctx.args.option("--device")) {
        // --device is the output device (foundation) and the licence device class (gate): a class name
        // (desktop, car, tv) is taken as the class, anything else names an output device.
        if (catalogue::parseDeviceClass(*v))
            deviceClass = *v;
        else
            options.deviceName = *v;
    }
    auto territory = ctx.args.option("--territory");
    auto tier = ctx.args.option("--tier");
    const auto at = ctx.args.option("--at");
    if (auto v = ctx.args.option("--volume")) {
        const double pct = parseNumber(*v, "--volume");
        if (pct < 0 || pct > 100)
            throw UsageError("--volume must be between 0 and 100");
        options.volume = pct / 100.0;
    }
    if (auto v = ctx.args.option("--fixed-rate")) {
        const long long hz = parseInteger(*v, "--fixed-rate");
        if (hz < 8000 || hz > 768000)
            throw UsageError("--fixed-rate must be a sample rate between 8000 and 768000");
        options.fixedRate = static_cast<std::uint32_t>(hz);
    }
    if (auto v = ctx.args.option("--replaygain")) {
        if (*v == "track")
            options.replayGain.mode = playback::ReplayGainMode::Track;
        else if (*v == "album")
            options.replayGain.mode = playback::ReplayGainMode::Album;
        else if (*v != "off")
            throw UsageError("--replaygain must be off, track or album, not '" + *v + "'");
    }
    options.replayGain.preventClipping = !ctx.args.flag("--allow-clipping");
    // Files without ReplayGain tags play with the values `accordctl replaygain scan` stored, if any.
    options.replayGain.libraryDb = library::LibraryDb::pathIn(ctx.dataDir);
    double startSeconds = 0;
    if (auto v = ctx.args.option("--start")) {
        startSeconds = parseNumber(*v, "--start");
        // A negative start wrapped to a frame near 2^64 on its way to the player.
        if (!std::isfinite(startSeconds) || startSeconds < 0)
            throw UsageError("--start must be 0 or more seconds, not '" + *v + "'");
    }
    options.contentKeys = contentKeysFor(ctx.args, ctx.dataDir);
    const bool json = ctx.args.flag("--json");
    const bool quiet = ctx.args.flag("--quiet");
    const auto files = ctx.args.positionals();
    if (files.empty())
        throw UsageError("give at least one FILE");

    std::shared_ptr<playback::JudgeTrackGate> gate;
    // A subscriber's data dir (a synced lease) puts every play under the gate, in the lease's context.
    if (!territory && !tier)
        fillFromLease(ctx.dataDir, territory, tier, deviceClass);
    if (territory || tier || at || deviceClass) {
        if (!territory || !tier)
            throw UsageError("the licence gate needs both --territory CC and --tier free|vip|svip");
        const licence::Context lc = licenceContextFrom(territory, tier, deviceClass, at, "--device-class");
        judgement::Listener listener{lc.territory, lc.tier, lc.device, std::nullopt};
        if (at)
            listener.fixedAt = lc.at; // QA: the clock stands still at --at
        else
            noteWallClock(ctx.dataDir, lc.at);
        auto judge = judgement::Judge::open(ctx.dataDir, judgement::Judge::Access::ReadOnly);
        if (!judge.ok()) {
            std::fprintf(stderr, "accordctl play: %s\n", judge.error().describe().c_str());
            return kExitFailure;
        }
        gate = std::make_shared<playback::JudgeTrackGate>(std::move(*judge), listener);
    }

    // Positions are only shown by the progress line: without it, the player updates none while music plays.
    const bool drawing = !quiet && isatty(STDERR_FILENO) == 1;
    options.positionInterval = std::chrono::milliseconds(drawing ? 100 : 0);
    playback::Player player(options);
    if (gate)
        player.setGate(gate);
    PlayReport report(files.size(), !quiet, isatty(STDERR_FILENO) == 1);
    // The main thread sleeps in poll() on this pipe: a byte from the report when the queue ends or from
    // the signal handler wakes it, so without the progress line it does not wake at all while music plays.
    int wake[2] = {-1, -1};
    const bool piped = ::pipe2(wake, O_CLOEXEC | O_NONBLOCK) == 0;
    if (piped) {
        report.setWakeFd(wake[1]);
        g_wakeFd.store(wake[1]);
    }
    player.setListener(&report);

    std::vector<std::filesystem::path> paths(files.begin(), files.end());
    player.setQueue(paths);
    player.playIndex(0, startSeconds);

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    bool stopping = false;
    // The progress line is redrawn ten times a second on a terminal; otherwise the main thread only wakes
    // for the end of the queue or a signal: each wake-up costs CPU for the whole time the queue plays.
    const auto interval = std::chrono::milliseconds(drawing ? 100 : 250);
    for (;;) {
        if (piped) {
            pollfd p{wake[0], POLLIN, 0};
            ::poll(&p, 1, drawing ? static_cast<int>(interval.count()) : -1);
            char drain[64];
            while (::read(wake[0], drain, sizeof drain) > 0) {
            }
        } else {
            report.waitFinished(interval); // no pipe: look for a signal a few times a second
        }
        if (g_interrupted.load() && !stopping) {
            stopping = true;
            player.stop();
        }
        report.tick(player.status());
        if (report.finished() || stopping) {
            player.waitUntilStopped();
            break;
        }
    }
    report.finish(player.status(), json);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_wakeFd.store(-1);
    report.setWakeFd(-1);
    if (piped) {
        ::close(wake[0]);
        ::close(wake[1]);
    }
    return report.exitCode();
}

} // namespace accord::cli
