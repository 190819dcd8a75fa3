// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Encrypted offline audio (.acx) through real PortAudio into the capture rig: gapless and bit-perfect, as
// the plain files; and accordctl's --content-key-file.
#include "rig_player.hpp"
#include "support/capture_rig.hpp"
#include "support/command.hpp"
#include "support/fixtures.hpp"

#include "acx/key_store.hpp"
#include "acx/writer.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace accord;
using audio::Container;

namespace {

std::vector<std::uint8_t> concat(const std::vector<std::filesystem::path>& files)
{
    std::vector<std::uint8_t> out;
    for (const auto& f : files) {
        auto bytes = test::decodeAll(f);
        out.insert(out.end(), bytes.begin(), bytes.end());
    }
    return out;
}

std::string hex(const acx::ContentKey& key)
{
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (std::uint8_t b : key.bytes()) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

struct Pair {
    std::vector<std::filesystem::path> plain;
    std::vector<std::filesystem::path> sealed;
    std::vector<std::int32_t> signal;
};

/// One signal cut at a frame that is no FLAC block boundary into two tracks, each encrypted with `keys[i]`.
Pair writePair(const std::filesystem::path& dir, std::uint32_t rate, std::uint16_t bits,
               const std::vector<acx::ContentKey>& keys, acx::KeyStore* store)
{
    Pair p;
    p.signal = audio::synthesizeSignal(rate, 2, bits, 70001, 11);
    const auto pieces = test::cutAt(p.signal, 2, {41117});
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const auto plain = dir / ("t" + std::to_string(rate) + "-" + std::to_string(i) + ".flac");
        const auto sealed = dir / ("t" + std::to_string(rate) + "-" + std::to_string(i) + ".acx");
        REQUIRE(audio::writePcmFile(plain, {Container::Flac, rate, 2, bits}, pieces[i]).ok());
        auto header = acx::writeAcx(plain, sealed, keys[i]);
        REQUIRE(header.ok());
        if (store)
            store->addForFileId(header->fileId, keys[i]);
        p.plain.push_back(plain);
        p.sealed.push_back(sealed);
    }
    return p;
}

} // namespace

TEST_CASE("two .acx tracks play back to back gaplessly and bit-identical to the decoded sources",
          "[rig][acx][gapless]")
{
    struct Format {
        std::uint32_t rate;
        std::uint16_t bits;
        const char* alsa;
        audio::SampleFormat native;
    };
    for (const Format& f : {Format{44100, 16, "S16_LE", audio::SampleFormat::S16},
                            Format{96000, 24, "S32_LE", audio::SampleFormat::S32}}) {
        DYNAMIC_SECTION(f.rate << "/" << f.bits)
        {
            test::CaptureRig rig(3.0);
            auto keys = std::make_shared<acx::KeyStore>();
            const Pair p = writePair(rig.dir(), f.rate, f.bits,
                                     {acx::generateContentKey(), acx::generateContentKey()}, keys.get());
            auto options = test::rigOptions();
            options.contentKeys = keys;
            test::Recorder rec;
            const auto underruns = test::playQueue(p.sealed, rec, options);
            CHECK(rec.errors.empty());
            CHECK(rec.skipped.empty());
            REQUIRE(rec.started.size() == 2);
            for (const auto& now : rec.started)
                CHECK(now.bitPerfect);
            CHECK(underruns == 0);
            const std::size_t bpf = rec.started.front().outputFormat.bytesPerFrame();
            const auto capture = rig.capture(f.rate, f.alsa);
            REQUIRE_FALSE(capture.empty());
            test::requireSameAudio(capture, concat(p.plain), bpf);
            test::requireSameAudio(capture, test::nativeBytes(p.signal, f.native), bpf);
            CHECK(rig.captures().size() == 1); // one stream across the join
        }
    }
}

