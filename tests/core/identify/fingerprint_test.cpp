// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "identify/fingerprint.hpp"
#include "identify/fingerprinter.hpp"
#include "support/audio_fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace accord;
using identify::fingerprintSimilarity;

TEST_CASE("similarity: identical, shifted, unrelated", "[identify][fingerprint]")
{
    std::mt19937 rng(1);
    std::vector<std::uint32_t> a(200), b(200);
    for (auto& v : a)
        v = static_cast<std::uint32_t>(rng());
    for (auto& v : b)
        v = static_cast<std::uint32_t>(rng());
    CHECK(fingerprintSimilarity(a, a) == Approx(1.0));
    // A copy that starts 10 items later (a trimmed lead-in) still aligns perfectly.
    std::vector<std::uint32_t> shifted(a.begin() + 10, a.end());
    CHECK(fingerprintSimilarity(a, shifted) == Approx(1.0));
    CHECK(fingerprintSimilarity(shifted, a) == Approx(1.0));
    // Unrelated data: about half the bits differ.
    CHECK(fingerprintSimilarity(a, b) < 0.6);
    // Too little overlap counts as no match.
    CHECK(fingerprintSimilarity(a, std::vector<std::uint32_t>(a.begin(), a.begin() + 8)) == 0.0);
}

TEST_CASE("fingerprints survive re-encoding and tell recordings apart", "[identify][fingerprint][slow]")
{
    test::TempDir dir;
    test::makeMelodyWav(dir / "a.wav", 20.0, 1);
    test::makeMelodyWav(dir / "b.wav", 20.0, 2);
    test::encode(dir / "a.wav", dir / "a.flac");
    test::encode(dir / "a.wav", dir / "a.mp3", 96);
    test::encode(dir / "a.wav", dir / "a.opus", 48);
    test::encode(dir / "a.wav", dir / "a.ogg", 96);
    const auto fa = identify::fingerprintFile(dir / "a.flac");
    REQUIRE(fa.ok());
    CHECK(fa->durationS == Approx(20.0).margin(0.1));
    CHECK_FALSE(fa->encoded.empty());
    // The encoded form decodes back to the raw one.
    const auto decoded = identify::decodeFingerprint(fa->encoded);
    REQUIRE(decoded.ok());
    CHECK(*decoded == fa->raw);
    for (const char* copy : {"a.mp3", "a.opus", "a.ogg"}) {
        INFO(copy);
        const auto fc = identify::fingerprintFile(dir / copy);
        REQUIRE(fc.ok());
        CHECK(fingerprintSimilarity(fa->raw, fc->raw) >= identify::kFingerprintMatch);
    }
    const auto fb = identify::fingerprintFile(dir / "b.wav");
    REQUIRE(fb.ok());
    CHECK(fingerprintSimilarity(fa->raw, fb->raw) < identify::kFingerprintMatch);
    CHECK_FALSE(identify::decodeFingerprint("not a fingerprint!").ok());
}
