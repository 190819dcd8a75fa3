// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/scan_plan.hpp"

#include <unordered_set>

namespace accord::library {

bool isUnder(const std::string& path, const std::string& folder)
{
    if (folder.empty())
        return false;
    if (folder.back() == '/')
        return path.compare(0, folder.size(), folder) == 0;
    return path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 &&
           path[folder.size()] == '/';
}

ScanPlan planScan(const PathIndex& index, std::vector<FoundFile> found, const std::vector<std::string>& roots,
                  const std::vector<std::string>& unreachable, const CueSidecarIndex& cues)
{
    ScanPlan plan;
    std::unordered_set<std::string_view> seen;
    seen.reserve(found.size());
    for (FoundFile& f : found) {
        const auto sidecar = cues.find(f.path);
        std::optional<CueStamp> cue;
        if (sidecar != cues.end())
            cue = sidecar->second;
        auto it = index.find(f.path);
        if (it != index.end()) {
            seen.insert(it->first);
            // Stored tracks from an embedded sheet stay valid while no .cue beside the file claims it.
            const std::optional<CueStamp>& stored = it->second.cue;
            const bool sameCue = stored && stored->sheet.empty() ? !cue : stored == cue;
            if (it->second.size == f.size && it->second.mtimeNs == f.mtimeNs && sameCue) {
                ++plan.unchanged;
                continue;
            }
            plan.toRead.push_back({std::move(f), it->second, std::move(cue)});
        } else {
            plan.toRead.push_back({std::move(f), std::nullopt, std::move(cue)});
        }
    }
    for (const auto& [path, entry] : index) {
        if (seen.count(path))
            continue;
        bool inRoot = false;
        for (const std::string& r : roots)
            inRoot = inRoot || isUnder(path, r);
        bool shielded = false;
        for (const std::string& u : unreachable)
            shielded = shielded || isUnder(path, u) || path == u;
        if (inRoot && !shielded)
            plan.removed.push_back({path, entry});
    }
    return plan;
}

} // namespace accord::library
