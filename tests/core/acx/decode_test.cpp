// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// .acx through the real decoder selection (audio::openDecoder): the same samples as the plain file.
#include "acx/key_seal.hpp"
#include "acx/key_store.hpp"
#include "acx/writer.hpp"
#include "acx_test_util.hpp"
#include "audio/decoder.hpp"
#include "audio/pcm_writer.hpp"
#include "support/fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <typeinfo>

using namespace accord;
using audio::Container;

namespace {

struct Format {
    const char* name;
    Container container;
    std::uint32_t rate;
    std::uint16_t bits;
};

const Format kFormats[] = {
    {"flac16-44k", Container::Flac, 44100, 16},
    {"flac24-96k", Container::Flac, 96000, 24},
    {"wav16-44k", Container::Wav, 44100, 16},
    {"wav24-48k", Container::Wav, 48000, 24},
};

/// Everything the decoder gives, or its error.
base::Result<std::vector<std::uint8_t>> decodeWith(const std::filesystem::path& path,
                                                   const acx::KeyProvider* keys, std::uint64_t from = 0,
                                                   std::size_t maxFrames = SIZE_MAX)
{
    auto dec = audio::openDecoder(path, keys);
    if (!dec.ok())
        return std::move(dec).error();
    if (from > 0)
        ACCORD_TRY((*dec)->seek(from));
    const std::size_t bpf = (*dec)->format().bytesPerFrame();
    std::vector<std::uint8_t> out;
    std::vector<std::uint8_t> buf(1000 * bpf); // not a multiple of any codec block
    while (out.size() / bpf < maxFrames) {
        auto got = (*dec)->read(buf.data(), std::min<std::size_t>(1000, maxFrames - out.size() / bpf));
        if (!got.ok())
            return std::move(got).error();
        if (*got == 0)
            break;
        out.insert(out.end(), buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(*got * bpf));
    }
    return out;
}

std::filesystem::path writeSource(const std::filesystem::path& dir, const Format& f, std::size_t frames,
                                  std::vector<std::int32_t>* signal = nullptr)
{
    const auto samples = audio::synthesizeSignal(f.rate, 2, f.bits, frames, f.bits + f.rate);
    if (signal)
        *signal = samples;
    const auto path = dir / (std::string(f.name) + "." + audio::extensionOf(f.container));
    REQUIRE(audio::writePcmFile(path, {f.container, f.rate, 2, f.bits}, samples).ok());
    return path;
}

} // namespace

TEST_CASE("an .acx decodes to exactly the source's samples, in its native format", "[acx][decode]")
{
    test::TempDir dir;
    for (const Format& f : kFormats) {
        DYNAMIC_SECTION(f.name)
        {
            std::vector<std::int32_t> signal;
            const std::size_t frames = f.rate * 3 + 4321; // several chunks, a short last one
            const auto plain = writeSource(dir.path(), f, frames, &signal);
            const auto key = acx::generateContentKey();
            // Named .bin on purpose: the decoder goes by content, not by name.
            const auto sealed = dir / (std::string(f.name) + ".bin");
            REQUIRE(acx::writeAcx(plain, sealed, key).ok());
            acx::KeyStore keys;
            keys.setDefault(key);

            auto plainDec = audio::openDecoder(plain);
            auto acxDec = audio::openDecoder(sealed, &keys);
            REQUIRE(plainDec.ok());
            REQUIRE(acxDec.ok());
            CHECK((*acxDec)->encrypted());
            CHECK_FALSE((*plainDec)->encrypted());
            CHECK((*acxDec)->format() == (*plainDec)->format());
            CHECK((*acxDec)->frames() == frames);
            CHECK((*acxDec)->codec() == (*plainDec)->codec());
            CHECK((*acxDec)->path() == sealed);
            // The same decoder class as the plain file's (native FLAC of 16/24 bits: libFLAC directly),
            // so an .acx costs the plain file's CPU plus the decryption (tests/bench, bench_acx).
            const audio::Decoder& acxImpl = **acxDec;
            const audio::Decoder& plainImpl = **plainDec;
            CHECK(typeid(acxImpl) == typeid(plainImpl));

            auto decoded = decodeWith(sealed, &keys);
            REQUIRE(decoded.ok());
            CHECK(*decoded == test::decodeAll(plain));
            CHECK(*decoded == test::nativeBytes(signal, (*plainDec)->format().sampleFormat));
        }
    }
}

