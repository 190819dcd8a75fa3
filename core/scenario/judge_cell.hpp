// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "identify/identification.hpp"
#include "licence/context.hpp"
#include "licence/decision.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace accord::scenario {

/// A decision together with how its subject was tied to a catalogue recording.
struct Judgement {
    identify::Method method = identify::Method::Unidentified;
    double confidence = 0;
    std::string catalogueId;
    licence::Decision decision;
};

/// THE one place where the scenario engine asks for decisions: a catalogue recording (by catalogue id or
/// ISRC) or a file, in a licence::Context, answered by the one judgement path (judgement::Judge) that
/// `accordctl decide`, `availability`, the player and the window use.
/// Failure: database errors; a recording the catalogue does not have is NotFound.
/// [one thread at a time] Owns its own catalogue and library connections over `dataDir`.
class CellJudge {
public:
    static base::Result<CellJudge> open(const std::filesystem::path& dataDir);
    CellJudge(CellJudge&&) noexcept;
    CellJudge& operator=(CellJudge&&) noexcept;
    ~CellJudge();

    base::Result<Judgement> recording(const std::string& catalogueId, const licence::Context& ctx);
    base::Result<Judgement> isrc(const std::string& isrc, const licence::Context& ctx);
    base::Result<Judgement> file(const std::filesystem::path& file, const licence::Context& ctx);

private:
    struct Impl;
    explicit CellJudge(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace accord::scenario
