// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Every tag family written with TagLib on encoder-made files, read back through readTrackFile.
#include "audio/pcm_writer.hpp"
#include "library/content_hash.hpp"
#include "library/tag_reader.hpp"
#include "support/audio_fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <taglib/aifffile.h>
#include <taglib/attachedpictureframe.h>
#include <taglib/flacfile.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/synchronizedlyricsframe.h>
#include <taglib/tpropertymap.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>
#include <taglib/xiphcomment.h>

using namespace accord;
using library::readTrackFile;

namespace {

const std::string kTitle = "晴天 ☀️ Sunny 🎵";
const std::string kLrc = "[00:01.00]第一行 line one\n[00:02.50]Second line 🎶";

TagLib::String u8(const std::string& s)
{
    return TagLib::String(s, TagLib::String::UTF8);
}

TagLib::PropertyMap fullProperties()
{
    TagLib::PropertyMap p;
    p["TITLE"] = u8(kTitle);
    TagLib::StringList artists;
    artists.append(u8("周杰伦"));
    artists.append(u8("Lang Lang"));
    p["ARTIST"] = artists;
    p["ALBUM"] = u8("葉惠美 (Ye Hui Mei)");
    p["ALBUMARTIST"] = u8("周杰伦");
    p["TRACKNUMBER"] = u8("3/12");
    p["DISCNUMBER"] = u8("1/2");
    p["DATE"] = u8("2003-07-31");
    p["GENRE"] = u8("Mandopop");
    p["ISRC"] = u8("TWK970300003");
    p["ACCORD_CATALOGUE_ID"] = u8("rec-000042");
    p["MUSICBRAINZ_TRACKID"] = u8("0b0a6a8d-8e5b-4a8f-9a3c-111111111111");
    p["MUSICBRAINZ_ALBUMID"] = u8("0b0a6a8d-8e5b-4a8f-9a3c-222222222222");
    p["MUSICBRAINZ_ARTISTID"] = u8("0b0a6a8d-8e5b-4a8f-9a3c-333333333333");
    p["REPLAYGAIN_TRACK_GAIN"] = u8("-6.50 dB");
    p["REPLAYGAIN_TRACK_PEAK"] = u8("0.988000");
    p["REPLAYGAIN_ALBUM_GAIN"] = u8("-7.25 dB");
    p["REPLAYGAIN_ALBUM_PEAK"] = u8("1.000000");
    p["LYRICS"] = u8(kLrc);
    return p;
}

const TagLib::ByteVector& coverBytes()
{
    // A PNG signature and some bytes: the reader stores pictures as they are, it never decodes them.
    static const TagLib::ByteVector bytes = [] {
        TagLib::ByteVector v("\x89PNG\r\n\x1a\n", 8);
        for (int i = 0; i < 3000; ++i)
            v.append(static_cast<char>(i * 7));
        return v;
    }();
    return bytes;
}

TagLib::FLAC::Picture* flacPicture()
{
    auto* pic = new TagLib::FLAC::Picture();
    pic->setType(TagLib::FLAC::Picture::FrontCover);
    pic->setMimeType("image/png");
    pic->setData(coverBytes());
    return pic;
}

void addId3Extras(TagLib::ID3v2::Tag* tag)
{
    auto* apic = new TagLib::ID3v2::AttachedPictureFrame();
    apic->setMimeType("image/png");
    apic->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
    apic->setPicture(coverBytes());
    tag->addFrame(apic);
}

std::filesystem::path encoded(const test::TempDir& dir, const std::string& name)
{
    const auto wav = dir / "src.wav";
    if (!std::filesystem::exists(wav))
        test::makeWav(wav, 2.0);
    const auto out = dir / name;
    test::encode(wav, out);
    return out;
}

void checkCommon(const library::ReadOutcome& r, bool multiArtist = true)
{
    REQUIRE(r.track);
    const library::TrackTags& t = r.track->tags;
    CHECK(t.title == kTitle);
    if (multiArtist)
        CHECK(t.artists == std::vector<std::string>{"周杰伦", "Lang Lang"});
    CHECK(t.album == "葉惠美 (Ye Hui Mei)");
    CHECK(t.albumArtist == "周杰伦");
    CHECK(t.trackNumber == 3);
    CHECK(t.trackTotal == 12);
    CHECK(t.discNumber == 1);
    CHECK(t.discTotal == 2);
    CHECK(t.date.rfind("2003", 0) == 0);
    CHECK(t.genre == "Mandopop");
    CHECK(t.isrc == "TWK970300003");
    CHECK(t.catalogueId == "rec-000042");
    CHECK(t.mbRecordingId == "0b0a6a8d-8e5b-4a8f-9a3c-111111111111");
    CHECK(t.mbReleaseId == "0b0a6a8d-8e5b-4a8f-9a3c-222222222222");
    CHECK(t.mbArtistId == "0b0a6a8d-8e5b-4a8f-9a3c-333333333333");
    REQUIRE(t.rgTrackGain);
    CHECK(*t.rgTrackGain == Approx(-6.5));
    CHECK(t.rgTrackPeak.value_or(0) == Approx(0.988));
    CHECK(t.rgAlbumGain.value_or(0) == Approx(-7.25));
    CHECK(t.rgAlbumPeak.value_or(0) == Approx(1.0));
    CHECK(t.syncedLyrics == kLrc);
    CHECK(t.lyrics == "第一行 line one\nSecond line 🎶");
    REQUIRE(t.cover);
    CHECK(t.cover->mime == "image/png");
    CHECK(t.cover->data.size() == coverBytes().size());
    CHECK(t.cover->hash == library::hashHex128(t.cover->data));
    const library::AudioProperties& a = r.track->audio;
    CHECK(a.durationMs > 1900);
    CHECK(a.durationMs < 2100);
    CHECK(a.channels == 2);
}

} // namespace

