// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The formats FFmpeg decodes (issue 17), played through real PortAudio into the ALSA capture rig: lossless
// ones bit-identical to the PCM they were encoded from, AAC gapless across a cut album, and a scanned folder
// of every format where each track the library adds plays to its full length.
#include "library/scanner.hpp"
#include "library/tag_reader.hpp"
#include "rig_player.hpp"
#include "support/capture_rig.hpp"
#include "support/fixtures.hpp"
#include "support/odd_audio_files.hpp"

#include <FLAC/stream_encoder.h>
#include <catch2/catch.hpp>

#include <cstdio>
#include <memory>

using namespace accord;
using audio::Container;
using audio::SampleFormat;

namespace {

// Cut points (frames) that are multiples of no codec frame size (AAC 1024, ALAC 4096, WavPack blocks).
const std::vector<std::size_t> kCuts{17389, 40001, 61337, 80021};
constexpr std::size_t kTotalFrames = 97001;

std::string q(const std::filesystem::path& p)
{
    return "'" + p.string() + "'";
}

/// Encodes the PCM WAV `wav` into `out` with the tool the extension names.
void encodeTo(const std::filesystem::path& wav, const std::filesystem::path& out, const std::string& kind)
{
    if (kind == "alac")
        test::runOrThrow("ffmpeg -v error -y -i " + q(wav) + " -c:a alac " + q(out));
    else if (kind == "wavpack")
        test::runOrThrow("wavpack -q -y " + q(wav) + " -o " + q(out));
    else if (kind == "ape") // jmac (libjmac-java): Debian 12 has no other APE encoder; 16-bit only
        test::runOrThrow("java -jar /usr/share/java/jmac.jar c2 " + q(wav) + " " + q(out));
    else if (kind == "aac") // movie timescale = rate: the edit list states the length to the sample
        test::runOrThrow("ffmpeg -v error -y -i " + q(wav) + " -c:a aac -b:a 160k -movie_timescale " +
                         "44100 " + q(out));
    else
        throw std::runtime_error("no encoder for " + kind);
}

/// A libFLAC stream of `bits` per sample from MSB-aligned samples.
void writeFlacBits(const std::filesystem::path& out, unsigned bits, std::uint32_t rate,
                   const std::vector<std::int32_t>& msb)
{
    std::unique_ptr<FLAC__StreamEncoder, void (*)(FLAC__StreamEncoder*)> enc(FLAC__stream_encoder_new(),
                                                                             FLAC__stream_encoder_delete);
    FLAC__stream_encoder_set_channels(enc.get(), 2);
    FLAC__stream_encoder_set_bits_per_sample(enc.get(), bits);
    FLAC__stream_encoder_set_sample_rate(enc.get(), rate);
    REQUIRE(FLAC__stream_encoder_init_file(enc.get(), out.c_str(), nullptr, nullptr) ==
            FLAC__STREAM_ENCODER_INIT_STATUS_OK);
    std::vector<FLAC__int32> raw(msb.size());
    for (std::size_t i = 0; i < msb.size(); ++i)
        raw[i] = msb[i] >> (32 - bits);
    REQUIRE(FLAC__stream_encoder_process_interleaved(enc.get(), raw.data(),
                                                     static_cast<unsigned>(msb.size() / 2)));
    REQUIRE(FLAC__stream_encoder_finish(enc.get()));
}

std::vector<std::uint8_t> readRaw(const std::filesystem::path& path)
{
    std::vector<std::uint8_t> bytes(std::filesystem::file_size(path));
    std::FILE* f = std::fopen(path.c_str(), "rb");
    REQUIRE(f);
    REQUIRE(std::fread(bytes.data(), 1, bytes.size(), f) == bytes.size());
    std::fclose(f);
    return bytes;
}

} // namespace

