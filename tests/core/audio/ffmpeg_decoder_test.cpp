// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The FFmpeg path of openDecoder(): files made here with the reference encoders (wavpack, libFLAC) and
// ffmpeg's own (ALAC, AAC), decoded against the PCM they were made from or against the `ffmpeg` tool.
#include "audio/decoder.hpp"
#include "audio/ffmpeg_decoder.hpp"
#include "support/fixtures.hpp"
#include "support/process_maps.hpp"
#include "support/temp_dir.hpp"

#include <FLAC/stream_encoder.h>
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <latch>
#include <memory>
#include <thread>

using namespace accord;
using audio::SampleFormat;

namespace {

constexpr std::size_t kFrames = 54441; // 1.2345 s at 44.1 kHz: not a multiple of any codec's frame

std::filesystem::path sourceWav(const std::filesystem::path& dir, std::uint16_t bits,
                                std::vector<std::int32_t>& samples)
{
    samples = audio::synthesizeSignal(44100, 2, bits, kFrames, 40u + bits, 0.6);
    const auto path = dir / ("src" + std::to_string(bits) + ".wav");
    REQUIRE(audio::writePcmFile(path, {audio::Container::Wav, 44100, 2, bits}, samples).ok());
    return path;
}

/// A FLAC of `bits` per sample written with libFLAC (the flac tool refuses 12 and 20 bits for raw input).
/// Returns the samples MSB-aligned in the container FFmpeg gives (16 bits up to 16, else 32).
std::vector<std::int32_t> writeOddFlac(const std::filesystem::path& path, unsigned bits)
{
    std::unique_ptr<FLAC__StreamEncoder, void (*)(FLAC__StreamEncoder*)> enc(FLAC__stream_encoder_new(),
                                                                             FLAC__stream_encoder_delete);
    FLAC__stream_encoder_set_channels(enc.get(), 2);
    FLAC__stream_encoder_set_bits_per_sample(enc.get(), bits);
    FLAC__stream_encoder_set_sample_rate(enc.get(), 44100);
    REQUIRE(FLAC__stream_encoder_init_file(enc.get(), path.c_str(), nullptr, nullptr) ==
            FLAC__STREAM_ENCODER_INIT_STATUS_OK);
    const auto msb = audio::synthesizeSignal(44100, 2, static_cast<std::uint16_t>(bits), kFrames, bits, 0.6);
    std::vector<FLAC__int32> raw(msb.size());
    for (std::size_t i = 0; i < msb.size(); ++i)
        raw[i] = msb[i] >> (32 - bits);
    REQUIRE(FLAC__stream_encoder_process_interleaved(enc.get(), raw.data(), kFrames));
    REQUIRE(FLAC__stream_encoder_finish(enc.get()));
    return msb;
}

/// What `ffmpeg` itself decodes from `path`, as raw bytes in `fmt` ("s16le", "s32le", "f32le").
std::vector<std::uint8_t> ffmpegDecode(const std::filesystem::path& path, const std::string& fmt)
{
    const auto out = path.string() + "." + fmt;
    test::runOrThrow("ffmpeg -v error -y -i '" + path.string() + "' -f " + fmt + " '" + out + "'");
    std::vector<std::uint8_t> bytes(std::filesystem::file_size(out));
    std::FILE* f = std::fopen(out.c_str(), "rb");
    REQUIRE(f);
    REQUIRE(std::fread(bytes.data(), 1, bytes.size(), f) == bytes.size());
    std::fclose(f);
    return bytes;
}

std::vector<std::uint8_t> readAt(audio::Decoder& dec, std::uint64_t frame, std::size_t frames)
{
    REQUIRE(dec.seek(frame).ok());
    std::vector<std::uint8_t> out(frames * dec.format().bytesPerFrame());
    std::size_t done = 0;
    while (done < frames) {
        auto got = dec.read(out.data() + done * dec.format().bytesPerFrame(), frames - done);
        REQUIRE(got.ok());
        if (*got == 0)
            break;
        done += *got;
    }
    out.resize(done * dec.format().bytesPerFrame());
    return out;
}

/// Seeks to odd places (forwards, backwards, the end) and compares each read with the linear decode.
void checkExactSeeks(const std::filesystem::path& path, const std::vector<std::uint8_t>& linear)
{
    auto dec = audio::openDecoder(path);
    REQUIRE(dec.ok());
    const std::size_t bpf = (*dec)->format().bytesPerFrame();
    const std::uint64_t total = linear.size() / bpf;
    for (std::uint64_t at :
         {std::uint64_t{30001}, std::uint64_t{1}, std::uint64_t{4095}, std::uint64_t{4097},
          std::uint64_t{12345}, total - 10, std::uint64_t{0}, std::uint64_t{44100}, total}) {
        INFO(path.filename().string() << " seek to " << at);
        const auto got = readAt(**dec, at, 2000);
        const std::size_t expect = std::min<std::uint64_t>(2000, total - at) * bpf;
        REQUIRE(got.size() == expect);
        CHECK(std::memcmp(got.data(), linear.data() + at * bpf, expect) == 0);
    }
}

} // namespace

