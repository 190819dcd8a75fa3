// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "desktop/mpris_player_adaptor.hpp"

#include "desktop/mpris_service.hpp"

namespace accord::ui {

MprisPlayerAdaptor::MprisPlayerAdaptor(QObject* object, MprisService* service)
    : QDBusAbstractAdaptor(object), m_service(service)
{
}

QString MprisPlayerAdaptor::playbackStatus() const
{
    return m_service->playbackStatus();
}
QString MprisPlayerAdaptor::loopStatus() const
{
    return m_service->loopStatus();
}

void MprisPlayerAdaptor::setLoopStatus(const QString& status)
{
    if (status == QLatin1String("Track"))
        Q_EMIT m_service->repeatRequested(RepeatState::One);
    else if (status == QLatin1String("Playlist"))
        Q_EMIT m_service->repeatRequested(RepeatState::All);
    else
        Q_EMIT m_service->repeatRequested(RepeatState::Off);
}

QVariantMap MprisPlayerAdaptor::metadata() const
{
    return m_service->metadata();
}
double MprisPlayerAdaptor::volume() const
{
    return m_service->volume();
}
void MprisPlayerAdaptor::setVolume(double volume)
{
    Q_EMIT m_service->volumeRequested(std::clamp(volume, 0.0, 1.0));
}
qlonglong MprisPlayerAdaptor::position() const
{
    return m_service->positionUs();
}
bool MprisPlayerAdaptor::canGoNext() const
{
    return m_service->canGoNext();
}
bool MprisPlayerAdaptor::canGoPrevious() const
{
    return m_service->canGoPrevious();
}
bool MprisPlayerAdaptor::canSeek() const
{
    return m_service->hasTrack();
}

void MprisPlayerAdaptor::Next()
{
    Q_EMIT m_service->nextRequested();
}
void MprisPlayerAdaptor::Previous()
{
    Q_EMIT m_service->previousRequested();
}
void MprisPlayerAdaptor::Pause()
{
    Q_EMIT m_service->pauseRequested();
}
void MprisPlayerAdaptor::PlayPause()
{
    Q_EMIT m_service->playPauseRequested();
}
void MprisPlayerAdaptor::Stop()
{
    Q_EMIT m_service->stopRequested();
}
void MprisPlayerAdaptor::Play()
{
    Q_EMIT m_service->playRequested();
}

void MprisPlayerAdaptor::Seek(qlonglong offsetUs)
{
    if (!m_service->hasTrack())
        return;
    const qlonglong target = std::max<qlonglong>(0, m_service->positionUs() + offsetUs);
    Q_EMIT m_service->seekRequested(target / 1000);
}

void MprisPlayerAdaptor::SetPosition(const QDBusObjectPath& trackId, qlonglong positionUs)
{
    // The spec: ignore a SetPosition for a track that is no longer current, or a negative position.
    if (trackId.path() != m_service->trackObjectPath() || positionUs < 0)
        return;
    Q_EMIT m_service->seekRequested(positionUs / 1000);
}

void MprisPlayerAdaptor::OpenUri(const QString& uri)
{
    Q_EMIT m_service->openUriRequested(uri);
}

} // namespace accord::ui
