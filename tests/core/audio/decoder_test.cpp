// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/decoder.hpp"
#include "audio/flac_decoder.hpp"
#include "audio/sndfile_decoder.hpp"
#include "support/fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <fstream>

using namespace accord;
using audio::Container;
using audio::SampleFormat;

TEST_CASE("lossless files decode bit-exactly in their native width", "[decoder]")
{
    test::TempDir dir;
    struct Case {
        Container container;
        std::uint16_t bits;
        SampleFormat native;
        const char* codec;
    };
    const Case cases[] = {
        {Container::Flac, 16, SampleFormat::S16, "flac"}, {Container::Flac, 24, SampleFormat::S32, "flac"},
        {Container::Wav, 16, SampleFormat::S16, "wav"},   {Container::Wav, 24, SampleFormat::S32, "wav"},
        {Container::Aiff, 16, SampleFormat::S16, "aiff"}, {Container::Aiff, 24, SampleFormat::S32, "aiff"}};
    for (const Case& c : cases) {
        const auto samples = audio::synthesizeSignal(48000, 2, c.bits, 12345, c.bits);
        const auto path =
            dir / (std::string(c.codec) + std::to_string(c.bits) + "." + audio::extensionOf(c.container));
        REQUIRE(audio::writePcmFile(path, {c.container, 48000, 2, c.bits}, samples).ok());
        auto dec = audio::openDecoder(path);
        REQUIRE(dec.ok());
        INFO(path);
        CHECK((*dec)->format().sampleFormat == c.native);
        CHECK((*dec)->format().bitsPerSample == c.bits);
        CHECK((*dec)->format().sampleRate == 48000);
        CHECK((*dec)->codec() == c.codec);
        CHECK((*dec)->frames() == 12345);
        CHECK(test::decodeAll(path) == test::nativeBytes(samples, c.native));
    }
}

TEST_CASE("float WAV decodes as f32 without normalisation", "[decoder]")
{
    test::TempDir dir;
    const auto samples = audio::synthesizeSignal(44100, 1, 24, 1000, 3);
    REQUIRE(audio::writePcmFile(dir / "f.wav", {Container::Wav, 44100, 1, 32}, samples).ok());
    auto dec = audio::openDecoder(dir / "f.wav");
    REQUIRE(dec.ok());
    CHECK((*dec)->format().sampleFormat == SampleFormat::F32);
    std::vector<float> out(1000);
    REQUIRE(*(*dec)->read(out.data(), 1000) == 1000);
    CHECK(out[10] == Approx(static_cast<double>(samples[10]) / 2147483648.0).margin(1e-6));
}

TEST_CASE("lossy decoders trim encoder delay and padding: frame counts match the source", "[decoder][codec]")
{
    test::TempDir dir;
    // 1.2345 s: deliberately not a multiple of any codec frame (MP3 1152, Vorbis 2048, Opus 960).
    const std::size_t frames44 = 54441;
    const auto s44 = audio::synthesizeSignal(44100, 2, 16, frames44, 5);
    const auto s48 = audio::synthesizeSignal(48000, 2, 16, 59256, 6);

    test::encodeWithTool("lame", dir / "a.mp3", 44100, 2, s44);
    test::encodeWithTool("oggenc", dir / "a.ogg", 44100, 2, s44);
    test::encodeWithTool("opusenc", dir / "a.opus", 48000, 2, s48);
    struct Case {
        const char* file;
        const char* codec;
        std::size_t frames;
        std::uint32_t rate;
    };
    for (const Case& c : {Case{"a.mp3", "mp3", frames44, 44100}, Case{"a.ogg", "vorbis", frames44, 44100},
                          Case{"a.opus", "opus", 59256, 48000}}) {
        INFO(c.file);
        auto dec = audio::openDecoder(dir / c.file);
        REQUIRE(dec.ok());
        CHECK((*dec)->codec() == c.codec);
        CHECK((*dec)->format().sampleFormat == SampleFormat::F32);
        CHECK((*dec)->format().sampleRate == c.rate);
        const auto bytes = test::decodeAll(dir / c.file);
        CHECK(bytes.size() / (*dec)->format().bytesPerFrame() == c.frames);
    }
}