TEST_CASE("an .acx without a key is skipped naming the file, and the tracks around it stay gapless",
          "[rig][acx][keys]")
{
    test::CaptureRig rig(3.0);
    auto keys = std::make_shared<acx::KeyStore>();
    const Pair p =
        writePair(rig.dir(), 44100, 16, {acx::generateContentKey(), acx::generateContentKey()}, nullptr);
    keys->addForPath(p.sealed[0], acx::generateContentKey()); // the wrong key for track 0
    auto options = test::rigOptions();
    options.contentKeys = keys;
    const auto other = rig.dir() / "plain.flac";
    REQUIRE(audio::writePcmFile(other, {Container::Flac, 44100, 2, 16},
                                audio::synthesizeSignal(44100, 2, 16, 30011, 5))
                .ok());
    test::Recorder rec;
    CHECK(test::playQueue({other, p.sealed[0], p.sealed[1], other}, rec, options) == 0);
    REQUIRE(rec.skipped.size() == 2);
    CHECK(rec.skipped[0].first == p.sealed[0]);
    CHECK(rec.skipped[0].second.text.find(p.sealed[0].string()) != std::string::npos);
    CHECK(rec.skipped[0].second.text.find("wrong content key") != std::string::npos);
    CHECK(rec.skipped[1].first == p.sealed[1]);
    CHECK(rec.skipped[1].second.text.find("no content key") != std::string::npos);
    REQUIRE(rec.started.size() == 2);
    test::requireSameAudio(rig.capture(44100, "S16_LE"), concat({other, other}), 4);
}

TEST_CASE("accordctl decode and play take a content key from --content-key-file", "[rig][acx][accordctl]")
{
    test::CaptureRig rig(3.0);
    const acx::ContentKey key = acx::generateContentKey();
    const Pair p = writePair(rig.dir(), 44100, 16, {key, key}, nullptr);
    const auto keyFile = rig.dir() / "key.hex";
    test::writeFile(keyFile, hex(key) + "\n");
    const std::string ctl =
        std::string(ACCORDCTL_PATH) + " --data-dir " + test::shellQuote((rig.dir() / "data").string());
    const std::string q0 = test::shellQuote(p.sealed[0].string());

    const auto plainRaw = test::runCommand(ctl + " decode --raw " + test::shellQuote(p.plain[0].string()));
    const auto acxRaw = test::runCommand(ctl + " decode --raw --content-key-file " +
                                         test::shellQuote(keyFile.string()) + " " + q0);
    REQUIRE(plainRaw.exitCode == 0);
    REQUIRE(acxRaw.exitCode == 0);
    CHECK(acxRaw.out.size() == 41117 * 4);
    CHECK(acxRaw.out == plainRaw.out);

    const auto info = test::runCommand(ctl + " decode --info --content-key-file " +
                                       test::shellQuote(keyFile.string()) + " " + q0);
    REQUIRE(info.exitCode == 0);
    const auto j = nlohmann::json::parse(info.out);
    CHECK(j["encrypted"] == true);
    CHECK(j["codec"] == "flac");
    CHECK(j["frames"] == 41117);

    const auto noKey = test::runCommand(ctl + " decode --raw " + q0 + " 2>&1 >/dev/null");
    CHECK(noKey.exitCode == 1);
    CHECK(noKey.out.find(p.sealed[0].string()) != std::string::npos);
    CHECK(noKey.out.find("no content key") != std::string::npos);
    const auto wrongFile = rig.dir() / "wrong.key";
    test::writeFile(wrongFile, hex(acx::generateContentKey()));
    const auto wrong = test::runCommand(ctl + " decode --raw --content-key-file " +
                                        test::shellQuote(wrongFile.string()) + " " + q0 + " 2>&1 >/dev/null");
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.out.find(p.sealed[0].string()) != std::string::npos);
    CHECK(wrong.out.find("wrong content key") != std::string::npos);
    test::writeFile(wrongFile, "not a key");
    CHECK(test::runCommand(ctl + " decode --raw --content-key-file " + test::shellQuote(wrongFile.string()) +
                           " " + q0 + " 2>/dev/null")
              .exitCode == 2);

    const auto played = test::runCommand(
        rig.environment() + " " + ctl + " play --json --quiet --content-key-file " +
        test::shellQuote(keyFile.string()) + " " + q0 + " " + test::shellQuote(p.sealed[1].string()));
    REQUIRE(played.exitCode == 0);
    const auto report = nlohmann::json::parse(played.out);
    CHECK(report["played"] == 2);
    CHECK(report["skipped"].empty());
    test::requireSameAudio(rig.capture(44100, "S16_LE"), concat(p.plain), 4);
}
