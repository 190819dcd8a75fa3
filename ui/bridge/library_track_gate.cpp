// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/library_track_gate.hpp"

#include "base/log.hpp"
#include "bridge/decision_text.hpp"
#include "library/library_db.hpp"
#include "licence/licence_gate.hpp"

#include <optional>

namespace accord::ui {

struct LibraryTrackGate::State {
    std::optional<library::LibraryDb> db;
    std::optional<licence::LicenceGate> gate;
    bool stale = false;
};

LibraryTrackGate::LibraryTrackGate(std::filesystem::path dataDir)
    : m_dataDir(std::move(dataDir)), m_state(std::make_unique<State>())
{
}

LibraryTrackGate::~LibraryTrackGate() = default;

void LibraryTrackGate::setContext(const ListenerContext& context)
{
    const std::lock_guard lock(m_mutex);
    m_context = context;
}

void LibraryTrackGate::invalidate()
{
    const std::lock_guard lock(m_mutex);
    m_state->stale = true;
}

std::chrono::sys_seconds LibraryTrackGate::now() const
{
    const std::lock_guard lock(m_mutex);
    return toLicenceContext(m_context).at;
}

playback::GateVerdict LibraryTrackGate::check(const std::filesystem::path& file)
{
    const std::lock_guard lock(m_mutex);
    playback::GateVerdict verdict;
    State& s = *m_state;
    if (!s.db) {
        auto db = library::LibraryDb::open(library::LibraryDb::pathIn(m_dataDir));
        if (!db.ok()) {
            base::logWarning("gate", db.error().describe());
            return verdict;
        }
        s.db.emplace(std::move(*db));
    }
    if (!s.gate) {
        auto gate = licence::LicenceGate::open(m_dataDir / "catalogue.db");
        if (!gate.ok()) {
            base::logWarning("gate", gate.error().describe());
            return verdict;
        }
        s.gate.emplace(std::move(*gate));
    }
    if (s.stale) {
        (void)s.gate->invalidate();
        s.stale = false;
    }
    const licence::Context ctx = toLicenceContext(m_context);
    std::optional<licence::Decision> decision;
    auto track = s.db->trackByPath(file.string());
    if (track.ok() && track->has_value() && !(*track)->info.tags.isrc.empty()) {
        auto d = s.gate->decideIsrc((*track)->info.tags.isrc, ctx);
        if (d.ok() && d->has_value())
            decision = **d;
    }
    if (!decision)
        decision = s.gate->decideUnidentified(ctx);
    for (const licence::Reason& r : decision->reasons)
        verdict.reasons.push_back({r.code, r.text});
    verdict.validUntil = decision->validUntil;
    switch (decision->verdict) {
    case licence::Verdict::Blocked: verdict.kind = playback::GateVerdict::Kind::Block; break;
    case licence::Verdict::Preview:
        verdict.kind = playback::GateVerdict::Kind::Preview;
        verdict.previewSeconds = static_cast<double>(decision->previewLength.count());
        break;
    case licence::Verdict::Playable: verdict.kind = playback::GateVerdict::Kind::Play; break;
    }
    if (decision->verdict != licence::Verdict::Blocked && decision->cap == catalogue::ResolutionCap::Standard) {
        verdict.maxSampleRate = 48000;
        verdict.maxBits = 16;
        verdict.capText = "Standard resolution for this tier (16-bit / 48 kHz); SVIP plays hi-res";
    }
    return verdict;
}

} // namespace accord::ui
