// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "replaygain/scan_list.hpp"

#include "base/paths.hpp"
#include "library/file_enumerator.hpp"
#include "replaygain/gain_values.hpp"

#include <taglib/fileref.h>
#include <taglib/tpropertymap.h>

#include <system_error>

namespace accord::replaygain {

namespace {

std::string firstProperty(const TagLib::PropertyMap& props, const char* key)
{
    const auto it = props.find(key);
    return it == props.end() || it->second.isEmpty() ? std::string() : it->second.front().to8Bit(true);
}

} // namespace

std::string albumKeyFromTags(const std::filesystem::path& file)
{
    // Tags only: the audio properties would make TagLib read further into the file for nothing.
    TagLib::FileRef ref(file.c_str(), false);
    if (ref.isNull() || !ref.file())
        return albumKey({}, {}, file);
    const TagLib::PropertyMap props = ref.file()->properties();
    return albumKey(firstProperty(props, "ALBUM"), firstProperty(props, "ALBUMARTIST"), file);
}

base::Result<ScanList> listFilesToScan(library::LibraryDb& db,
                                       const std::vector<std::filesystem::path>& paths)
{
    ScanList out;
    auto tracks = db.tracks();
    if (!tracks.ok())
        return std::move(tracks).error();
    if (paths.empty()) {
        for (const library::StoredTrack& t : *tracks)
            out.files.push_back({t.path, albumKey(t.info.tags.album, t.info.tags.albumArtist, t.path)});
        return out;
    }
    std::unordered_map<std::string, const library::StoredTrack*> byPath;
    for (const library::StoredTrack& t : *tracks)
        byPath.emplace(t.path, &t);
    auto add = [&](const std::string& path) {
        const auto it = byPath.find(path);
        out.files.push_back({path, it != byPath.end() ? albumKey(it->second->info.tags.album,
                                                                 it->second->info.tags.albumArtist, path)
                                                      : albumKeyFromTags(path)});
    };
    for (const std::filesystem::path& p : paths) {
        std::error_code ec;
        const auto status = std::filesystem::status(p, ec);
        if (ec || !std::filesystem::exists(status)) {
            out.problems.push_back(base::Error(base::ErrorCode::NotFound, "no such file or folder")
                                       .inFile(base::displayPath(p)));
        } else if (std::filesystem::is_directory(status)) {
            const library::WalkResult walk = library::walkFolders({p.string()});
            for (const library::FoundFile& f : walk.files)
                add(f.path);
            for (const library::WalkProblem& w : walk.problems)
                out.problems.push_back(base::Error(base::ErrorCode::Io, w.reason).inFile(w.path));
        } else {
            add(p.string());
        }
    }
    return out;
}

} // namespace accord::replaygain
