// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace accord::playback {

enum class ReplayGainMode { Off, Track, Album };

/// The listener's ReplayGain setting. Off keeps playback bit-perfect.
struct ReplayGainSettings {
    ReplayGainMode mode = ReplayGainMode::Off;
    bool preventClipping = true; ///< lower the gain so that the tagged peak stays at or below full scale
    /// library.db, where Accord's own ReplayGain scan (core/replaygain) stored its values: used for files
    /// whose tags carry no gain. Empty: the files' tags only.
    std::filesystem::path libraryDb;

    ReplayGainSettings() = default;
    ReplayGainSettings(ReplayGainMode m, bool prevent, std::filesystem::path db = {})
        : mode(m), preventClipping(prevent), libraryDb(std::move(db))
    {
    }
    bool operator==(const ReplayGainSettings&) const = default;
};

/// A file's ReplayGain tags (REPLAYGAIN_TRACK_GAIN etc.): gains in dB, peaks as linear sample values.
struct ReplayGainTags {
    std::optional<double> trackGain, trackPeak, albumGain, albumPeak;
    bool scanned = false; ///< the values come from Accord's scan stored in the library, not the file's tags

    ReplayGainTags() = default;
    ReplayGainTags(std::optional<double> tg, std::optional<double> tp, std::optional<double> ag,
                   std::optional<double> ap, bool fromScan = false)
        : trackGain(tg), trackPeak(tp), albumGain(ag), albumPeak(ap), scanned(fromScan)
    {
    }
};

/// The gain one track plays with, and the signal path's words for it.
struct TrackGainPlan {
    double linear = 1.0;
    std::string detail; ///< e.g. "track gain -6.00 dB", "album gain +4.00 dB, limited to +0.46 dB by ..."
};

/// What `settings` make of a file tagged `tags` (pure). Album mode falls back to the track gain when the
/// file has no album gain. Nothing (play untouched) when ReplayGain is off or the file carries no gain.
/// Prevent clipping lowers the gain so that gain x peak <= 1.0 when the matching peak is tagged.
/// [any thread]
std::optional<TrackGainPlan> planReplayGain(const ReplayGainTags& tags, const ReplayGainSettings& settings);

/// Reads the ReplayGain tags of `file` with the library's tag reader (TagLib); empty when it has none or
/// cannot be read. File I/O: [decode thread or any non-real-time thread]
ReplayGainTags readReplayGainTags(const std::filesystem::path& file);

/// The values Accord's scan stored in `libraryDb` for `file` (`scanned` set), when the file has not changed
/// since; nothing when there are none or the database cannot be read (reading never creates it).
/// Database I/O: [judgement thread or any thread that may wait on SQLite; never the decode thread]
std::optional<ReplayGainTags> scannedReplayGain(const std::filesystem::path& file,
                                                const std::filesystem::path& libraryDb);

/// `fileTags` when they carry a gain, otherwise `scanned` when there is one: the file's own values win
/// (they are what every other player uses for the same file, and what a deliberate tagger chose).
/// [any thread]
ReplayGainTags preferFileTags(ReplayGainTags fileTags, const std::optional<ReplayGainTags>& scanned);

} // namespace accord::playback
