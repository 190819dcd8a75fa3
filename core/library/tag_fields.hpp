// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

// Private to the tag reader: TagLib -> TrackTags conversions, one per tag family.

#include "library/track_info.hpp"

#include <taglib/flacpicture.h>
#include <taglib/tlist.h>
#include <taglib/tpropertymap.h>

namespace TagLib {
namespace ID3v2 {
class Tag;
}
namespace MP4 {
class Tag;
}
} // namespace TagLib

namespace accord::library::detail {

/// Unified fields every TagLib format maps into its PropertyMap (title, artists, numbers, ids, gains...).
void fillFromProperties(const TagLib::PropertyMap& props, TrackTags& tags);
/// Front cover (or the first picture), USLT and SYLT lyrics from an ID3v2 tag (MP3, WAV, AIFF).
/// `msPerMpegFrame` converts SYLT times counted in MPEG frames (0: the file has no MPEG frames, and such
/// SYLT frames are skipped).
void fillFromId3v2(TagLib::ID3v2::Tag* tag, TrackTags& tags, double msPerMpegFrame = 0);
/// Front cover (or the first picture) from FLAC / Xiph picture blocks.
void fillCoverFromPictures(const TagLib::List<TagLib::FLAC::Picture*>& pictures, TrackTags& tags);
/// The first `covr` image of an MP4 tag.
void fillFromMp4(TagLib::MP4::Tag* tag, TrackTags& tags);
/// Moves LRC-timed lyrics into syncedLyrics and keeps their plain text in lyrics.
void splitTimedLyrics(TrackTags& tags);

} // namespace accord::library::detail
