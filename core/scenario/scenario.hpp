// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/pcm_writer.hpp"
#include "base/time_point.hpp"
#include "catalogue/model/tier_policy.hpp"
#include "identify/identification.hpp"
#include "licence/context.hpp"
#include "licence/decision.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace accord::scenario {

/// Where something was written in the scenario file (1-based; 0 when unknown).
struct SourcePos {
    long line = 0;
    long column = 0;
};

/// A catalogue fixture: a DDEX ERN / Accord JSON file, or a table in Accord JSON's shape written inline
/// (kept as JSON text, imported through the same importer).
struct CatalogueFixture {
    std::filesystem::path file; ///< absolute; empty for an inline table
    std::string inlineJson;
    /// Inline recordings whose `fingerprint_of = "fixture"` asks for the Chromaprint fingerprint of a
    /// library fixture's audio: (index into the table's `recordings`, fixture name).
    std::vector<std::pair<std::size_t, std::string>> fingerprintsOf;
    SourcePos pos;
};

/// A library fixture: a real file (copied into the scenario's library) or generated tagged audio.
struct LibraryFixture {
    std::string name;           ///< how expectations and play checks refer to it
    std::filesystem::path file; ///< absolute; empty when generated
    audio::PcmFileSpec spec;
    double seconds = 2.0;
    bool tags = true;                ///< false: no tags at all (an unidentified personal file)
    std::optional<std::string> isrc; ///< the ISRC tag, if any
    std::string title;
    std::string artist;
    std::uint32_t seed = 1; ///< the generated signal (two seeds are two recordings)
    SourcePos pos;
};

/// What a check is about: a catalogue recording (by catalogue id or ISRC) or a library fixture.
struct Subject {
    enum class Kind { Recording, Isrc, File };
    Kind kind = Kind::Recording;
    std::string id; ///< catalogue id, ISRC, or library fixture name
    /// "ACC-0001", "isrc:CNB011500001", "file:hires"
    std::string label() const;
    bool operator==(const Subject&) const = default;
};

/// A slice of the context matrix: an empty list matches every value.
struct Selector {
    std::vector<std::string> territories;
    std::vector<catalogue::Tier> tiers;
    std::vector<catalogue::DeviceClass> devices;
    std::vector<base::Instant> instants;
    bool matches(const licence::Context& ctx) const;
};

/// territories x tiers x devices x instants, minus `exclude`.
struct Matrix {
    std::vector<std::string> territories;
    std::vector<catalogue::Tier> tiers;
    std::vector<catalogue::DeviceClass> devices;
    std::vector<base::Instant> instants;
    std::vector<Selector> exclude;
};

/// What one [[expect]] asserts about every matrix cell of its subject within its slice. Unset = not asserted.
struct Expectation {
    Subject subject;
    Selector slice;
    std::optional<licence::Verdict> verdict;
    std::optional<catalogue::ResolutionCap> cap;
    std::vector<std::string> reasonsContain;
    std::optional<std::vector<std::string>> reasonsExact;
    bool validUntilSet = false;
    std::optional<base::Instant> validUntil;  ///< with validUntilSet: nullopt = "none"
    std::map<std::string, std::string> deals; ///< deal id -> outcome code
    std::optional<identify::Method> identification;
    SourcePos pos;
};

/// One expected stretch of a timeline: from its change point (optional; the first starts at `from`).
struct TimelineStep {
    std::optional<base::Instant> from;
    licence::Verdict verdict = licence::Verdict::Blocked;
    std::vector<std::string> reasons; ///< contained
    SourcePos pos;
};

/// A subject in one context over [from, to): the sequence of decisions expected between change points.
struct Timeline {
    std::string name; ///< optional label
    Subject subject;
    licence::Context context; ///< `at` unused
    base::Instant from{};
    base::Instant to{};
    std::vector<TimelineStep> steps;
    SourcePos pos;
};

/// Plays one library fixture through the real engine in one context.
struct PlayCheck {
    enum class Outcome { Played, Preview, Skipped };
    std::string file; ///< library fixture name
    licence::Context context;
    Outcome outcome = Outcome::Played;
    std::optional<std::string> code; ///< with Skipped: the skip code ("blocked")
    std::optional<std::uint64_t> frames;
    std::optional<std::uint32_t> outputRate;
    std::optional<std::uint16_t> outputBits;
    std::optional<bool> bitPerfect;
    SourcePos pos;
};

const char* toString(PlayCheck::Outcome outcome) noexcept; ///< "played", "preview", "skipped"

/// One scenario file, validated. [any thread] Plain value type.
struct Scenario {
    std::string name;
    std::filesystem::path file;
    std::string description;
    std::vector<CatalogueFixture> catalogues;
    std::vector<LibraryFixture> library;
    Matrix matrix;
    std::vector<Subject> subjects; ///< in the matrix, in order: listed ones, then those expectations name
    std::vector<Expectation> expectations;
    std::vector<Timeline> timelines;
    std::vector<PlayCheck> plays;

    const LibraryFixture* fixture(const std::string& fixtureName) const;
};

} // namespace accord::scenario