TEST_CASE("seek lands on the requested frame", "[decoder]")
{
    test::TempDir dir;
    const auto samples = audio::synthesizeSignal(44100, 2, 16, 100000, 9);
    REQUIRE(audio::writePcmFile(dir / "s.flac", {Container::Flac, 44100, 2, 16}, samples).ok());
    auto dec = audio::openDecoder(dir / "s.flac");
    REQUIRE(dec.ok());
    for (std::uint64_t target : {77777ull, 12345ull, 0ull, 99999ull}) {
        REQUIRE((*dec)->seek(target).ok());
        std::int16_t frame[2];
        REQUIRE(*(*dec)->read(frame, 1) == 1);
        CHECK(frame[0] == static_cast<std::int16_t>(samples[target * 2] >> 16));
        CHECK(frame[1] == static_cast<std::int16_t>(samples[target * 2 + 1] >> 16));
    }
}

TEST_CASE("bad files give errors that name the file", "[decoder][bad]")
{
    test::TempDir dir;
    const auto samples = audio::synthesizeSignal(44100, 2, 16, 44100, 4);
    REQUIRE(audio::writePcmFile(dir / "good.flac", {Container::Flac, 44100, 2, 16}, samples).ok());
    REQUIRE(audio::writePcmFile(dir / "good.wav", {Container::Wav, 44100, 2, 16}, samples).ok());
    test::writeFile(dir / "empty.flac", "");
    std::string noise(50000, '\0');
    std::uint32_t x = 12345;
    for (char& ch : noise) {
        x = x * 1664525u + 1013904223u;
        ch = static_cast<char>(x >> 24);
    }
    test::writeFile(dir / "random.mp3", noise);
    test::writeFile(dir / "notes.flac", "These are liner notes, not audio.\n");
    std::ifstream in(dir / "good.wav", std::ios::binary);
    std::string wav((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    test::writeFile(dir / "truncated.wav", wav.substr(0, wav.size() / 2));

    for (const char* name : {"empty.flac", "random.mp3", "notes.flac", "missing.ogg"}) {
        INFO(name);
        auto dec = audio::openDecoder(dir / name);
        REQUIRE_FALSE(dec.ok());
        CHECK(dec.error().describe().find(name) != std::string::npos);
    }
    // A cut-off lossless file opens, plays what it has, then reports the truncation with its name.
    auto dec = audio::openDecoder(dir / "truncated.wav");
    REQUIRE(dec.ok());
    std::vector<std::int16_t> buf(8192 * 2);
    base::Status status;
    std::size_t total = 0;
    for (;;) {
        auto got = (*dec)->read(buf.data(), 8192);
        if (!got.ok()) {
            status = std::move(got).error();
            break;
        }
        if (*got == 0)
            break;
        total += *got;
    }
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().describe().find("truncated.wav") != std::string::npos);
    CHECK(status.error().message.find("truncated") != std::string::npos);
    CHECK(total > 20000);
}

namespace {

/// Everything `dec` decodes, read `chunk` frames at a time (the last read returns 0).
std::vector<std::uint8_t> readAllInChunks(audio::Decoder& dec, std::size_t chunk)
{
    const std::size_t bpf = dec.format().bytesPerFrame();
    std::vector<std::uint8_t> out;
    std::vector<std::uint8_t> buf(chunk * bpf);
    for (;;) {
        auto got = dec.read(buf.data(), chunk);
        REQUIRE(got.ok());
        if (*got == 0)
            return out;
        REQUIRE(*got <= chunk);
        out.insert(out.end(), buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(*got * bpf));
    }
}

} // namespace

TEST_CASE("native FLAC is decoded by libFLAC directly, sample for sample as libsndfile decodes it",
          "[decoder][flac]")
{
    test::TempDir dir;
    for (const std::uint16_t bits : {std::uint16_t{16}, std::uint16_t{24}})
        for (const std::uint16_t channels : {std::uint16_t{1}, std::uint16_t{2}, std::uint16_t{6}}) {
            const std::size_t frames = 23456; // not a multiple of the 4096-frame FLAC block
            const auto samples = audio::synthesizeSignal(44100, channels, bits, frames, 7u + bits + channels);
            const auto path = dir / ("f" + std::to_string(bits) + "_" + std::to_string(channels) + ".flac");
            REQUIRE(audio::writePcmFile(path, {Container::Flac, 44100, channels, bits}, samples).ok());
            INFO(path);
            auto flac = audio::openDecoder(path);
            REQUIRE(flac.ok());
            CHECK(dynamic_cast<audio::FlacDecoder*>(flac->get()) != nullptr);
            auto reference = audio::SndfileDecoder::open(path);
            REQUIRE(reference.ok());
            CHECK((*flac)->format() == (*reference)->format());
            CHECK((*flac)->frames() == (*reference)->frames());
            CHECK((*flac)->codec() == "flac");
            const auto expected = readAllInChunks(**reference, 4096);
            CHECK(expected == test::nativeBytes(samples, (*flac)->format().sampleFormat));
            // Reads smaller and larger than a FLAC block, and not aligned to one: what does not fit a read
            // waits for the next one, nothing is lost or repeated.
            CHECK(readAllInChunks(**flac, 4096) == expected);
            for (const std::size_t chunk : {std::size_t{1}, std::size_t{1000}, std::size_t{7777}}) {
                auto again = audio::FlacDecoder::open(path);
                REQUIRE(again.ok());
                INFO(chunk);
                CHECK(readAllInChunks(**again, chunk) == expected);
            }
            // Seeks into the middle of a block, then reads across the next block boundary.
            const std::size_t bpf = (*flac)->format().bytesPerFrame();
            for (const std::uint64_t target :
                 {std::uint64_t{5000}, std::uint64_t{4095}, std::uint64_t{0}, std::uint64_t{frames - 3}}) {
                REQUIRE((*flac)->seek(target).ok());
                std::vector<std::uint8_t> got(5000 * bpf);
                auto n = (*flac)->read(got.data(), 5000);
                REQUIRE(n.ok());
                CHECK(*n == std::min<std::size_t>(5000, frames - target));
                got.resize(*n * bpf);
                CHECK(std::equal(got.begin(), got.end(),
                                 expected.begin() + static_cast<std::ptrdiff_t>(target * bpf)));
            }
        }
}

TEST_CASE("FLAC after an ID3v2 tag opens through libFLAC, and a cut-off FLAC says it is truncated",
          "[decoder][flac][bad]")
{
    test::TempDir dir;
    const auto samples = audio::synthesizeSignal(44100, 2, 16, 44100, 11);
    REQUIRE(audio::writePcmFile(dir / "good.flac", {Container::Flac, 44100, 2, 16}, samples).ok());
    std::ifstream in(dir / "good.flac", std::ios::binary);
    const std::string flac((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // ID3v2.3 header with a 20-byte (syncsafe) body of padding, as some taggers leave before "fLaC".
    std::string id3("ID3\x03\x00\x00\x00\x00\x00\x14", 10);
    id3 += std::string(20, '\0');
    test::writeFile(dir / "tagged.flac", id3 + flac);
    auto tagged = audio::openDecoder(dir / "tagged.flac");
    REQUIRE(tagged.ok());
    CHECK(dynamic_cast<audio::FlacDecoder*>(tagged->get()) != nullptr);
    CHECK(readAllInChunks(**tagged, 4096) == test::nativeBytes(samples, SampleFormat::S16));

    test::writeFile(dir / "cut.flac", flac.substr(0, flac.size() / 2));
    auto cut = audio::openDecoder(dir / "cut.flac");
    REQUIRE(cut.ok());
    std::vector<std::int16_t> buf(4096 * 2);
    std::size_t total = 0;
    base::Status status;
    for (;;) {
        auto got = (*cut)->read(buf.data(), 4096);
        if (!got.ok()) {
            status = std::move(got).error();
            break;
        }
        if (*got == 0)
            break;
        total += *got;
    }
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == base::ErrorCode::Format);
    CHECK(status.error().describe().find("cut.flac") != std::string::npos);
    CHECK(status.error().message.find("truncated") != std::string::npos);
    CHECK(total > 10000);
    CHECK(total < 44100);
}
