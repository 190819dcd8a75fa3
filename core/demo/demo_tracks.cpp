// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "demo/demo_tracks.hpp"

#include "audio/pcm_writer.hpp"
#include "demo/demo_set.hpp"

#include <taglib/fileref.h>
#include <taglib/tpropertymap.h>

#include <system_error>

namespace accord::demo {

namespace {

// libsndfile writes the basic tags; the ISRC (which the licence gate identifies files by) goes in with
// TagLib as a Vorbis comment (FLAC) or an ID3v2 TSRC frame (MP3).
base::Status tagIsrc(const std::filesystem::path& path, const std::string& isrc)
{
    TagLib::FileRef file(path.c_str());
    if (file.isNull() || file.file() == nullptr)
        return base::Error(base::ErrorCode::Io, "cannot open for tagging").inFile(path.string());
    TagLib::PropertyMap props = file.file()->properties();
    props.replace("ISRC", TagLib::StringList(TagLib::String(isrc, TagLib::String::UTF8)));
    file.file()->setProperties(props);
    if (!file.save())
        return base::Error(base::ErrorCode::Io, "cannot write the ISRC tag").inFile(path.string());
    return {};
}

} // namespace

base::Result<std::vector<std::filesystem::path>> writeDemoTracks(const std::filesystem::path& dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return base::Error(base::ErrorCode::Io, "cannot create folder: " + ec.message()).inFile(dir.string());
    std::vector<std::filesystem::path> files;
    std::uint32_t seed = 1;
    for (const DemoTrack& t : demoSet()) {
        const auto path = dir / t.file;
        files.push_back(path);
        ++seed;
        if (std::filesystem::exists(path, ec) && std::filesystem::file_size(path, ec) > 0)
            continue;
        const auto frames = static_cast<std::size_t>(t.seconds * t.spec.sampleRate);
        const auto samples =
            audio::synthesizeSignal(t.spec.sampleRate, t.spec.channels, t.spec.bits, frames, seed, 0.25);
        const audio::BasicTags tags{{"title", t.title}, {"artist", t.artist},
                                    {"album", t.album}, {"tracknumber", std::to_string(t.trackNumber)},
                                    {"date", "2026"},   {"genre", t.genre}};
        // Write next to the final name and rename, so an interrupted run never leaves half a file.
        auto tmp = path;
        tmp += ".part";
        if (auto written = audio::writePcmFile(tmp, t.spec, samples, tags); !written.ok()) {
            // libsndfile reports a full disk as an encoder problem ("FLAC initialisation..."): name the
            // cause.
            std::filesystem::remove(tmp, ec);
            const auto space = std::filesystem::space(dir, ec);
            const std::uintmax_t needed = samples.size() * sizeof(samples[0]);
            if (!ec && space.available < needed)
                return base::Error(base::ErrorCode::Io,
                                   "no space left on the device (" + std::to_string(space.available) +
                                       " bytes free, about " + std::to_string(needed) + " needed)")
                    .inFile(path.string());
            return written.error();
        }
        if (t.isrc[0] != '\0')
            ACCORD_TRY(tagIsrc(tmp, t.isrc));
        std::filesystem::rename(tmp, path, ec);
        if (ec)
            return base::Error(base::ErrorCode::Io, "cannot rename: " + ec.message()).inFile(path.string());
    }
    return files;
}

} // namespace accord::demo