TEST_CASE("ALAC, WavPack, APE and 12/20-bit FLAC decode bit-identical to their source, in their true depth",
          "[decoder][ffmpeg]")
{
    test::TempDir dir;
    std::vector<std::int32_t> s16, s24;
    const auto wav16 = sourceWav(dir.path(), 16, s16);
    const auto wav24 = sourceWav(dir.path(), 24, s24);
    test::runOrThrow("ffmpeg -v error -y -i '" + wav16.string() + "' -c:a alac '" +
                     (dir / "a16.m4a").string() + "'");
    test::runOrThrow("ffmpeg -v error -y -i '" + wav24.string() + "' -c:a alac '" +
                     (dir / "a24.m4a").string() + "'");
    test::runOrThrow("wavpack -q -y '" + wav16.string() + "' -o '" + (dir / "w16.wv").string() + "'");
    test::runOrThrow("wavpack -q -y '" + wav24.string() + "' -o '" + (dir / "w24.wv").string() + "'");
    // APE: Debian 12's ffmpeg cannot write it; jmac (libjmac-java, a Java port of Monkey's Audio) can,
    // 16-bit.
    test::runOrThrow("java -jar /usr/share/java/jmac.jar c2 '" + wav16.string() + "' '" +
                     (dir / "m16.ape").string() + "'");
    const auto f12 = writeOddFlac(dir / "f12.flac", 12);
    const auto f20 = writeOddFlac(dir / "f20.flac", 20);
    struct Case {
        const char* file;
        const char* codec;
        SampleFormat width;
        std::uint16_t bits;
        const std::vector<std::int32_t>* samples;
    };
    for (const Case& c : {Case{"a16.m4a", "alac", SampleFormat::S16, 16, &s16},
                          Case{"a24.m4a", "alac", SampleFormat::S32, 24, &s24},
                          Case{"w16.wv", "wavpack", SampleFormat::S16, 16, &s16},
                          Case{"w24.wv", "wavpack", SampleFormat::S32, 24, &s24},
                          Case{"m16.ape", "ape", SampleFormat::S16, 16, &s16},
                          Case{"f12.flac", "flac", SampleFormat::S16, 12, &f12},
                          Case{"f20.flac", "flac", SampleFormat::S32, 20, &f20}}) {
        INFO(c.file);
        auto dec = audio::openDecoder(dir / c.file);
        REQUIRE(dec.ok());
        CHECK((*dec)->codec() == c.codec);
        CHECK((*dec)->format().sampleFormat == c.width);
        CHECK((*dec)->format().bitsPerSample == c.bits);
        CHECK((*dec)->format().sampleRate == 44100);
        CHECK((*dec)->format().channels == 2);
        CHECK((*dec)->frames() == kFrames);
        const auto decoded = test::decodeAll(dir / c.file);
        CHECK(decoded == test::nativeBytes(*c.samples, c.width));
        checkExactSeeks(dir / c.file, decoded);
    }
}

TEST_CASE("AAC in MP4 is gapless: the edit list's delay and padding are trimmed to the source's length",
          "[decoder][ffmpeg][codec]")
{
    test::TempDir dir;
    std::vector<std::int32_t> s16;
    const auto wav = sourceWav(dir.path(), 16, s16);
    // The movie timescale at the sample rate lets the edit list state the length to the sample.
    test::runOrThrow("ffmpeg -v error -y -i '" + wav.string() +
                     "' -c:a aac -b:a 160k -movie_timescale 44100 '" + (dir / "t.m4a").string() + "'");
    auto dec = audio::openDecoder(dir / "t.m4a");
    REQUIRE(dec.ok());
    CHECK((*dec)->codec() == "aac");
    CHECK((*dec)->format().sampleFormat == SampleFormat::F32);
    CHECK((*dec)->frames() == kFrames);
    const auto decoded = test::decodeAll(dir / "t.m4a");
    REQUIRE(decoded.size() == kFrames * 8);
    // The same samples as ffmpeg gives (it trims the delay but keeps the padding after them).
    const auto reference = ffmpegDecode(dir / "t.m4a", "f32le");
    REQUIRE(reference.size() > decoded.size());
    CHECK(std::memcmp(decoded.data(), reference.data(), decoded.size()) == 0);
    // Not shifted: the decoded audio lines up with the source (delay trimmed, not kept or over-cut).
    std::vector<float> pcm(decoded.size() / 4);
    std::memcpy(pcm.data(), decoded.data(), decoded.size());
    double err = 0, sig = 0;
    for (std::size_t i = 2000; i < pcm.size() - 2000; ++i) {
        const double src = s16[i] / 2147483648.0;
        const double d = static_cast<double>(pcm[i]) - src;
        err += d * d;
        sig += src * src;
    }
    CHECK(err < sig * 0.01); // > 20 dB SNR only when aligned to the sample
    // Seeks land on the exact sample. The comparison needs a file without perceptual noise substitution:
    // the decoder's noise generator runs on across frames, so after any seek PNS bands differ by design.
    test::runOrThrow("ffmpeg -v error -y -i '" + wav.string() +
                     "' -c:a aac -aac_pns 0 -b:a 160k -movie_timescale 44100 '" +
                     (dir / "nopns.m4a").string() + "'");
    checkExactSeeks(dir / "nopns.m4a", test::decodeAll(dir / "nopns.m4a"));
}