TEST_CASE("FLAC with Vorbis comments and a picture block", "[library][tags]")
{
    test::TempDir dir;
    const auto path = encoded(dir, "a.flac");
    {
        TagLib::FLAC::File f(path.c_str());
        f.xiphComment(true)->setProperties(fullProperties());
        f.addPicture(flacPicture());
        REQUIRE(f.save());
    }
    const auto r = readTrackFile(path.string());
    checkCommon(r);
    CHECK(r.track->audio.codec == "flac");
    CHECK(r.track->audio.bitDepth == 16);
    CHECK(r.track->audio.sampleRate == 44100);
}

TEST_CASE("Ogg Vorbis and Opus with Vorbis comments and METADATA_BLOCK_PICTURE", "[library][tags]")
{
    test::TempDir dir;
    const auto ogg = encoded(dir, "a.ogg");
    {
        TagLib::Ogg::Vorbis::File f(ogg.c_str());
        f.tag()->setProperties(fullProperties());
        f.tag()->addPicture(flacPicture());
        REQUIRE(f.save());
    }
    const auto r = readTrackFile(ogg.string());
    checkCommon(r);
    CHECK(r.track->audio.codec == "vorbis");
    CHECK(r.track->audio.bitDepth == 0);

    const auto opus = encoded(dir, "a.opus");
    {
        TagLib::Ogg::Opus::File f(opus.c_str());
        f.tag()->setProperties(fullProperties());
        f.tag()->addPicture(flacPicture());
        REQUIRE(f.save());
    }
    const auto o = readTrackFile(opus.string());
    checkCommon(o);
    CHECK(o.track->audio.codec == "opus");
    CHECK(o.track->audio.sampleRate == 48000);
}

TEST_CASE("MP3 with ID3v2.4 and ID3v2.3 tags", "[library][tags]")
{
    test::TempDir dir;
    for (auto version : {TagLib::ID3v2::v4, TagLib::ID3v2::v3}) {
        const auto path = encoded(dir, version == TagLib::ID3v2::v4 ? "v24.mp3" : "v23.mp3");
        {
            TagLib::MPEG::File f(path.c_str());
            f.ID3v2Tag(true)->setProperties(fullProperties());
            addId3Extras(f.ID3v2Tag());
            REQUIRE(f.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, version));
        }
        INFO("ID3v2." << (version == TagLib::ID3v2::v4 ? 4 : 3));
        const auto r = readTrackFile(path.string());
        checkCommon(r, version == TagLib::ID3v2::v4);
        CHECK(r.track->audio.codec == "mp3");
        CHECK(r.track->audio.bitrateKbps > 0);
        if (version == TagLib::ID3v2::v3)
            CHECK(r.track->tags.artists.front().find("周杰伦") ==
                  0); // v2.3 joins several artists in one frame
    }
}

