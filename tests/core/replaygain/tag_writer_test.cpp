// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Tags are written only on request, in each format's convention, and nothing else in the file changes:
// not the other tags, not a sample of the audio.
#include "audio/decoder.hpp"
#include "library/library_db.hpp"
#include "library/tag_reader.hpp"
#include "replaygain/gain_values.hpp"
#include "replaygain/library_gain_scan.hpp"
#include "support/audio_fixtures.hpp"
#include "support/command.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <taglib/fileref.h>
#include <taglib/mp4file.h>
#include <taglib/tpropertymap.h>

#include <cmath>
#include <map>

using namespace accord;

namespace {

std::string decodedPcm(const std::filesystem::path& file)
{
    auto dec = audio::openDecoder(file);
    REQUIRE(dec.ok());
    std::string pcm;
    std::vector<char> buf(4096 * (*dec)->format().bytesPerFrame());
    for (;;) {
        auto n = (*dec)->read(buf.data(), 4096);
        REQUIRE(n.ok());
        if (*n == 0)
            break;
        pcm.append(buf.data(), *n * (*dec)->format().bytesPerFrame());
    }
    return pcm;
}

std::string property(const std::filesystem::path& file, const char* key)
{
    TagLib::FileRef ref(file.c_str(), false);
    REQUIRE(!ref.isNull());
    const TagLib::PropertyMap props = ref.file()->properties();
    const auto it = props.find(key);
    return it == props.end() || it->second.isEmpty() ? std::string() : it->second.front().to8Bit(true);
}

std::vector<std::filesystem::path> makeAlbum(const test::TempDir& dir)
{
    std::vector<std::filesystem::path> files;
    int seed = 0;
    for (const std::string ext : {"flac", "mp3", "ogg", "opus", "m4a"}) {
        const auto wav = dir / ("src" + std::to_string(seed) + ".wav");
        test::makeWav(wav, 3.0, seed++);
        const auto out = dir / ("album/track." + ext);
        std::filesystem::create_directories(out.parent_path());
        if (ext == "m4a")
            test::run("ffmpeg -v quiet -y -i " + test::shellQuote(wav.string()) + " -c:a aac -b:a 128k " +
                      test::shellQuote(out.string()));
        else
            test::encode(wav, out);
        test::tagFile(out, {{"TITLE", "Title " + ext}, {"ARTIST", "Artist"}, {"ALBUM", "The Album"}});
        files.push_back(out);
    }
    return files;
}

} // namespace

TEST_CASE("a scan leaves the files' bytes alone unless tags are asked for", "[replaygain]")
{
    test::TempDir dir;
    const auto files = makeAlbum(dir);
    std::map<std::filesystem::path, std::string> before;
    for (const auto& f : files)
        before[f] = test::fileBytes(f);

    replaygain::LibraryGainScan scan(dir / "library.db", {});
    auto report = scan.run({dir / "album"});
    REQUIRE(report.ok());
    CHECK(report->errors.empty());
    CHECK(report->summary.measured == files.size());
    CHECK(report->tagsWritten == 0);
    for (const auto& f : files)
        CHECK(test::fileBytes(f) == before[f]);
}

TEST_CASE("with --write-tags, the scan writes each format's ReplayGain tags and changes nothing else",
          "[replaygain]")
{
    test::TempDir dir;
    const auto files = makeAlbum(dir);
    std::map<std::filesystem::path, std::string> pcm;
    for (const auto& f : files)
        pcm[f] = decodedPcm(f);

    replaygain::LibraryGainScanOptions options;
    options.writeTags = true;
    replaygain::LibraryGainScan scan(dir / "library.db", options);
    auto report = scan.run({dir / "album"});
    REQUIRE(report.ok());
    for (const auto& e : report->errors)
        FAIL_CHECK(e.describe());
    REQUIRE(report->files.size() == files.size());
    CHECK(report->tagsWritten == files.size());

    for (const replaygain::ScannedFile& s : report->files) {
        const auto& g = s.gain;
        INFO(g.path);
        REQUIRE(g.trackGain);
        REQUIRE(g.albumGain);
        CHECK(s.tagsWritten);
        CHECK(decodedPcm(g.path) == pcm[g.path]); // not one sample changed
        const auto ext = g.path.extension().string();
        CHECK(property(g.path, "TITLE") == "Title " + ext.substr(1));
        CHECK(property(g.path, "ARTIST") == "Artist");
        CHECK(property(g.path, "ALBUM") == "The Album");
        if (ext == ".opus") {
            // RFC 7845: Q7.8 towards -23 LUFS, and no REPLAYGAIN_* beside them.
            CHECK(property(g.path, "R128_TRACK_GAIN") ==
                  std::to_string(replaygain::opusR128Gain(*g.trackGain)));
            CHECK(property(g.path, "R128_ALBUM_GAIN") ==
                  std::to_string(replaygain::opusR128Gain(*g.albumGain)));
            CHECK(property(g.path, "REPLAYGAIN_TRACK_GAIN").empty());
            continue;
        }
        if (ext == ".m4a") {
            // TagLib's property map leaves MP4 freeform items out: read the items themselves.
            TagLib::MP4::File mp4(g.path.c_str());
            const auto item = [&](const char* name) {
                return mp4.tag()->item(name).toStringList().toString().to8Bit(true);
            };
            CHECK(item("----:com.apple.iTunes:replaygain_track_gain") ==
                  replaygain::formatGain(*g.trackGain));
            CHECK(item("----:com.apple.iTunes:replaygain_track_peak") == replaygain::formatPeak(g.trackPeak));
            CHECK(item("----:com.apple.iTunes:replaygain_album_gain") ==
                  replaygain::formatGain(*g.albumGain));
            CHECK(item("----:com.apple.iTunes:replaygain_album_peak") ==
                  replaygain::formatPeak(*g.albumPeak));
            continue;
        }
        // Read back the way the library reads any file's tags.
        const library::ReadOutcome read = library::readTrackFile(g.path.string());
        REQUIRE(read.track);
        const library::TrackTags& t = read.track->tags;
        REQUIRE(t.rgTrackGain);
        CHECK(*t.rgTrackGain == Approx(*g.trackGain).margin(0.005));
        REQUIRE(t.rgTrackPeak);
        CHECK(*t.rgTrackPeak == Approx(g.trackPeak).margin(1e-6));
        REQUIRE(t.rgAlbumGain);
        CHECK(*t.rgAlbumGain == Approx(*g.albumGain).margin(0.005));
        REQUIRE(t.rgAlbumPeak);
        CHECK(*t.rgAlbumPeak == Approx(*g.albumPeak).margin(1e-6));
    }
}