TEST_CASE("seeks in an .acx land on the exact frame", "[acx][decode][seek]")
{
    test::TempDir dir;
    for (const Format& f : kFormats) {
        DYNAMIC_SECTION(f.name)
        {
            std::vector<std::int32_t> signal;
            const std::size_t frames = f.rate * 4 + 17;
            const auto plain = writeSource(dir.path(), f, frames, &signal);
            const auto key = acx::generateContentKey();
            const auto sealed = dir / (std::string(f.name) + ".acx");
            REQUIRE(acx::writeAcx(plain, sealed, key).ok());
            acx::KeyStore keys;
            keys.setDefault(key);
            auto dec = audio::openDecoder(sealed, &keys);
            REQUIRE(dec.ok());
            const auto fmt = (*dec)->format();
            const auto expected = test::nativeBytes(signal, fmt.sampleFormat);
            const std::size_t bpf = fmt.bytesPerFrame();
            std::vector<std::uint8_t> buf(777 * bpf);
            // Forwards, backwards, near the end, the first frame, across chunk boundaries.
            for (std::uint64_t at :
                 {std::uint64_t{f.rate * 3 + 5}, std::uint64_t{12345}, std::uint64_t{frames - 100},
                  std::uint64_t{0}, std::uint64_t{f.rate + 1}, std::uint64_t{f.rate * 2 + 4095}}) {
                INFO("seek to " << at);
                REQUIRE((*dec)->seek(at).ok());
                auto got = (*dec)->read(buf.data(), 777);
                REQUIRE(got.ok());
                const std::size_t n = std::min<std::size_t>(777, frames - at);
                REQUIRE(*got == n);
                CHECK(std::equal(buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(n * bpf),
                                 expected.begin() + static_cast<std::ptrdiff_t>(at * bpf)));
            }
        }
    }
}

TEST_CASE("a damaged .acx is a decode error naming the file", "[acx][decode][tamper]")
{
    test::TempDir dir;
    const Format f{"flac16", Container::Flac, 44100, 16};
    const auto plain = writeSource(dir.path(), f, 44100 * 5, nullptr);
    const auto key = acx::generateContentKey();
    REQUIRE(acx::writeAcx(plain, dir / "good.acx", key).ok());
    const auto good = test::readBytes(dir / "good.acx");
    const std::size_t chunk = acx::kChunkSize + acx::kChunkTagSize;
    REQUIRE(good.size() > acx::kHeaderSize + 4 * chunk);
    acx::KeyStore keys;
    keys.setDefault(key);
    const auto path = dir / "bad.acx";

    struct Case {
        const char* name;
        std::vector<std::uint8_t> bytes;
        std::string expect;
    };
    std::vector<Case> cases;
    auto at = [](std::size_t i) {
        return static_cast<std::ptrdiff_t>(acx::kHeaderSize + i * (acx::kChunkSize + 16));
    };
    {
        auto b = good;
        b[static_cast<std::size_t>(at(3)) + 5000] ^= 0x10;
        cases.push_back({"altered", b, "chunk 3 of"});
    }
    {
        auto b = good;
        std::swap_ranges(b.begin() + at(1), b.begin() + at(2), b.begin() + at(2));
        cases.push_back({"reordered", b, "chunk 1 of"});
    }
    {
        auto b = good;
        b[static_cast<std::size_t>(at(0)) + 10] ^= 0x01; // the FLAC header's chunk: fails at open
        cases.push_back({"altered first chunk", b, "chunk 0 of"});
    }
    cases.push_back(
        {"truncated", std::vector<std::uint8_t>(good.begin(), good.begin() + at(3)), "truncated"});
    {
        auto b = good;
        b.insert(b.end(), good.begin() + at(1), good.begin() + at(2));
        cases.push_back({"extended", b, "after its last chunk"});
    }
    for (const Case& c : cases) {
        INFO(c.name);
        test::writeBytes(path, c.bytes);
        auto decoded = decodeWith(path, &keys);
        REQUIRE_FALSE(decoded.ok());
        INFO(decoded.error().describe());
        CHECK(decoded.error().file == path.string());
        CHECK(decoded.error().describe().find(c.expect) != std::string::npos);
    }
    // Damage after a seek target is found by the seek or the read after it, never skipped over.
    {
        auto b = good;
        b[static_cast<std::size_t>(at(4)) + 100] ^= 0x01;
        test::writeBytes(path, b);
        auto decoded = decodeWith(path, &keys, 44100 * 3);
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().describe().find("chunk 4 of") != std::string::npos);
    }
}

