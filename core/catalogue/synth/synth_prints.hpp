// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace accord::catalogue {

/// Fingerprints for a synthetic catalogue, from real Chromaprint output: a pool of `bases` pieces of
/// generated music (synthMusic, 120 s each, seeds following `seed`, distinct from the seeds the benchmarks
/// query with) is fingerprinted once, in parallel; recording i's fingerprint is kSnippets snippets of
/// kSnippetItems consecutive items (~8 s) copied unchanged from pool positions chosen by i.
/// Why this does not flatter the index (tests/bench/README.md): every stored item is a real Chromaprint
/// item and every indexed term is drawn uniformly from the pool's items, so a term's expected posting list
/// is the catalogue's size times its frequency in real output: a query's expected postings are the same
/// as against a catalogue of that many distinct pieces of this music (an unbiased estimate; a small pool
/// only adds variance, and pool items reused by many recordings make coincidental votes *more* likely).
/// XORing copies with a per-recording word instead (the first version) spread the values uniformly over
/// the term space and shortened the lists of common terms. Snippets keep Chromaprint's statistics over
/// time (runs, slow changes) within 8 s; two recordings share a snippet only by chance, at unrelated
/// positions, so no two are near-duplicates (a shared snippet is 1/15 of a print).
/// [any thread after construction] derive() is pure.
class SynthPrints {
public:
    /// Fingerprints the pool with `threads` threads (0: one per core).
    SynthPrints(std::uint64_t seed, int bases, unsigned threads = 0);

    /// Recording i's fingerprint in the catalogue's compressed base64 form.
    std::string derive(std::int64_t index) const;
    /// The same, raw.
    std::vector<std::uint32_t> deriveRaw(std::int64_t index) const;

    /// Items in the pool (the sample the index's term frequencies are drawn from).
    std::size_t poolItems() const;

    static constexpr int kSeconds = 120;
    static constexpr int kSnippetItems = 64;

private:
    std::vector<std::vector<std::uint32_t>> m_bases;
};

} // namespace accord::catalogue
