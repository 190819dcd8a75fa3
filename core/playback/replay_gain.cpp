// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playback/replay_gain.hpp"

#include "audio/track_range.hpp"
#include "library/library_db.hpp"
#include "library/replay_gain_store.hpp"
#include "library/tag_reader.hpp"

#include <cmath>
#include <cstdio>

namespace accord::playback {

namespace {

std::string dB(double value)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.2f dB", value);
    return buf;
}

} // namespace

std::optional<TrackGainPlan> planReplayGain(const ReplayGainTags& tags, const ReplayGainSettings& settings)
{
    if (settings.mode == ReplayGainMode::Off)
        return std::nullopt;
    const bool album = settings.mode == ReplayGainMode::Album && tags.albumGain;
    const std::optional<double> gain = album ? tags.albumGain : tags.trackGain;
    if (!gain || !std::isfinite(*gain))
        return std::nullopt;
    const std::optional<double> peak = album ? tags.albumPeak : tags.trackPeak;
    TrackGainPlan plan;
    plan.linear = std::pow(10.0, *gain / 20.0);
    plan.detail = std::string(album ? "album gain " : "track gain ") + dB(*gain);
    if (settings.mode == ReplayGainMode::Album && !album)
        plan.detail += tags.scanned ? " (no album gain scanned)" : " (no album gain tagged)";
    if (tags.scanned)
        plan.detail += ", scanned by Accord";
    if (settings.preventClipping && peak && std::isfinite(*peak) && *peak > 0.0 &&
        plan.linear * *peak > 1.0) {
        // The loudest sample would pass full scale: keep it exactly at full scale instead.
        plan.linear = 1.0 / *peak;
        char buf[96];
        std::snprintf(buf, sizeof buf, ", limited to %s by the peak %.4f (prevent clipping)",
                      dB(20.0 * std::log10(plan.linear)).c_str(), *peak);
        plan.detail += buf;
    }
    if (plan.linear == 1.0)
        return std::nullopt; // a 0.00 dB gain changes nothing: the track stays bit-perfect
    return plan;
}

ReplayGainTags readReplayGainTags(const std::filesystem::path& file)
{
    // A CUE track (a range of its album's file): the file's album gain is the album's; its "track" gain
    // measured the whole file, so it says nothing of this track.
    const auto range = audio::parseRangePath(file.native());
    const library::ReadOutcome read = library::readTrackFile(range ? range->file : file.string());
    if (!read.track)
        return {};
    const library::TrackTags& t = read.track->tags;
    if (range)
        return {std::nullopt, std::nullopt, t.rgAlbumGain, t.rgAlbumPeak};
    return {t.rgTrackGain, t.rgTrackPeak, t.rgAlbumGain, t.rgAlbumPeak};
}

std::optional<ReplayGainTags> scannedReplayGain(const std::filesystem::path& file,
                                                const std::filesystem::path& libraryDb)
{
    if (libraryDb.empty())
        return std::nullopt;
    std::error_code ec;
    if (!std::filesystem::exists(libraryDb, ec))
        return std::nullopt; // no library: nothing was scanned (and reading must not create one)
    auto db = library::LibraryDb::openForReading(libraryDb);
    if (!db.ok())
        return std::nullopt;
    library::ReplayGainStore store(db->connection());
    auto scanned = store.forPath(file.string());
    if (!scanned.ok() || !*scanned)
        return std::nullopt;
    const library::ScannedGain& g = **scanned;
    ReplayGainTags out;
    out.trackGain = g.trackGain;
    out.trackPeak = g.trackPeak;
    out.albumGain = g.albumGain;
    out.albumPeak = g.albumPeak;
    out.scanned = true;
    return out;
}

ReplayGainTags preferFileTags(ReplayGainTags fileTags, const std::optional<ReplayGainTags>& scanned)
{
    if (fileTags.trackGain || fileTags.albumGain || !scanned)
        return fileTags;
    return *scanned;
}

} // namespace accord::playback
