// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "bridge/now_playing_info.hpp"

#include <QObject>
#include <QVariantMap>

namespace accord::ui {

class MprisPlayerAdaptor;

/// MPRIS2 on the session bus (org.mpris.MediaPlayer2.accord at /org/mpris/MediaPlayer2), so media keys,
/// desktop shells and `playerctl` control Accord. It shows the state it is given (setState(),
/// setTrack(), setPosition(), ...) and turns remote calls into the request signals below; it never
/// talks to the player itself. Sends PropertiesChanged and Seeked. [GUI thread]
class MprisService : public QObject {
    Q_OBJECT
public:
    explicit MprisService(QObject* parent = nullptr);
    ~MprisService() override;

    /// Registers the object and the bus name (adds ".instance<pid>" if the name is taken).
    /// Returns false (and logs) when there is no session bus.
    bool registerOnBus();
    QString serviceName() const { return m_serviceName; }

    void setState(PlayState state);
    void setTrack(const NowPlayingInfo& info, const QString& artFile);
    void setArtFile(const QString& artFile);
    void setPosition(qint64 ms);  ///< no signal (MPRIS clients poll Position)
    void notifySeeked(qint64 ms); ///< emits Seeked
    void setVolume(double volume);
    void setRepeat(RepeatState repeat);
    void setCanGoNext(bool on);
    void setCanGoPrevious(bool on);

    // Read by the adaptors.
    QString playbackStatus() const;
    QString loopStatus() const;
    QVariantMap metadata() const { return m_metadata; }
    double volume() const noexcept { return m_volume; }
    qint64 positionUs() const noexcept { return m_positionMs * 1000; }
    bool canGoNext() const noexcept { return m_canNext; }
    bool canGoPrevious() const noexcept { return m_canPrevious; }
    bool hasTrack() const { return !m_metadata.isEmpty(); }
    QString trackObjectPath() const;

Q_SIGNALS:
    void raiseRequested();
    void quitRequested();
    void playRequested();
    void pauseRequested();
    void playPauseRequested();
    void stopRequested();
    void nextRequested();
    void previousRequested();
    void seekRequested(qint64 ms); ///< absolute
    void volumeRequested(double volume);
    void repeatRequested(accord::ui::RepeatState repeat);
    void openUriRequested(const QString& uri);

private:
    void propertiesChanged(const QVariantMap& changed);
    QVariantMap buildMetadata() const;

    QString m_serviceName;
    bool m_registered = false;
    PlayState m_state = PlayState::Stopped;
    RepeatState m_repeat = RepeatState::Off;
    NowPlayingInfo m_track;
    QString m_artFile;
    QVariantMap m_metadata;
    qint64 m_positionMs = 0;
    double m_volume = 1.0;
    bool m_canNext = false;
    bool m_canPrevious = false;
    MprisPlayerAdaptor* m_player = nullptr;
};

} // namespace accord::ui
