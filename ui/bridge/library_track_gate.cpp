// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/library_track_gate.hpp"

#include "base/log.hpp"
#include "playback/licence_track_gate.hpp"
#include "presentation/decision_text.hpp"

namespace accord::ui {

playback::ListenerSettings toListenerSettings(const ListenerContext& listener)
{
    const licence::Context ctx = toLicenceContext(listener);
    playback::ListenerSettings s;
    s.territory = ctx.territory;
    s.tier = ctx.tier;
    s.device = ctx.device;
    // A QA clock stands still at the chosen instant; otherwise the gate follows the wall clock.
    if (listener.at.isValid())
        s.fixedAt = ctx.at;
    return s;
}

// The window's gate is core's LicenceTrackGate (the library's identification: ISRC, catalogue id,
// fingerprint, title/artist), opened lazily on the player's decode thread, never on the GUI thread.
struct LibraryTrackGate::State {
    std::shared_ptr<playback::LicenceTrackGate> core;
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
    if (m_state->core)
        m_state->core->setSettings(toListenerSettings(context));
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
    std::shared_ptr<playback::LicenceTrackGate> core;
    {
        const std::lock_guard lock(m_mutex);
        State& s = *m_state;
        if (!s.core) {
            auto opened = playback::LicenceTrackGate::open(m_dataDir, toListenerSettings(m_context));
            if (!opened.ok()) {
                base::logWarning("gate", opened.error().describe());
                playback::GateVerdict blocked;
                blocked.kind = playback::GateVerdict::Kind::Block;
                blocked.reasons.push_back({"catalogue_error", opened.error().describe()});
                return blocked;
            }
            s.core = std::move(*opened);
        }
        if (s.stale) {
            s.core->invalidate();
            s.stale = false;
        }
        s.core->setSettings(toListenerSettings(m_context));
        core = s.core;
    }
    return core->check(file);
}

} // namespace accord::ui