TEST_CASE("ADTS AAC decodes as ffmpeg decodes it, and its length is unknown up front", "[decoder][ffmpeg]")
{
    test::TempDir dir;
    std::vector<std::int32_t> s16;
    const auto wav = sourceWav(dir.path(), 16, s16);
    test::runOrThrow("ffmpeg -v error -y -i '" + wav.string() + "' -c:a aac '" + (dir / "t.aac").string() +
                     "'");
    auto dec = audio::openDecoder(dir / "t.aac");
    REQUIRE(dec.ok());
    CHECK((*dec)->codec() == "aac");
    CHECK((*dec)->frames() == 0);
    CHECK(test::decodeAll(dir / "t.aac") == ffmpegDecode(dir / "t.aac", "f32le"));
}

TEST_CASE("files neither decoder reads keep libsndfile's reason", "[decoder][ffmpeg]")
{
    test::TempDir dir;
    {
        std::FILE* f = std::fopen((dir / "notes.flac").c_str(), "wb");
        REQUIRE(f);
        std::fputs("these are not the droids you are looking for\n", f);
        std::fclose(f);
    }
    auto dec = audio::openDecoder(dir / "notes.flac");
    REQUIRE_FALSE(dec.ok());
    CHECK(dec.error().code == base::ErrorCode::Unsupported);
    CHECK(dec.error().message.find("not a supported audio file") == 0);
    CHECK(dec.error().file == (dir / "notes.flac").string());

    // FFmpeg decodes the MP2 audio of an MPEG transport stream, but a broadcast container is not a music
    // file: refused by name of the demuxer, so that a foreign file FFmpeg's probe misreads never plays noise.
    test::runOrThrow("ffmpeg -v error -y -f lavfi -i sine=frequency=440:duration=1 -c:a mp2 -f mpegts '" +
                     (dir / "broadcast.ts").string() + "'");
    auto ts = audio::openDecoder(dir / "broadcast.ts");
    REQUIRE_FALSE(ts.ok());
    CHECK(ts.error().code == base::ErrorCode::Unsupported);
    auto direct = audio::FfmpegDecoder::open(dir / "broadcast.ts");
    REQUIRE_FALSE(direct.ok());
    CHECK(direct.error().message == "not a supported audio file (FFmpeg reads it as mpegts)");
}

TEST_CASE("FFmpeg is loaded by the first file that needs it, once, by concurrent decoders, never by FLAC",
          "[decoder][ffmpeg][startup]")
{
    // CTest runs each case in a process of its own, where nothing has loaded FFmpeg yet. Run in one process
    // with the cases above, FFmpeg is loaded already and only the concurrent first use below is not tested.
    const bool loadedBefore = test::mapped("/libavcodec.so.");
    if (loadedBefore)
        WARN("FFmpeg was loaded by an earlier test in this process");
    test::TempDir dir;
    const auto samples = audio::synthesizeSignal(44100, 2, 16, kFrames, 7, 0.6);
    REQUIRE(audio::writePcmFile(dir / "plain.flac", {audio::Container::Flac, 44100, 2, 16}, samples).ok());
    CHECK(test::decodeAll(dir / "plain.flac") == test::nativeBytes(samples, SampleFormat::S16));
    CHECK(test::mapped("/libavcodec.so.") == loadedBefore);
    CHECK(test::mapped("/libavformat.so.") == loadedBefore);

    // 20-bit FLAC, which only FFmpeg reads, opened by four threads at once: one of them loads the libraries,
    // the others wait for it, and all four decode the same samples.
    const auto msb = writeOddFlac(dir / "f20.flac", 20);
    constexpr std::size_t kThreads = 4;
    std::vector<std::vector<std::uint8_t>> decoded(kThreads);
    std::vector<std::string> errors(kThreads);
    std::latch start(static_cast<std::ptrdiff_t>(kThreads));
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            auto dec = audio::openDecoder(dir / "f20.flac");
            if (!dec.ok()) {
                errors[t] = dec.error().describe();
                return;
            }
            std::vector<std::uint8_t> buf(4096 * (*dec)->format().bytesPerFrame());
            for (;;) {
                auto got = (*dec)->read(buf.data(), 4096);
                if (!got.ok() || *got == 0)
                    break;
                decoded[t].insert(decoded[t].end(), buf.begin(),
                                  buf.begin() + static_cast<long>(*got * (*dec)->format().bytesPerFrame()));
            }
        });
    for (auto& thread : threads)
        thread.join();
    for (std::size_t t = 0; t < kThreads; ++t) {
        INFO("thread " << t << ": " << errors[t]);
        CHECK(errors[t].empty());
        CHECK(decoded[t] == test::nativeBytes(msb, SampleFormat::S32));
    }
    CHECK(test::mapped("/libavcodec.so."));
    CHECK(test::mapped("/libavformat.so."));
}
