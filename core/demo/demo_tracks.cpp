// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "demo/demo_tracks.hpp"

#include "audio/pcm_writer.hpp"

#include <system_error>

namespace accord::demo {

namespace {

struct DemoTrack {
    const char* file;
    audio::PcmFileSpec spec;
    double seconds;
    const char* title;
};

constexpr DemoTrack kTracks[] = {
    {"01 - Overture.flac", {audio::Container::Flac, 44100, 2, 16}, 8.0, "Overture"},
    {"02 - Passage.flac", {audio::Container::Flac, 44100, 2, 16}, 6.5, "Passage"},
    {"03 - Interlude.wav", {audio::Container::Wav, 44100, 2, 16}, 5.0, "Interlude"},
    {"04 - Resolution.mp3", {audio::Container::Mp3, 44100, 2, 16}, 6.0, "Resolution"},
    {"05 - High Resolution.flac", {audio::Container::Flac, 96000, 2, 24}, 6.0, "High Resolution"},
};

} // namespace

base::Result<std::vector<std::filesystem::path>> writeDemoTracks(const std::filesystem::path& dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return base::Error(base::ErrorCode::Io, "cannot create folder: " + ec.message()).inFile(dir.string());
    std::vector<std::filesystem::path> files;
    std::uint32_t seed = 1;
    for (const DemoTrack& t : kTracks) {
        const auto path = dir / t.file;
        files.push_back(path);
        ++seed;
        if (std::filesystem::exists(path, ec) && std::filesystem::file_size(path, ec) > 0)
            continue;
        const auto frames = static_cast<std::size_t>(t.seconds * t.spec.sampleRate);
        const auto samples = audio::synthesizeSignal(t.spec.sampleRate, t.spec.channels, t.spec.bits, frames, seed, 0.25);
        const audio::BasicTags tags{{"title", t.title},
                                    {"artist", "Accord Ensemble"},
                                    {"album", "Accord Demo"},
                                    {"tracknumber", std::to_string(seed - 1)},
                                    {"date", "2026"},
                                    {"genre", "Electronic"}};
        // Write next to the final name and rename, so an interrupted run never leaves half a file.
        auto tmp = path;
        tmp += ".part";
        ACCORD_TRY(audio::writePcmFile(tmp, t.spec, samples, tags));
        std::filesystem::rename(tmp, path, ec);
        if (ec)
            return base::Error(base::ErrorCode::Io, "cannot rename: " + ec.message()).inFile(path.string());
    }
    return files;
}

} // namespace accord::demo
