// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/cue_tracks.hpp"

#include <algorithm>
#include <cctype>

namespace accord::library {

namespace {

std::string lowerName(std::string s)
{
    const std::size_t slash = s.find_last_of("/\\");
    if (slash != std::string::npos)
        s.erase(0, slash + 1);
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string stem(const std::string& name)
{
    const std::size_t dot = name.rfind('.');
    return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

std::int64_t samplesToMs(std::uint64_t samples, std::uint32_t rate)
{
    return rate ? static_cast<std::int64_t>(samples * 1000 / rate) : 0;
}

} // namespace

bool cueFileNames(const CueSheet& sheet, const std::string& cueFile, const std::string& audioName)
{
    const std::string a = lowerName(cueFile), b = lowerName(audioName);
    if (a == b)
        return true;
    return sheet.files.size() == 1 && stem(a) == stem(b);
}

std::vector<CueTrackEntry> cueTracksOf(const CueSheet& sheet, const std::string& audioPath,
                                       const TrackInfo& whole, bool embedded)
{
    const std::size_t slash = audioPath.rfind('/');
    const std::string audioName = slash == std::string::npos ? audioPath : audioPath.substr(slash + 1);
    const std::uint32_t rate = whole.audio.sampleRate;
    std::vector<const CueTrack*> inFile;
    for (const CueTrack& t : sheet.tracks)
        if (t.audio && (embedded || cueFileNames(sheet, t.file, audioName)))
            inFile.push_back(&t);
    if (rate == 0)
        return {};
    const std::uint64_t fileSamples =
        static_cast<std::uint64_t>(std::max<std::int64_t>(0, whole.audio.durationMs)) * rate / 1000;
    int total = 0;
    for (const CueTrack& t : sheet.tracks)
        total += t.audio ? 1 : 0;

    std::vector<CueTrackEntry> out;
    for (std::size_t i = 0; i < inFile.size(); ++i) {
        const CueTrack& t = *inFile[i];
        CueTrackEntry e;
        e.range.file = audioPath;
        e.range.track = t.number;
        e.range.start = i == 0 ? 0 : cueFramesToSamples(t.index1, rate);
        if (i + 1 < inFile.size())
            e.range.end = cueFramesToSamples(inFile[i + 1]->index1, rate);
        if (e.range.end && *e.range.end <= e.range.start)
            continue; // two tracks at one position: the sheet's checks allow it within a file only once
        e.path = audio::rangePath(e.range);

        TrackInfo& info = e.info;
        info.audio = whole.audio;
        const std::uint64_t end = e.range.end.value_or(std::max(fileSamples, e.range.start));
        info.audio.durationMs = samplesToMs(end - e.range.start, rate);
        TrackTags& g = info.tags;
        g.title = t.title;
        if (!t.performer.empty())
            g.artists = {t.performer};
        else if (!sheet.performer.empty())
            g.artists = {sheet.performer};
        else
            g.artists = whole.tags.artists;
        g.album = sheet.title.empty() ? whole.tags.album : sheet.title;
        g.albumArtist = sheet.performer.empty() ? whole.tags.albumArtist : sheet.performer;
        g.trackNumber = t.number;
        g.trackTotal = total;
        g.discNumber = whole.tags.discNumber;
        g.discTotal = whole.tags.discTotal;
        g.date = sheet.date.empty() ? whole.tags.date : sheet.date;
        g.genre = sheet.genre.empty() ? whole.tags.genre : sheet.genre;
        g.isrc = t.isrc;
        g.mbReleaseId = whole.tags.mbReleaseId;
        g.rgTrackGain = t.rgTrackGain;
        g.rgTrackPeak = t.rgTrackPeak;
        g.rgAlbumGain = sheet.rgAlbumGain ? sheet.rgAlbumGain : whole.tags.rgAlbumGain;
        g.rgAlbumPeak = sheet.rgAlbumPeak ? sheet.rgAlbumPeak : whole.tags.rgAlbumPeak;
        g.cover = whole.tags.cover;
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace accord::library
