// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/cue_discovery.hpp"

#include "library/cue_tracks.hpp"

#include <map>

namespace accord::library {

namespace {

std::pair<std::string, std::string> splitPath(const std::string& path)
{
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return {std::string(), path};
    return {path.substr(0, slash), path.substr(slash + 1)};
}

} // namespace

CueSidecars findCueSidecars(const std::vector<FoundFile>& cueSheets, const std::vector<FoundFile>& audioFiles)
{
    CueSidecars out;
    if (cueSheets.empty())
        return out;
    std::map<std::string, std::vector<const FoundFile*>> byFolder;
    for (const FoundFile& f : audioFiles)
        byFolder[splitPath(f.path).first].push_back(&f);
    for (const FoundFile& cue : cueSheets) {
        auto sheet = readCueSheet(cue.path);
        if (!sheet) {
            out.problems.push_back({cue.path, sheet.error().describe()});
            continue;
        }
        auto shared = std::make_shared<const CueSheet>(std::move(*sheet));
        const auto folder = byFolder.find(splitPath(cue.path).first);
        if (folder == byFolder.end())
            continue;
        bool used = false;
        for (const std::string& named : shared->files) {
            for (const FoundFile* audio : folder->second) {
                if (!cueFileNames(*shared, named, splitPath(audio->path).second))
                    continue;
                if (out.byAudio.emplace(audio->path, CueStamp{cue.path, cue.size, cue.mtimeNs}).second)
                    used = true;
                break;
            }
        }
        if (used)
            out.sheets.emplace(cue.path, std::move(shared));
    }
    return out;
}

std::optional<WalkProblem> applyCueSheet(const ReadTask& task, const CueSidecars& sidecars, ReadOutcome& out)
{
    if (!out.track)
        return std::nullopt;
    std::shared_ptr<const CueSheet> sheet;
    CueStamp stamp;
    bool embedded = false;
    if (task.cue) {
        const auto it = sidecars.sheets.find(task.cue->sheet);
        if (it != sidecars.sheets.end()) {
            sheet = it->second;
            stamp = *task.cue;
        }
    }
    if (!sheet && !out.track->tags.cueSheet.empty()) {
        auto parsed = parseCueSheet(out.track->tags.cueSheet, task.file.path + " (CUESHEET tag)");
        if (!parsed)
            return WalkProblem{task.file.path, parsed.error().describe()};
        sheet = std::make_shared<const CueSheet>(std::move(*parsed));
        embedded = true;
    }
    out.track->tags.cueSheet.clear();
    if (!sheet)
        return std::nullopt;
    out.cueTracks = cueTracksOf(*sheet, task.file.path, *out.track, embedded);
    if (!out.cueTracks.empty())
        out.cue = stamp;
    return std::nullopt;
}

} // namespace accord::library
