// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/tag_fields.hpp"

#include "library/content_hash.hpp"

#include <taglib/attachedpictureframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mp4coverart.h>
#include <taglib/mp4tag.h>
#include <taglib/synchronizedlyricsframe.h>
#include <taglib/unsynchronizedlyricsframe.h>

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

// "[mm:ss.xx]" (or ".xxx" when the milliseconds need it, so nothing is rounded away).
std::string lrcStamp(std::int64_t ms, char open, char close)
{
    char stamp[40];
    if (ms % 10 == 0)
        std::snprintf(stamp, sizeof stamp, "%c%02lld:%02lld.%02lld%c", open,
                      static_cast<long long>(ms / 60000), static_cast<long long>((ms / 1000) % 60),
                      static_cast<long long>((ms % 1000) / 10), close);
    else
        std::snprintf(stamp, sizeof stamp, "%c%02lld:%02lld.%03lld%c", open,
                      static_cast<long long>(ms / 60000), static_cast<long long>((ms / 1000) % 60),
                      static_cast<long long>(ms % 1000), close);
    return stamp;
}

bool startsLine(const std::string& s)
{
    return !s.empty() && (s.front() == '\n' || s.front() == '\r');
}

std::string withoutBreaks(std::string s)
{
    std::erase_if(s, [](char c) { return c == '\n' || c == '\r'; });
    return s;
}

// ID3v2.4 4.9: SYLT entries are syllables; a new line begins at an entry starting with a newline. Writers
// that store one line per entry use no newline at all: then each entry is a line. Syllables of one line
// become enhanced-LRC word times ("<mm:ss.xx>"), which the lyrics parser reads back.
std::string syltAsLrc(const TagLib::ID3v2::SynchronizedLyricsFrame& s, double msPerMpegFrame)
{
    const auto entries = s.synchedText();
    bool anyBreak = false;
    for (const auto& e : entries) {
        const std::string text = e.text.to8Bit(true);
        anyBreak = anyBreak || text.find('\n') != std::string::npos || text.find('\r') != std::string::npos;
    }
    const bool frames = s.timestampFormat() == TagLib::ID3v2::SynchronizedLyricsFrame::AbsoluteMpegFrames;
    std::string lrc;
    std::vector<std::pair<std::int64_t, std::string>> line; // one line's syllables
    const auto flush = [&] {
        if (line.empty())
            return;
        lrc += lrcStamp(line.front().first, '[', ']');
        if (line.size() == 1) {
            lrc += line.front().second;
        } else {
            for (const auto& [ms, text] : line)
                lrc += lrcStamp(ms, '<', '>') + text;
        }
        lrc += '\n';
        line.clear();
    };
    bool breakAfter = false;
    for (const auto& e : entries) {
        const std::string raw = e.text.to8Bit(true);
        const auto ms = static_cast<std::int64_t>(frames ? e.time * msPerMpegFrame + 0.5 : e.time);
        if (!anyBreak || startsLine(raw) || breakAfter)
            flush();
        breakAfter = !raw.empty() && (raw.back() == '\n' || raw.back() == '\r');
        line.emplace_back(ms, withoutBreaks(raw));
    }
    flush();
    return lrc;
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
    t.lyricsTag = t.lyrics.empty() ? "" : "LYRICS";
    if (t.lyrics.empty()) {
        t.lyrics = first(props, "UNSYNCEDLYRICS");
        t.lyricsTag = t.lyrics.empty() ? "" : "UNSYNCEDLYRICS";
    }
    t.syncedLyrics = first(props, "SYNCEDLYRICS");
    t.syncedLyricsTag = t.syncedLyrics.empty() ? "" : "SYNCEDLYRICS";
    t.cueSheet = first(props, "CUESHEET");
}

void fillFromId3v2(TagLib::ID3v2::Tag* tag, TrackTags& t, double msPerMpegFrame)
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
    // TagLib's PropertyMap names a USLT frame "LYRICS", or "LYRICS:<description>" when it has one.
    const TagLib::ID3v2::FrameList& uslt = tag->frameList("USLT");
    if (!uslt.isEmpty() && (t.lyrics.empty() || t.lyricsTag == "LYRICS")) {
        if (t.lyrics.empty())
            if (auto* u = dynamic_cast<TagLib::ID3v2::UnsynchronizedLyricsFrame*>(uslt.front()))
                t.lyrics = u->text().to8Bit(true);
        t.lyricsTag = t.lyrics.empty() ? "" : "USLT";
    }
    if (!t.syncedLyrics.empty())
        return;
    using Sylt = TagLib::ID3v2::SynchronizedLyricsFrame;
    const Sylt* chosenSylt = nullptr;
    for (TagLib::ID3v2::Frame* f : tag->frameList("SYLT")) {
        auto* s = dynamic_cast<const Sylt*>(f);
        if (!s || s->synchedText().isEmpty())
            continue;
        const bool usable = s->timestampFormat() == Sylt::AbsoluteMilliseconds ||
                            (s->timestampFormat() == Sylt::AbsoluteMpegFrames && msPerMpegFrame > 0);
        // Lyrics, or a transcription / "other" text; never events, chords, trivia or URLs.
        const bool words =
            s->type() == Sylt::Lyrics || s->type() == Sylt::TextTranscription || s->type() == Sylt::Other;
        if (usable && words &&
            (!chosenSylt || (s->type() == Sylt::Lyrics && chosenSylt->type() != Sylt::Lyrics)))
            chosenSylt = s;
    }
    if (chosenSylt) {
        t.syncedLyrics = syltAsLrc(*chosenSylt, msPerMpegFrame);
        t.syncedLyricsTag = t.syncedLyrics.empty() ? "" : "SYLT";
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
    if (t.syncedLyrics.empty()) {
        t.syncedLyrics = t.lyrics;
        t.syncedLyricsTag = t.lyricsTag;
    }
    while (!plain.empty() && plain.back() == '\n')
        plain.pop_back();
    t.lyrics = plain;
}

} // namespace accord::library::detail
