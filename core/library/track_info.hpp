// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace accord::library {

/// An embedded picture, stored once in the library DB under `hash` (hashHex128 of `data`).
struct CoverArt {
    std::string mime;
    std::vector<std::uint8_t> data;
    std::string hash;
};

/// Everything the library keeps from a file's tags. Empty strings and nullopt mean "not tagged".
struct TrackTags {
    std::string title;
    std::vector<std::string> artists;
    std::string album;
    std::string albumArtist;
    std::optional<int> trackNumber, trackTotal, discNumber, discTotal;
    std::string date;
    std::string genre;
    std::string isrc;
    std::string catalogueId; ///< ACCORD_CATALOGUE_ID (Vorbis comment / TXXX / MP4 freeform)
    std::string mbRecordingId, mbReleaseId, mbArtistId;
    std::optional<double> rgTrackGain, rgTrackPeak, rgAlbumGain, rgAlbumPeak; ///< dB, linear peak
    std::string lyrics;       ///< plain text (time tags stripped)
    std::string syncedLyrics; ///< LRC text ("[mm:ss.xx] line"), from SYLT or timed lyrics tags
    /// The tag each came from: "LYRICS", "UNSYNCEDLYRICS", "SYNCEDLYRICS" (Vorbis comments, APE, ID3
    /// TXXX), "USLT" and "SYLT" (ID3v2), "©lyr" (MP4); empty when the text is empty.
    std::string lyricsTag, syncedLyricsTag;
    std::string cueSheet; ///< an embedded CUE sheet (CUESHEET tag); read by the scanner, not stored
    std::optional<CoverArt> cover;
};

/// Audio properties as the tag reader reports them. bitDepth is 0 for lossy codecs.
struct AudioProperties {
    std::int64_t durationMs = 0;
    std::uint32_t sampleRate = 0;
    std::uint16_t bitDepth = 0;
    std::uint16_t channels = 0;
    std::string codec; ///< "flac", "mp3", "vorbis", "opus", "pcm", "aac", "alac", "wavpack", "ape", ...
    std::uint32_t bitrateKbps = 0;
};

struct TrackInfo {
    TrackTags tags;
    AudioProperties audio;
};

} // namespace accord::library