TEST_CASE("SYLT synced lyrics become LRC", "[library][tags]")
{
    test::TempDir dir;
    const auto path = encoded(dir, "sylt.mp3");
    {
        TagLib::MPEG::File f(path.c_str());
        auto* tag = f.ID3v2Tag(true);
        tag->setTitle(u8("歌"));
        auto* sylt = new TagLib::ID3v2::SynchronizedLyricsFrame(TagLib::String::UTF8);
        sylt->setTimestampFormat(TagLib::ID3v2::SynchronizedLyricsFrame::AbsoluteMilliseconds);
        TagLib::ID3v2::SynchronizedLyricsFrame::SynchedTextList lines;
        lines.append({1000, u8("一")});
        lines.append({62500, u8("two")});
        sylt->setSynchedText(lines);
        tag->addFrame(sylt);
        REQUIRE(f.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v4));
    }
    const auto r = readTrackFile(path.string());
    REQUIRE(r.track);
    CHECK(r.track->tags.syncedLyrics == "[00:01.00]一\n[01:02.50]two\n");
}

TEST_CASE("WAV with an ID3 chunk, WAV with RIFF INFO, AIFF with ID3", "[library][tags]")
{
    test::TempDir dir;
    const auto id3wav = encoded(dir, "id3.wav");
    {
        TagLib::RIFF::WAV::File f(id3wav.c_str());
        f.ID3v2Tag()->setProperties(fullProperties());
        addId3Extras(f.ID3v2Tag());
        REQUIRE(f.save(TagLib::RIFF::WAV::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v4));
    }
    const auto r = readTrackFile(id3wav.string());
    checkCommon(r);
    CHECK(r.track->audio.codec == "pcm");
    CHECK(r.track->audio.bitDepth == 16);

    const auto info = encoded(dir, "info.wav");
    {
        TagLib::RIFF::WAV::File f(info.c_str());
        f.InfoTag()->setTitle(u8("Info 标题"));
        f.InfoTag()->setArtist(u8("Info Artist"));
        f.InfoTag()->setAlbum(u8("Info Album"));
        f.InfoTag()->setTrack(7);
        f.InfoTag()->setYear(1999);
        REQUIRE(f.save(TagLib::RIFF::WAV::File::Info, TagLib::File::StripOthers));
    }
    const auto i = readTrackFile(info.string());
    REQUIRE(i.track);
    CHECK(i.track->tags.title == "Info 标题");
    CHECK(i.track->tags.artists == std::vector<std::string>{"Info Artist"});
    CHECK(i.track->tags.album == "Info Album");
    CHECK(i.track->tags.trackNumber == 7);
    CHECK(i.track->tags.date == "1999");

    const auto aiff = encoded(dir, "a.aiff");
    {
        TagLib::RIFF::AIFF::File f(aiff.c_str());
        f.tag()->setProperties(fullProperties());
        addId3Extras(f.tag());
        REQUIRE(f.save());
    }
    const auto a = readTrackFile(aiff.string());
    checkCommon(a);
    CHECK(a.track->audio.bitDepth == 16);
}

TEST_CASE("24-bit 96 kHz FLAC reports its resolution", "[library][tags]")
{
    test::TempDir dir;
    test::makeWav(dir / "hi.wav", 1.0, 0, 24, 96000);
    test::encode(dir / "hi.wav", dir / "hi.flac");
    const auto r = readTrackFile((dir / "hi.flac").string());
    REQUIRE(r.track);
    CHECK(r.track->audio.bitDepth == 24);
    CHECK(r.track->audio.sampleRate == 96000);
    CHECK(r.track->tags.title.empty());
}

TEST_CASE("32-bit integer and float WAV report 32 bits and which they are (the UI's cap facts)",
          "[library][tags][caps]")
{
    test::TempDir dir;
    const auto samples = audio::synthesizeSignal(44100, 2, 32, 4410, 3);
    audio::PcmFileSpec int32{audio::Container::Wav, 44100, 2, 32};
    int32.int32 = true;
    REQUIRE(audio::writePcmFile(dir / "int32.wav", int32, samples).ok());
    REQUIRE(audio::writePcmFile(dir / "float.wav", {audio::Container::Wav, 44100, 2, 32}, samples).ok());
    const auto i = readTrackFile((dir / "int32.wav").string());
    REQUIRE(i.track);
    CHECK(i.track->audio.codec == "pcm");
    CHECK(i.track->audio.bitDepth == 32);
    const auto f = readTrackFile((dir / "float.wav").string());
    REQUIRE(f.track);
    CHECK(f.track->audio.codec == "pcm_float");
    CHECK(f.track->audio.bitDepth == 32);
}
