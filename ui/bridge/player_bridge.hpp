// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "bridge/now_playing_info.hpp"
#include "playback/player.hpp"

#include <QObject>
#include <QStringList>

#include <atomic>

namespace accord::ui {

/// Turns playback::Player's listener callbacks (on the player's control thread) into Qt signals emitted
/// on the GUI thread, and Qt calls into Player commands (which return at once). Keeps the last state,
/// track and position so late subscribers (MPRIS, tray) can read them. [GUI thread, except the
/// PlayerListener overrides which run on the control thread and only post]
class PlayerBridge : public QObject, private playback::PlayerListener {
    Q_OBJECT
public:
    /// `player` must outlive the bridge; the bridge installs itself as its listener and removes itself
    /// in its destructor.
    explicit PlayerBridge(playback::Player& player, QObject* parent = nullptr);
    ~PlayerBridge() override;

    PlayState state() const noexcept { return m_state; }
    const NowPlayingInfo& nowPlaying() const noexcept { return m_now; }
    qint64 positionMs() const noexcept { return m_positionMs; }
    double volume() const noexcept { return m_volume; }
    RepeatState repeat() const noexcept { return m_repeat; }
    playback::Player& player() noexcept { return m_player; }
    /// Another listener that gets every player callback first, on the control thread (the listening
    /// history's recorder): it must not block. Not owned; reset it to nullptr before it goes away. Returns
    /// once the control thread is past any callback that may still use the old observer. [GUI thread]
    void setObserver(playback::PlayerListener* observer);

    /// Queue commands; return the new entries' ids (as the player assigned them). `trackIds[i]` is the
    /// library track of `paths[i]` (0: not in the library), so the player's gate judges a library entry by
    /// its stored identification instead of identifying the file again.
    QList<quint64> append(const QStringList& paths, const QList<qint64>& trackIds = {});
    QList<quint64> insert(int index, const QStringList& paths, const QList<qint64>& trackIds = {});
    void remove(quint64 id);
    void move(quint64 id, int toIndex);
    void clear();
    void playIndex(int index, qint64 startMs = 0);
    void playPause();
    void play();
    void pause();
    void stop();
    void next();
    void previous();
    void seekMs(qint64 ms);
    void setVolume(double volume);
    void setRepeat(RepeatState repeat);
    void setDevice(const QString& name);
    void setFixedRate(int hz);
    void setReplayGain(const playback::ReplayGainSettings& settings);

Q_SIGNALS:
    void stateChanged(accord::ui::PlayState state);
    void trackChanged(const accord::ui::NowPlayingInfo& info);
    void positionChanged(qint64 ms);
    /// A jump in position that playback did not cause (seek): MPRIS' Seeked.
    void seeked(qint64 ms);
    void trackSkipped(int queueIndex, const QString& path, const QString& code, const QString& text);
    void queueFinished();
    void errorOccurred(const QString& message);
    void volumeChanged(double volume);
    void repeatChanged(accord::ui::RepeatState repeat);

private:
    void onStateChanged(playback::PlaybackState state) override;
    void onTrackChanged(const playback::NowPlaying& now) override;
    void onPosition(std::uint64_t frame, std::uint32_t sampleRate) override;
    void onTrackSkipped(std::size_t queueIndex, const std::filesystem::path& path,
                        const playback::SkipReason& reason) override;
    void onTrackFinished(std::size_t queueIndex, std::uint64_t framesPlayed) override;
    void onQueueFinished() override;
    void onError(const base::Error& error) override;
    void onVolumeChanged(double volume) override;

    playback::Player& m_player;
    PlayState m_state = PlayState::Stopped;
    NowPlayingInfo m_now;
    qint64 m_positionMs = 0;
    double m_volume = 1.0;
    RepeatState m_repeat = RepeatState::Off;
    std::atomic<bool> m_positionPosted{false};
    std::atomic<playback::PlayerListener*> m_observer{nullptr};
};

/// playback::NowPlaying as Qt values. [any thread, pure]
NowPlayingInfo toNowPlayingInfo(const playback::NowPlaying& now);

} // namespace accord::ui
