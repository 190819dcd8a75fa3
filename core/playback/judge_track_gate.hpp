// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "judgement/judge.hpp"
#include "judgement/listener.hpp"
#include "playback/track_gate.hpp"

#include <memory>
#include <mutex>

namespace accord::playback {

/// The player's TrackGate over the one judgement path: file -> judgement::Judge::judgeFile() for the
/// listener's context -> GateVerdict::fromDecision(). A thin adapter: it holds the listener and a shared
/// Judge (which a GUI shares with its library table, so both open one catalogue gate and agree).
/// check(), checkEntry() and now() [the player's judgement thread, or any thread]; setListener() [any
/// thread]. Failure: a catalogue that cannot be opened or read blocks the file with reason "catalogue_error".
/// A judgement on the wall clock (a listener without fixedAt) first calls Judge::noteWallClock, so the
/// window's player raises the highest time seen (clock_rollback) as accordctl's runs do; a QA clock does not.
class JudgeTrackGate final : public TrackGate {
public:
    JudgeTrackGate(std::shared_ptr<judgement::Judge> judge, judgement::Listener listener);

    void setListener(judgement::Listener listener);
    judgement::Listener listener() const;
    const std::shared_ptr<judgement::Judge>& judge() const noexcept { return m_judge; }

    GateVerdict check(const std::filesystem::path& file) override;
    /// By the entry's library track id when it has one (Judge::judgeTrack), else by its path.
    GateVerdict checkEntry(const QueueItem& item) override;
    std::chrono::sys_seconds now() const override;

private:
    const std::shared_ptr<judgement::Judge> m_judge;
    mutable std::mutex m_mutex; ///< guards m_listener only; the Judge serialises itself
    judgement::Listener m_listener;
};

} // namespace accord::playback