TEST_CASE("without its key an .acx decrypts nothing, and says so naming the file", "[acx][decode][keys]")
{
    test::TempDir dir;
    const Format f{"flac16", Container::Flac, 44100, 16};
    const auto plain = writeSource(dir.path(), f, 44100, nullptr);
    const auto key = acx::generateContentKey();
    const auto sealed = dir / "x.acx";
    REQUIRE(acx::writeAcx(plain, sealed, key).ok());

    auto noProvider = audio::openDecoder(sealed);
    REQUIRE_FALSE(noProvider.ok());
    CHECK(noProvider.error().code == base::ErrorCode::Refused);
    CHECK(noProvider.error().file == sealed.string());
    CHECK(noProvider.error().message.find("no content key") != std::string::npos);

    acx::KeyStore empty;
    auto noKey = audio::openDecoder(sealed, &empty);
    REQUIRE_FALSE(noKey.ok());
    CHECK(noKey.error().code == base::ErrorCode::Refused);
    CHECK(noKey.error().file == sealed.string());
    CHECK(noKey.error().message.find("no content key") != std::string::npos);

    acx::KeyStore wrong;
    wrong.setDefault(acx::generateContentKey());
    auto wrongKey = audio::openDecoder(sealed, &wrong);
    REQUIRE_FALSE(wrongKey.ok());
    CHECK(wrongKey.error().code == base::ErrorCode::Refused);
    CHECK(wrongKey.error().file == sealed.string());
    CHECK(wrongKey.error().message.find("wrong content key") != std::string::npos);
}

TEST_CASE("a key sealed to one device is useless on another", "[acx][decode][keys]")
{
    test::TempDir dir;
    const Format f{"flac16", Container::Flac, 44100, 16};
    const auto plain = writeSource(dir.path(), f, 44100, nullptr);
    const auto key = acx::generateContentKey();
    const auto sealedFile = dir / "x.acx";
    REQUIRE(acx::writeAcx(plain, sealedFile, key).ok());
    const auto mine = acx::generateDeviceKeyPair();
    const auto theirs = acx::generateDeviceKeyPair();
    const auto sealedKey = acx::sealContentKey(key, mine.publicKey);

    // The device it was sealed to: plays.
    auto opened = acx::openContentKey(sealedKey, mine.publicKey, mine.secretKey);
    REQUIRE(opened.ok());
    acx::KeyStore keys;
    keys.setDefault(*opened);
    auto decoded = decodeWith(sealedFile, &keys);
    REQUIRE(decoded.ok());
    CHECK(*decoded == test::decodeAll(plain));

    // The same files copied to another device: its key pair opens nothing, so nothing decrypts.
    CHECK_FALSE(acx::openContentKey(sealedKey, theirs.publicKey, theirs.secretKey).ok());
    // Even a key derived from the other device's secret bytes is just a wrong key.
    acx::KeyStore guess;
    guess.setDefault(acx::ContentKey(theirs.secretKey.bytes()));
    auto refused = decodeWith(sealedFile, &guess);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().file == sealedFile.string());
}