TEST_CASE("ALAC, WavPack, APE and 20/24-bit FLAC play bit-identical to their source PCM, gaplessly",
          "[rig][ffmpeg][gapless]")
{
    struct Format {
        const char* name;
        const char* kind; // encoder: alac, wavpack, ape, flac (libFLAC)
        std::uint32_t rate;
        std::uint16_t bits;
        const char* alsa;
    };
    const Format formats[] = {
        {"alac16", "alac", 44100, 16, "S16_LE"},       {"alac24", "alac", 96000, 24, "S32_LE"},
        {"wavpack16", "wavpack", 44100, 16, "S16_LE"}, {"wavpack24", "wavpack", 48000, 24, "S32_LE"},
        {"flac20", "flac", 48000, 20, "S32_LE"},       {"flac24", "flac", 96000, 24, "S32_LE"},
        {"ape16", "ape", 44100, 16, "S16_LE"},
    };
    for (const Format& fmt : formats) {
        DYNAMIC_SECTION(fmt.name)
        {
            test::CaptureRig rig(3.0);
            const auto signal = audio::synthesizeSignal(fmt.rate, 2, fmt.bits, kTotalFrames, 11);
            std::vector<std::filesystem::path> files;
            int n = 0;
            for (const auto& piece : test::cutAt(signal, 2, kCuts)) {
                const std::string stem = std::string(fmt.name) + "-" + std::to_string(++n);
                const std::string kind = fmt.kind;
                const std::string ext = kind == "alac"      ? ".m4a"
                                        : kind == "wavpack" ? ".wv"
                                        : kind == "ape"     ? ".ape"
                                                            : ".flac";
                const auto out = rig.dir() / (stem + ext);
                if (std::string(fmt.kind) == "flac") {
                    writeFlacBits(out, fmt.bits, fmt.rate, piece);
                } else {
                    const auto wav = rig.dir() / (stem + ".wav");
                    REQUIRE(audio::writePcmFile(wav, {Container::Wav, fmt.rate, 2, fmt.bits}, piece).ok());
                    encodeTo(wav, out, fmt.kind);
                    std::filesystem::remove(wav);
                }
                files.push_back(out);
            }
            test::Recorder rec;
            const auto underruns = test::playQueue(files, rec);
            CHECK(rec.errors.empty());
            CHECK(rec.skipped.empty());
            REQUIRE(rec.started.size() == files.size());
            for (const auto& now : rec.started) {
                CHECK(now.bitPerfect);
                CHECK(now.sourceFormat.bitsPerSample == fmt.bits);
            }
            CHECK(underruns == 0);
            const SampleFormat width = rec.started.front().sourceFormat.sampleFormat;
            CHECK(width == (fmt.bits == 16 ? SampleFormat::S16 : SampleFormat::S32));
            const auto capture = rig.capture(fmt.rate, fmt.alsa);
            REQUIRE_FALSE(capture.empty());
            // The source PCM itself, with no sample inserted or dropped at any of the four joins.
            test::requireSameAudio(capture, test::nativeBytes(signal, width),
                                   rec.started.front().outputFormat.bytesPerFrame());
            CHECK(rig.captures().size() == 1);
        }
    }
}

TEST_CASE("a five-track AAC album cut at odd points plays gaplessly, as long as its source",
          "[rig][ffmpeg][gapless]")
{
    test::CaptureRig rig(3.0);
    const auto signal = audio::synthesizeSignal(44100, 2, 16, kTotalFrames, 12);
    std::vector<std::filesystem::path> files;
    std::vector<std::uint8_t> expected;
    std::vector<std::size_t> lengths;
    int n = 0;
    for (const auto& piece : test::cutAt(signal, 2, kCuts)) {
        const auto wav = rig.dir() / ("aac-" + std::to_string(++n) + ".wav");
        const auto out = rig.dir() / ("aac-" + std::to_string(n) + ".m4a");
        REQUIRE(audio::writePcmFile(wav, {Container::Wav, 44100, 2, 16}, piece).ok());
        encodeTo(wav, out, "aac");
        // The reference: what `ffmpeg` decodes (it trims the encoder delay), cut at the edit list's length,
        // which is the source's (ffmpeg 5.1 leaves the padding after it).
        const auto ref = rig.dir() / ("aac-" + std::to_string(n) + ".f32");
        test::runOrThrow("ffmpeg -v error -y -i " + q(out) + " -f f32le " + q(ref));
        auto bytes = readRaw(ref);
        const std::size_t frames = piece.size() / 2;
        REQUIRE(bytes.size() >= frames * 8);
        expected.insert(expected.end(), bytes.begin(),
                        bytes.begin() + static_cast<std::ptrdiff_t>(frames * 8));
        lengths.push_back(frames);
        files.push_back(out);
    }
    test::Recorder rec;
    CHECK(test::playQueue(files, rec) == 0);
    CHECK(rec.errors.empty());
    CHECK(rec.skipped.empty());
    REQUIRE(rec.started.size() == files.size());
    REQUIRE(rec.finishedTracks.size() == files.size());
    for (std::size_t i = 0; i < files.size(); ++i)
        CHECK(rec.finishedTracks[i].second == lengths[i]);
    const auto capture = rig.capture(44100, "FLOAT_LE");
    REQUIRE_FALSE(capture.empty());
    test::requireSameAudio(capture, expected, 8);
    CHECK(rig.captures().size() == 1);
}

