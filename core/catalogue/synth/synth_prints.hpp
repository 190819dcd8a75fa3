// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace accord::catalogue {

/// Fingerprints for a synthetic catalogue, from real Chromaprint output: `bases` pieces of generated music
/// (synthMusic, 120 s each, seeds following `seed`) are fingerprinted once; recording i's fingerprint is
/// then four 30 s segments cut from bases and offsets chosen by i, each XORed with its own 32-bit word
/// chosen by i. The segments keep Chromaprint's statistics over time (how items change from one to the
/// next, runs, the bit balance); the XOR words make the values of two recordings as different as two real
/// songs' are, so the index's posting lists are as long as a real catalogue's would be (a catalogue
/// of a million copies of a few hundred songs would not be). Distinct for every i up to 2^40.
/// [any thread after construction] derive() is pure.
class SynthPrints {
public:
    /// Fingerprints the bases: about 50 ms each.
    SynthPrints(std::uint64_t seed, int bases);

    /// Recording i's fingerprint in the catalogue's compressed base64 form.
    std::string derive(std::int64_t index) const;
    /// The same, raw.
    std::vector<std::uint32_t> deriveRaw(std::int64_t index) const;

    static constexpr int kSeconds = 120;

private:
    std::vector<std::vector<std::uint32_t>> m_bases;
};

} // namespace accord::catalogue
