// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Chromaprint is opened by the first fingerprint (catalogue::ChromaprintLibrary), not at start-up.
#include "identify/fingerprint.hpp"
#include "identify/fingerprinter.hpp"
#include "support/process_maps.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <latch>
#include <string>
#include <thread>
#include <vector>

using namespace accord;

namespace {

/// 12 s of stereo 44.1 kHz: a melody of two-partial notes, a new pitch every 0.4 s.
std::vector<std::int16_t> melody()
{
    constexpr int kRate = 44100;
    std::vector<std::int16_t> out;
    out.reserve(static_cast<std::size_t>(kRate) * 12 * 2);
    for (int i = 0; i < kRate * 12; ++i) {
        const int note = (i / (kRate * 2 / 5)) * 7 % 12;
        const double f = 220.0 * std::pow(2.0, note / 12.0);
        const double t = static_cast<double>(i) / kRate;
        const double v = 0.4 * std::sin(2 * M_PI * f * t) + 0.2 * std::sin(2 * M_PI * 2.5 * f * t);
        const auto s = static_cast<std::int16_t>(std::lrint(v * 32767));
        out.push_back(s);
        out.push_back(s);
    }
    return out;
}

} // namespace

TEST_CASE("Chromaprint is loaded by the first fingerprint, once, from concurrent fingerprinters",
          "[identify][fingerprint][startup]")
{
    // CTest runs each case in a process of its own, where nothing has fingerprinted yet; run in one process
    // with other cases, Chromaprint may be loaded already and only the concurrent use is tested.
    if (test::mapped("/libchromaprint.so."))
        WARN("Chromaprint was loaded by an earlier test in this process");
    const auto pcm = melody();
    constexpr int kThreads = 4;
    std::vector<base::Result<identify::Fingerprint>> prints(kThreads, base::Error());
    std::latch start(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            prints[static_cast<std::size_t>(t)] =
                identify::fingerprintSamples(pcm.data(), pcm.size() / 2, 44100, 2);
        });
    for (auto& thread : threads)
        thread.join();
    CHECK(test::mapped("/libchromaprint.so."));
    REQUIRE(prints[0].ok());
    CHECK(prints[0]->raw.size() > 50);
    for (const auto& p : prints) {
        REQUIRE(p.ok());
        CHECK(p->raw == prints[0]->raw);
        CHECK(p->encoded == prints[0]->encoded);
    }
    // The other functions of the table: encoding and decoding the stored form.
    CHECK(identify::encodeFingerprint(prints[0]->raw) == prints[0]->encoded);
    const auto decoded = identify::decodeFingerprint(prints[0]->encoded);
    REQUIRE(decoded.ok());
    CHECK(*decoded == prints[0]->raw);
}
