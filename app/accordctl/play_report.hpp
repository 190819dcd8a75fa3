// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "playback/player.hpp"
#include "playback/player_listener.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

namespace accord::cli {

/// Listens to the player for `accordctl play`: a progress line on stderr while playing and a summary
/// at the end (tracks played, skipped with reason, underruns), as text or JSON on stdout.
/// Listener methods run on the player's control thread; the rest on the main thread.
class PlayReport final : public playback::PlayerListener {
public:
    PlayReport(std::size_t queueLength, bool progress, bool terminal)
        : m_queueLength(queueLength), m_progress(progress), m_terminal(terminal)
    {
    }

    void onTrackChanged(const playback::NowPlaying& now) override;
    void onTrackSkipped(std::size_t index, const std::filesystem::path& path,
                        const playback::SkipReason& reason) override;
    void onTrackFinished(std::size_t index, std::uint64_t frames) override;
    void onQueueFinished() override;
    void onError(const base::Error& error) override;

    /// Redraws the progress line. [main thread]
    void tick(const playback::PlayerStatus& status);
    bool finished() const;
    /// Waits until the queue finished or failed, or `timeout` passed; returns finished(). [main thread]
    bool waitFinished(std::chrono::milliseconds timeout) const;
    /// A byte is written to `fd` (non-blocking) when the queue finishes or fails, so that a thread waiting
    /// in poll() on the other end wakes; -1 stops it (set before the fd is closed). [main thread]
    void setWakeFd(int fd) { m_wakeFd.store(fd); }
    void finish(const playback::PlayerStatus& status, bool json);
    int exitCode() const;

private:
    void wake() const;
    struct Skipped {
        std::size_t index;
        std::string path;
        std::string code;
        std::string text;
    };
    struct Played {
        std::size_t index;
        std::string path;
        std::uint64_t frames;
        std::string format;
        std::string output;
        bool bitPerfect;
        std::vector<std::string> processing;
        double seconds; ///< frames / the source rate: source time, whatever the output rate
    };

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_doneCv;
    std::size_t m_queueLength;
    bool m_progress;
    bool m_terminal;
    bool m_done = false;
    std::atomic<int> m_wakeFd{-1};
    std::vector<Skipped> m_skipped;
    std::vector<Played> m_played;
    std::vector<std::string> m_errors;
    std::optional<playback::NowPlaying> m_now;
    bool m_lineOpen = false;
};

} // namespace accord::cli
