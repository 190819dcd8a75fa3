// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl lyrics FILE [--json]: the lyrics the player shows for FILE and where they came from (a .lrc
// beside it, or which embedded tag), through the same lyrics::findLyrics() the window uses.
#include "commands.hpp"

#include "base/paths.hpp"
#include "lyrics/lyrics_loader.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace accord::cli {

namespace {

nlohmann::json orNull(const std::string& s)
{
    return s.empty() ? nlohmann::json() : nlohmann::json(s);
}

nlohmann::json asJson(const std::string& file, const lyrics::LyricsLookup& found)
{
    nlohmann::json problems = nlohmann::json::array();
    for (const base::Error& e : found.problems)
        problems.push_back(e.describe());
    nlohmann::json out = {{"file", file}, {"found", found.lyrics.has_value()}, {"problems", problems}};
    if (!found.lyrics) {
        for (const char* key : {"source", "tag", "path", "encoding", "synced"})
            out[key] = nullptr;
        out["lines"] = nlohmann::json::array();
        return out;
    }
    const lyrics::Lyrics& l = *found.lyrics;
    out["source"] = l.source;
    out["tag"] = orNull(l.tag);
    out["path"] = base::displayPath(l.path);
    out["encoding"] = orNull(l.encoding);
    out["synced"] = l.synced;
    out["offset_ms"] = l.fileOffsetMs;
    out["title"] = orNull(l.title);
    out["artist"] = orNull(l.artist);
    out["album"] = orNull(l.album);
    out["by"] = orNull(l.author);
    out["length_ms"] = l.lengthMs > 0 ? nlohmann::json(l.lengthMs) : nlohmann::json();
    nlohmann::json lines = nlohmann::json::array();
    for (const lyrics::LyricLine& line : l.lines) {
        nlohmann::json words = nlohmann::json::array();
        for (const lyrics::LyricWord& w : line.words)
            words.push_back({{"time_ms", w.timeMs}, {"text", w.text}});
        lines.push_back(
            {{"time_ms", l.synced ? nlohmann::json(line.timeMs) : nlohmann::json()},
             {"time", l.synced ? nlohmann::json(lyrics::formatLrcTime(line.timeMs)) : nlohmann::json()},
             {"text", line.text},
             {"words", words}});
    }
    out["lines"] = lines;
    return out;
}

} // namespace

int runLyrics(Context& ctx)
{
    const bool json = ctx.args.flag("--json");
    const std::vector<std::string> files = ctx.args.positionals();
    if (files.size() != 1)
        throw UsageError("exactly one FILE is needed");
    const std::string& file = files.front();
    const std::string shown = base::displayPath(file);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        std::fprintf(stderr, "accordctl lyrics: %s: no such file\n", shown.c_str());
        return kExitFailure;
    }
    const lyrics::LyricsLookup found = lyrics::findLyrics(file);
    for (const base::Error& e : found.problems)
        std::fprintf(stderr, "accordctl lyrics: %s\n", e.describe().c_str());
    if (json) {
        std::printf(
            "%s\n",
            asJson(shown, found).dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
        return found.lyrics ? kExitOk : kExitFailure;
    }
    if (!found.lyrics) {
        std::fprintf(stderr, "accordctl lyrics: %s: no lyrics (no .lrc beside it, none embedded)\n",
                     shown.c_str());
        return kExitFailure;
    }
    const lyrics::Lyrics& l = *found.lyrics;
    if (l.source == "lrc_file")
        std::printf("source: %s (%s)\n", base::displayPath(l.path).c_str(), l.encoding.c_str());
    else
        std::printf("source: embedded %s tag\n", l.tag.c_str());
    std::printf("synced: %s\n", l.synced ? "yes" : "no");
    if (l.fileOffsetMs != 0)
        std::printf("offset: %+lld ms (applied)\n", static_cast<long long>(l.fileOffsetMs));
    std::printf("\n");
    for (const lyrics::LyricLine& line : l.lines) {
        if (l.synced)
            std::printf("[%s] %s\n", lyrics::formatLrcTime(line.timeMs).c_str(), line.text.c_str());
        else
            std::printf("%s\n", line.text.c_str());
    }
    return kExitOk;
}

} // namespace accord::cli
