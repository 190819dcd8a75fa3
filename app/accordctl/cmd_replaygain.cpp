// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl replaygain scan [PATH...] [--album|--track] [--write-tags] [--json] [--jobs N]: measures
// ReplayGain 2.0 values (EBU R128 via libebur128) of files, folders or the whole library, stores them in
// library.db and, only with --write-tags, writes them into the files' tags. Exit 1 when any file failed (each
// named).
#include "args.hpp"
#include "commands.hpp"

#include "base/paths.hpp"
#include "library/library_db.hpp"
#include "replaygain/gain_values.hpp"
#include "replaygain/library_gain_scan.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace accord::cli {

namespace {

nlohmann::json optionalNumber(const std::optional<double>& v)
{
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

std::string gainText(const std::optional<double>& gain)
{
    return gain ? replaygain::formatGain(*gain) : std::string("silent");
}

} // namespace

int runReplayGainScan(Context& ctx)
{
    const bool json = ctx.args.flag("--json");
    const bool trackOnly = ctx.args.flag("--track");
    const bool album = ctx.args.flag("--album");
    if (trackOnly && album)
        throw UsageError("--album and --track exclude each other");
    replaygain::LibraryGainScanOptions options;
    options.scan.album = !trackOnly;
    options.writeTags = ctx.args.flag("--write-tags");
    if (auto j = ctx.args.option("--jobs")) {
        const long long n = parseInteger(*j, "--jobs");
        if (n < 1 || n > 256)
            throw UsageError("--jobs: between 1 and 256");
        options.scan.jobs = static_cast<unsigned>(n);
    }
    const std::vector<std::string> positionals = ctx.args.positionals();
    const std::vector<std::filesystem::path> paths(positionals.begin(), positionals.end());

    replaygain::LibraryGainScan scan(library::LibraryDb::pathIn(ctx.dataDir), options);
    auto result = scan.run(paths);
    if (!result) {
        std::fprintf(stderr, "accordctl replaygain scan: %s\n", result.error().describe().c_str());
        return kExitFailure;
    }
    const replaygain::LibraryGainScanReport& r = *result;
    if (json) {
        nlohmann::json files = nlohmann::json::array();
        for (const replaygain::ScannedFile& f : r.files) {
            if (f.gain.error)
                continue;
            const replaygain::FileGain& g = f.gain;
            files.push_back({{"path", base::displayPath(g.path)},
                             {"codec", g.codec},
                             {"loudness", optionalNumber(g.loudness)},
                             {"track_gain", optionalNumber(g.trackGain)},
                             {"track_peak", g.trackPeak},
                             {"album_loudness", optionalNumber(g.albumLoudness)},
                             {"album_gain", optionalNumber(g.albumGain)},
                             {"album_peak", optionalNumber(g.albumPeak)},
                             {"saved_to_library", f.savedToLibrary},
                             {"tags_written", f.tagsWritten}});
        }
        nlohmann::json errors = nlohmann::json::array();
        for (const base::Error& e : r.errors)
            errors.push_back({{"path", e.file}, {"code", base::toString(e.code)}, {"message", e.describe()}});
        const nlohmann::json out = {{"reference_lufs", replaygain::kReferenceLufs},
                                    {"mode", options.scan.album ? "album" : "track"},
                                    {"files", r.summary.files},
                                    {"measured", r.summary.measured},
                                    {"failed", r.summary.failed},
                                    {"albums", options.scan.album ? r.summary.albums : 0},
                                    {"saved_to_library", r.savedToLibrary},
                                    {"tags_written", r.tagsWritten},
                                    {"cancelled", r.summary.cancelled},
                                    {"elapsed", r.summary.elapsedSeconds},
                                    {"tracks", files},
                                    {"errors", errors}};
        std::printf("%s\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    } else {
        for (const replaygain::ScannedFile& f : r.files) {
            if (f.gain.error)
                continue;
            const replaygain::FileGain& g = f.gain;
            std::printf("%s: track %s, peak %s", base::displayPath(g.path).c_str(),
                        gainText(g.trackGain).c_str(), replaygain::formatPeak(g.trackPeak).c_str());
            if (options.scan.album)
                std::printf("; album %s, peak %s", gainText(g.albumGain).c_str(),
                            g.albumPeak ? replaygain::formatPeak(*g.albumPeak).c_str() : "-");
            std::printf("\n");
        }
        std::printf(
            "measured: %zu of %zu files%s\nsaved to the library: %zu\ntags written: %zu\nelapsed: %.3f s\n",
            r.summary.measured, r.summary.files, options.scan.album ? " (album gain per album)" : "",
            r.savedToLibrary, r.tagsWritten, r.summary.elapsedSeconds);
    }
    for (const base::Error& e : r.errors)
        std::fprintf(stderr, "accordctl replaygain scan: %s\n", e.describe().c_str());
    return r.errors.empty() ? kExitOk : kExitFailure;
}

} // namespace accord::cli
