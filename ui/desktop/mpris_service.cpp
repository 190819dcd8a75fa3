// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "desktop/mpris_service.hpp"

#include "desktop/mpris_player_adaptor.hpp"
#include "desktop/mpris_root_adaptor.hpp"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QFileInfo>
#include <QUrl>

namespace accord::ui {

namespace {

const QString kObjectPath = QStringLiteral("/org/mpris/MediaPlayer2");
const QString kPlayerInterface = QStringLiteral("org.mpris.MediaPlayer2.Player");

} // namespace

MprisService::MprisService(QObject* parent) : QObject(parent)
{
    new MprisRootAdaptor(this, this);
    m_player = new MprisPlayerAdaptor(this, this);
}

MprisService::~MprisService()
{
    if (m_registered) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterObject(kObjectPath);
        bus.unregisterService(m_serviceName);
    }
}

bool MprisService::registerOnBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qWarning("MPRIS: no D-Bus session bus; media keys and playerctl will not reach Accord");
        return false;
    }
    if (!bus.registerObject(kObjectPath, this))
        return false;
    m_serviceName = QStringLiteral("org.mpris.MediaPlayer2.accord");
    if (!bus.registerService(m_serviceName)) {
        m_serviceName += QStringLiteral(".instance%1").arg(QCoreApplication::applicationPid());
        if (!bus.registerService(m_serviceName)) {
            bus.unregisterObject(kObjectPath);
            return false;
        }
    }
    m_registered = true;
    return true;
}

QString MprisService::playbackStatus() const
{
    switch (m_state) {
    case PlayState::Playing:
        return QStringLiteral("Playing");
    case PlayState::Paused:
        return QStringLiteral("Paused");
    case PlayState::Stopped:
        break;
    }
    return QStringLiteral("Stopped");
}

QString MprisService::loopStatus() const
{
    switch (m_repeat) {
    case RepeatState::One:
        return QStringLiteral("Track");
    case RepeatState::All:
        return QStringLiteral("Playlist");
    case RepeatState::Off:
        break;
    }
    return QStringLiteral("None");
}

QString MprisService::trackObjectPath() const
{
    if (!m_track.valid())
        return QStringLiteral("/org/mpris/MediaPlayer2/TrackList/NoTrack");
    return QStringLiteral("/org/accord/track/%1").arg(m_track.queueItemId);
}

QVariantMap MprisService::buildMetadata() const
{
    QVariantMap m;
    if (!m_track.valid())
        return m;
    m.insert(QStringLiteral("mpris:trackid"), QVariant::fromValue(QDBusObjectPath(trackObjectPath())));
    if (m_track.durationMs > 0)
        m.insert(QStringLiteral("mpris:length"), static_cast<qlonglong>(m_track.durationMs * 1000));
    m.insert(QStringLiteral("xesam:title"),
             m_track.title.isEmpty() ? QFileInfo(m_track.path).completeBaseName() : m_track.title);
    if (!m_track.artist.isEmpty())
        m.insert(QStringLiteral("xesam:artist"), QStringList{m_track.artist});
    if (!m_track.album.isEmpty())
        m.insert(QStringLiteral("xesam:album"), m_track.album);
    m.insert(QStringLiteral("xesam:url"), QUrl::fromLocalFile(m_track.path).toString());
    const QString art =
        m_artFile.isEmpty() ? QStringLiteral("/usr/share/icons/hicolor/scalable/apps/accord.svg") : m_artFile;
    m.insert(QStringLiteral("mpris:artUrl"), QUrl::fromLocalFile(art).toString());
    return m;
}

void MprisService::setState(PlayState state)
{
    if (state == m_state)
        return;
    m_state = state;
    propertiesChanged({{QStringLiteral("PlaybackStatus"), playbackStatus()}});
}

void MprisService::setTrack(const NowPlayingInfo& info, const QString& artFile)
{
    m_track = info;
    m_artFile = artFile;
    m_positionMs = 0;
    m_metadata = buildMetadata();
    propertiesChanged({{QStringLiteral("Metadata"), m_metadata}, {QStringLiteral("CanSeek"), hasTrack()}});
}

void MprisService::setArtFile(const QString& artFile)
{
    if (artFile == m_artFile)
        return;
    m_artFile = artFile;
    m_metadata = buildMetadata();
    propertiesChanged({{QStringLiteral("Metadata"), m_metadata}});
}

void MprisService::setPosition(qint64 ms)
{
    m_positionMs = ms;
}

void MprisService::notifySeeked(qint64 ms)
{
    m_positionMs = ms;
    Q_EMIT m_player->Seeked(ms * 1000);
}

void MprisService::setVolume(double volume)
{
    if (qFuzzyCompare(volume, m_volume))
        return;
    m_volume = volume;
    propertiesChanged({{QStringLiteral("Volume"), volume}});
}

void MprisService::setRepeat(RepeatState repeat)
{
    if (repeat == m_repeat)
        return;
    m_repeat = repeat;
    propertiesChanged({{QStringLiteral("LoopStatus"), loopStatus()}});
}

void MprisService::setCanGoNext(bool on)
{
    if (on == m_canNext)
        return;
    m_canNext = on;
    propertiesChanged({{QStringLiteral("CanGoNext"), on}});
}

void MprisService::setCanGoPrevious(bool on)
{
    if (on == m_canPrevious)
        return;
    m_canPrevious = on;
    propertiesChanged({{QStringLiteral("CanGoPrevious"), on}});
}

void MprisService::propertiesChanged(const QVariantMap& changed)
{
    if (!m_registered)
        return;
    QDBusMessage signal = QDBusMessage::createSignal(
        kObjectPath, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("PropertiesChanged"));
    signal << kPlayerInterface << changed << QStringList();
    QDBusConnection::sessionBus().send(signal);
}

} // namespace accord::ui