TEST_CASE("a scanned folder of every format: each track the library adds plays to its full length",
          "[rig][ffmpeg][library]")
{
    test::CaptureRig rig(4.0);
    const auto music = rig.dir() / "music";
    const std::size_t frames = 30011;
    const auto s16 = audio::synthesizeSignal(44100, 2, 16, frames, 21);
    const auto s24 = audio::synthesizeSignal(44100, 2, 24, frames, 22);
    const auto wav16 = rig.dir() / "src16.wav", wav24 = rig.dir() / "src24.wav";
    REQUIRE(audio::writePcmFile(wav16, {Container::Wav, 44100, 2, 16}, s16).ok());
    REQUIRE(audio::writePcmFile(wav24, {Container::Wav, 44100, 2, 24}, s24).ok());
    std::vector<std::int16_t> pcm16(s16.size());
    std::vector<std::int32_t> pcm24(s24.size());
    for (std::size_t i = 0; i < s16.size(); ++i) {
        pcm16[i] = static_cast<std::int16_t>(s16[i] >> 16);
        pcm24[i] = s24[i] >> 8;
    }
    const auto i = [](const std::filesystem::path& p) { return q(p); };
    std::filesystem::create_directories(music);
    REQUIRE(audio::writePcmFile(music / "flac16.flac", {Container::Flac, 44100, 2, 16}, s16).ok());
    REQUIRE(audio::writePcmFile(music / "flac24.flac", {Container::Flac, 44100, 2, 24}, s24).ok());
    writeFlacBits(music / "flac12.flac", 12, 44100, audio::synthesizeSignal(44100, 2, 12, frames, 23));
    writeFlacBits(music / "flac20.flac", 20, 44100, audio::synthesizeSignal(44100, 2, 20, frames, 24));
    test::writeVerbatimFlac(music / "flake-variable.flac", pcm16, true, true);
    test::writeVerbatimFlac(music / "no-total.flac", pcm16, false, false);
    REQUIRE(audio::writePcmFile(music / "wav16.wav", {Container::Wav, 44100, 2, 16}, s16).ok());
    test::writeRf64(music / "rf64.wav", pcm16);
    test::writeBwfExtensible24(music / "bwf-extensible.wav", pcm24);
    REQUIRE(audio::writePcmFile(music / "aiff.aiff", {Container::Aiff, 44100, 2, 16}, s16).ok());
    test::runOrThrow("lame --quiet -V 2 " + i(wav16) + " " + i(music / "mp3.mp3"));
    test::runOrThrow("oggenc -Q -q 5 -o " + i(music / "vorbis.ogg") + " " + i(wav16));
    test::runOrThrow("ffmpeg -v error -y -i " + i(wav16) + " -ar 48000 " + i(rig.dir() / "src48.wav"));
    test::runOrThrow("opusenc --quiet " + i(rig.dir() / "src48.wav") + " " + i(music / "opus.opus"));
    encodeTo(wav16, music / "aac.m4a", "aac");
    encodeTo(wav16, music / "alac.m4a", "alac");
    encodeTo(wav24, music / "wavpack.wv", "wavpack");
    encodeTo(wav16, music / "ape.ape", "ape");
    // Raw ADTS AAC (no container, no tags): the scan reads its frame headers, the player FFmpeg.
    test::runOrThrow("ffmpeg -v error -y -i " + i(wav16) + " -c:a aac -b:a 160k " + i(music / "adts.aac"));

    // What each file must play: the source's length (Opus at 48 kHz: its own rate).
    std::map<std::string, std::uint64_t> lengths;
    for (const auto& entry : std::filesystem::directory_iterator(music))
        lengths[entry.path().filename().string()] = frames;
    lengths["opus.opus"] = 0; // resampled by the test to 48 kHz: checked below against its own decode
    lengths["adts.aac"] = 0;  // ADTS records no encoder delay or padding: all it decodes plays

    library::Scanner scanner(rig.dir() / "data/library.db");
    auto scanned = scanner.scan({music});
    REQUIRE(scanned.ok());
    for (const auto& bad : scanned->badFiles)
        FAIL_CHECK(bad.path << ": " << library::toString(bad.reason) << " (" << bad.detail << ")");
    CHECK(scanned->added == lengths.size());

    std::vector<std::filesystem::path> files;
    for (const auto& [name, _] : lengths)
        files.push_back(music / name);
    test::Recorder rec;
    test::playQueue(files, rec);
    CHECK(rec.errors.empty());
    for (const auto& [path, reason] : rec.skipped)
        FAIL_CHECK(path.filename().string() << " skipped: " << reason.code << " " << reason.text);
    REQUIRE(rec.finishedTracks.size() == files.size());
    for (const auto& [index, played] : rec.finishedTracks) {
        const std::string name = files[index].filename().string();
        INFO(name);
        const std::uint64_t want = lengths[name] ? lengths[name] : test::decodeAll(files[index]).size() / 8;
        CHECK(played == want);
    }
}
