// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "application/app_settings.hpp"
#include "licence/context.hpp"
#include "playback/licence_track_gate.hpp"

#include <filesystem>
#include <memory>
#include <mutex>

namespace accord::ui {

/// The window's listener context as the player's gate takes it (a QA clock stands still). [any thread]
playback::ListenerSettings toListenerSettings(const ListenerContext& listener);

/// The player's TrackGate for the desktop player: a file -> its library identification -> the licence
/// gate's decision for the listener context (QA overrides included) -> play, preview or block, with the
/// resolution cap and every reason, through core's playback::LicenceTrackGate.
/// check() and now() [player decode/control thread]; setContext() and invalidate() [any thread].
/// Failure: a catalogue that cannot be opened or read blocks the file with reason "catalogue_error".
class LibraryTrackGate : public playback::TrackGate {
public:
    explicit LibraryTrackGate(std::filesystem::path dataDir);
    ~LibraryTrackGate() override;

    void setContext(const ListenerContext& context);
    /// Call after the catalogue changed (an import): drops cached decisions.
    void invalidate();

    playback::GateVerdict check(const std::filesystem::path& file) override;
    std::chrono::sys_seconds now() const override;

private:
    struct State;
    std::filesystem::path m_dataDir;
    mutable std::mutex m_mutex;
    ListenerContext m_context;
    std::unique_ptr<State> m_state; ///< opened lazily on the first check()
};

} // namespace accord::ui
