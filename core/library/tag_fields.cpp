// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/tag_fields.hpp"

#include "library/content_hash.hpp"

#include <taglib/attachedpictureframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mp4coverart.h>
#include <taglib/mp4tag.h>
#include <taglib/synchronizedlyricsframe.h>

#include <cctype>
#include <charconv>
#include <cstdio>

namespace accord::library::detail {

namespace {

std::string first(const TagLib::PropertyMap& props, const char* key)
{
    auto it = props.find(key);
    if (it == props.end() || it->second.isEmpty())
        return {};
    return it->second.front().to8Bit(true);
}

std::optional<int> leadingInt(const std::string& text)
{
    std::size_t i = 0;
    while (i < text.size() && text[i] == ' ')
        ++i;
    int v = 0;
    auto [ptr, ec] = std::from_chars(text.data() + i, text.data() + text.size(), v);
    if (ec != std::errc() || ptr == text.data() + i)
        return std::nullopt;
    return v;
}

// "3/12" -> (3, 12); "3" -> (3, nullopt)
void numberPair(const std::string& text, std::optional<int>& number, std::optional<int>& total)
{
    number = leadingInt(text);
    const auto slash = text.find('/');
    if (slash != std::string::npos && !total)
        total = leadingInt(text.substr(slash + 1));
}

// "-6.5 dB" -> -6.5; decimal point only (tags are written in the C locale).
std::optional<double> decibels(const std::string& text)
{
    if (text.empty())
        return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    return end == text.c_str() ? std::nullopt : std::optional<double>(v);
}

void setCover(TrackTags& tags, const TagLib::String& mime, const TagLib::ByteVector& data)
{
    if (data.isEmpty())
        return;
    CoverArt art;
    art.mime = mime.to8Bit(true);
    art.data.assign(reinterpret_cast<const std::uint8_t*>(data.data()),
                    reinterpret_cast<const std::uint8_t*>(data.data()) + data.size());
    art.hash = hashHex128(art.data);
    tags.cover = std::move(art);
}

bool isTimeTag(const std::string& s, std::size_t i)
{
    // [mm:ss] or [mm:ss.xx]
    return i + 6 <= s.size() && s[i] == '[' && std::isdigit(static_cast<unsigned char>(s[i + 1])) &&
           std::isdigit(static_cast<unsigned char>(s[i + 2])) && s[i + 3] == ':' &&
           std::isdigit(static_cast<unsigned char>(s[i + 4])) &&
           std::isdigit(static_cast<unsigned char>(s[i + 5]));
}

} // namespace

void fillFromProperties(const TagLib::PropertyMap& props, TrackTags& t)
{
    t.title = first(props, "TITLE");
    if (auto it = props.find("ARTIST"); it != props.end()) {
        for (const TagLib::String& a : it->second)
            t.artists.push_back(a.to8Bit(true));
    }
    t.album = first(props, "ALBUM");
    t.albumArtist = first(props, "ALBUMARTIST");
    t.trackTotal = leadingInt(first(props, "TRACKTOTAL"));
    if (!t.trackTotal)
        t.trackTotal = leadingInt(first(props, "TOTALTRACKS"));
    t.discTotal = leadingInt(first(props, "DISCTOTAL"));
    if (!t.discTotal)
        t.discTotal = leadingInt(first(props, "TOTALDISCS"));
    numberPair(first(props, "TRACKNUMBER"), t.trackNumber, t.trackTotal);
    numberPair(first(props, "DISCNUMBER"), t.discNumber, t.discTotal);
    t.date = first(props, "DATE");
    t.genre = first(props, "GENRE");
    t.isrc = first(props, "ISRC");
    t.catalogueId = first(props, "ACCORD_CATALOGUE_ID");
    t.mbRecordingId = first(props, "MUSICBRAINZ_TRACKID");
    t.mbReleaseId = first(props, "MUSICBRAINZ_ALBUMID");
    t.mbArtistId = first(props, "MUSICBRAINZ_ARTISTID");
    t.rgTrackGain = decibels(first(props, "REPLAYGAIN_TRACK_GAIN"));
    t.rgTrackPeak = decibels(first(props, "REPLAYGAIN_TRACK_PEAK"));
    t.rgAlbumGain = decibels(first(props, "REPLAYGAIN_ALBUM_GAIN"));
    t.rgAlbumPeak = decibels(first(props, "REPLAYGAIN_ALBUM_PEAK"));
    t.lyrics = first(props, "LYRICS");
    if (t.lyrics.empty())
        t.lyrics = first(props, "UNSYNCEDLYRICS");
    t.syncedLyrics = first(props, "SYNCEDLYRICS");
    t.cueSheet = first(props, "CUESHEET");
}

void fillFromId3v2(TagLib::ID3v2::Tag* tag, TrackTags& t)
{
    if (!tag)
        return;
    const TagLib::ID3v2::FrameList& pics = tag->frameList("APIC");
    const TagLib::ID3v2::AttachedPictureFrame* chosen = nullptr;
    for (TagLib::ID3v2::Frame* f : pics) {
        auto* p = dynamic_cast<TagLib::ID3v2::AttachedPictureFrame*>(f);
        if (p && (!chosen || p->type() == TagLib::ID3v2::AttachedPictureFrame::FrontCover))
            chosen = chosen && chosen->type() == TagLib::ID3v2::AttachedPictureFrame::FrontCover ? chosen : p;
    }
    if (chosen)
        setCover(t, chosen->mimeType(), chosen->picture());
    if (!t.syncedLyrics.empty())
        return;
    for (TagLib::ID3v2::Frame* f : tag->frameList("SYLT")) {
        auto* s = dynamic_cast<TagLib::ID3v2::SynchronizedLyricsFrame*>(f);
        if (!s || s->timestampFormat() != TagLib::ID3v2::SynchronizedLyricsFrame::AbsoluteMilliseconds)
            continue;
        std::string lrc;
        for (const auto& line : s->synchedText()) {
            char stamp[24];
            std::snprintf(stamp, sizeof stamp, "[%02u:%02u.%02u]", line.time / 60000, (line.time / 1000) % 60,
                          (line.time % 1000) / 10);
            lrc += stamp;
            lrc += line.text.to8Bit(true);
            lrc += '\n';
        }
        t.syncedLyrics = lrc;
        break;
    }
}

void fillCoverFromPictures(const TagLib::List<TagLib::FLAC::Picture*>& pictures, TrackTags& t)
{
    const TagLib::FLAC::Picture* chosen = nullptr;
    for (const TagLib::FLAC::Picture* p : pictures) {
        if (!chosen || (p->type() == TagLib::FLAC::Picture::FrontCover &&
                        chosen->type() != TagLib::FLAC::Picture::FrontCover))
            chosen = p;
    }
    if (chosen)
        setCover(t, chosen->mimeType(), chosen->data());
}

void fillFromMp4(TagLib::MP4::Tag* tag, TrackTags& t)
{
    if (!tag || !tag->contains("covr"))
        return;
    const TagLib::MP4::CoverArtList covers = tag->item("covr").toCoverArtList();
    if (covers.isEmpty())
        return;
    const TagLib::MP4::CoverArt& c = covers.front();
    const char* mime = c.format() == TagLib::MP4::CoverArt::PNG ? "image/png" : "image/jpeg";
    setCover(t, mime, c.data());
}

void splitTimedLyrics(TrackTags& t)
{
    if (t.lyrics.empty())
        return;
    bool timed = false;
    std::string plain;
    std::size_t start = 0;
    while (start <= t.lyrics.size()) {
        std::size_t end = t.lyrics.find('\n', start);
        if (end == std::string::npos)
            end = t.lyrics.size();
        std::size_t i = start;
        while (isTimeTag(t.lyrics, i)) {
            timed = true;
            const std::size_t close = t.lyrics.find(']', i);
            if (close == std::string::npos || close > end)
                break;
            i = close + 1;
        }
        plain.append(t.lyrics, i, end - i);
        plain.push_back('\n');
        start = end + 1;
    }
    if (!timed)
        return;
    if (t.syncedLyrics.empty())
        t.syncedLyrics = t.lyrics;
    while (!plain.empty() && plain.back() == '\n')
        plain.pop_back();
    t.lyrics = plain;
}

} // namespace accord::library::detail