TEST_CASE("an .acx of ALAC, WavPack or AAC decodes through FFmpeg as the plain file does, and seeks exactly",
          "[acx][decode][ffmpeg]")
{
    test::TempDir dir;
    const Format f{"source", Container::Wav, 44100, 16};
    const std::size_t frames = 44100 * 4 + 321; // several chunks of the encrypted file
    const auto wav = writeSource(dir.path(), f, frames, nullptr);
    struct Case {
        const char* file;
        const char* codecArgs;
        const char* codec;
        bool lossless;
    };
    for (const Case& c :
         {Case{"alac.m4a", "-c:a alac", "alac", true}, Case{"wavpack.wv", "-c:a wavpack", "wavpack", true},
          // No perceptual noise substitution: its random noise differs after a seek, as in the plain file.
          Case{"aac.m4a", "-c:a aac -aac_pns 0 -b:a 160k", "aac", false}}) {
        DYNAMIC_SECTION(c.file)
        {
            const auto plain = dir / c.file;
            test::runOrThrow("ffmpeg -v error -y -i '" + wav.string() + "' " + c.codecArgs + " '" +
                             plain.string() + "'");
            const auto key = acx::generateContentKey();
            const auto sealed = dir / (std::string(c.file) + ".acx");
            REQUIRE(acx::writeAcx(plain, sealed, key).ok());
            acx::KeyStore keys;
            keys.setDefault(key);

            auto plainDec = audio::openDecoder(plain);
            auto acxDec = audio::openDecoder(sealed, &keys);
            REQUIRE(plainDec.ok());
            INFO((acxDec.ok() ? std::string() : acxDec.error().describe()));
            REQUIRE(acxDec.ok());
            CHECK((*acxDec)->encrypted());
            CHECK((*acxDec)->codec() == c.codec);
            CHECK((*acxDec)->codec() == (*plainDec)->codec());
            CHECK((*acxDec)->format() == (*plainDec)->format());
            CHECK((*acxDec)->frames() == (*plainDec)->frames());
            if (c.lossless)
                CHECK((*acxDec)->frames() == frames);

            const auto expected = test::decodeAll(plain);
            auto decoded = decodeWith(sealed, &keys);
            REQUIRE(decoded.ok());
            CHECK(decoded->size() == expected.size());
            CHECK(*decoded == expected); // bit-identical to the plain file's decode

            const std::size_t bpf = (*acxDec)->format().bytesPerFrame();
            const std::size_t total = expected.size() / bpf;
            std::vector<std::uint8_t> buf(777 * bpf);
            for (std::uint64_t at :
                 {std::uint64_t{44100 * 3 + 5}, std::uint64_t{12345}, std::uint64_t{total - 100},
                  std::uint64_t{0}, std::uint64_t{44100 + 1}, std::uint64_t{44100 * 2 + 4095}}) {
                INFO("seek to " << at);
                REQUIRE((*acxDec)->seek(at).ok());
                auto got = (*acxDec)->read(buf.data(), 777);
                REQUIRE(got.ok());
                const std::size_t n = std::min<std::size_t>(777, total - at);
                REQUIRE(*got == n);
                CHECK(std::equal(buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(n * bpf),
                                 expected.begin() + static_cast<std::ptrdiff_t>(at * bpf)));
            }
        }
    }
}

TEST_CASE("a damaged .acx of ALAC is a decode error naming the chunk and the file",
          "[acx][decode][ffmpeg][tamper]")
{
    test::TempDir dir;
    const Format f{"source", Container::Wav, 44100, 16};
    const auto wav = writeSource(dir.path(), f, 44100 * 5, nullptr);
    test::runOrThrow("ffmpeg -v error -y -i '" + wav.string() + "' -c:a alac '" + (dir / "a.m4a").string() +
                     "'");
    const auto key = acx::generateContentKey();
    REQUIRE(acx::writeAcx(dir / "a.m4a", dir / "good.acx", key).ok());
    auto bytes = test::readBytes(dir / "good.acx");
    const std::size_t chunk3 = acx::kHeaderSize + 3 * (acx::kChunkSize + acx::kChunkTagSize);
    REQUIRE(bytes.size() > chunk3 + 6000);
    bytes[chunk3 + 5000] ^= 0x10;
    test::writeBytes(dir / "bad.acx", bytes);
    acx::KeyStore keys;
    keys.setDefault(key);
    auto decoded = decodeWith(dir / "bad.acx", &keys);
    REQUIRE_FALSE(decoded.ok());
    INFO(decoded.error().describe());
    CHECK(decoded.error().describe().find("chunk 3 of") != std::string::npos);
    CHECK(decoded.error().file == (dir / "bad.acx").string());
}
