// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/player_bridge.hpp"

#include "bridge/qt_convert.hpp"

#include <QMetaObject>

namespace accord::ui {

namespace {

PlayState toPlayState(playback::PlaybackState s)
{
    switch (s) {
    case playback::PlaybackState::Playing:
        return PlayState::Playing;
    case playback::PlaybackState::Paused:
        return PlayState::Paused;
    case playback::PlaybackState::Stopped:
        break;
    }
    return PlayState::Stopped;
}

QString describeFormat(const audio::AudioFormat& f)
{
    if (!f.valid())
        return {};
    const QString rate = QString::number(f.sampleRate / 1000.0, 'g', 4);
    const QString channels = f.channels == 1   ? QObject::tr("mono")
                             : f.channels == 2 ? QObject::tr("stereo")
                                               : QObject::tr("%1 ch").arg(f.channels);
    const QString depth = f.sampleFormat == audio::SampleFormat::F32
                              ? QObject::tr("float")
                              : QObject::tr("%1-bit").arg(f.bitsPerSample);
    return QStringLiteral("%1 kHz \u00b7 %2 \u00b7 %3").arg(rate, depth, channels);
}

QList<quint64> idsOf(const std::vector<playback::QueueItem>& items)
{
    QList<quint64> ids;
    ids.reserve(static_cast<qsizetype>(items.size()));
    for (const auto& item : items)
        ids.push_back(item.id);
    return ids;
}

} // namespace

NowPlayingInfo toNowPlayingInfo(const playback::NowPlaying& now)
{
    NowPlayingInfo info;
    info.queueItemId = now.queueItemId;
    info.queueIndex = static_cast<int>(now.queueIndex);
    info.path = fromPath(now.path);
    info.title = toQString(now.title);
    info.artist = toQString(now.artist);
    info.album = toQString(now.album);
    const QString ext = info.path.section(QLatin1Char('.'), -1).toUpper();
    info.sourceFormat =
        (ext.size() <= 4 ? ext + QLatin1Char(' ') : QString()) + describeFormat(now.sourceFormat);
    info.outputFormat = describeFormat(now.outputFormat);
    for (const auto& step : now.processing)
        info.processing << QStringLiteral("%1: %2").arg(toQString(step.kind), toQString(step.detail));
    info.bitPerfect = now.bitPerfect;
    info.previewSeconds = now.previewSeconds ? *now.previewSeconds : -1.0;
    // Lengths and positions are in source frames: a track resampled to 48 kHz lasts as long as its source.
    if (now.sourceFormat.sampleRate > 0)
        info.durationMs = static_cast<qint64>(now.totalFrames * 1000 / now.sourceFormat.sampleRate);
    return info;
}

PlayerBridge::PlayerBridge(playback::Player& player, QObject* parent) : QObject(parent), m_player(player)
{
    qRegisterMetaType<NowPlayingInfo>();
    m_player.setListener(this);
}

PlayerBridge::~PlayerBridge()
{
    m_player.setListener(nullptr);
}

void PlayerBridge::setObserver(playback::PlayerListener* observer)
{
    m_observer.store(observer);
    m_player.setListener(this); // runs on the control thread between callbacks: a fence for the old observer
}

// --- control thread -> GUI thread. Each callback copies what it needs and posts; nothing blocks.

void PlayerBridge::onStateChanged(playback::PlaybackState state)
{
    if (auto* o = m_observer.load())
        o->onStateChanged(state);
    QMetaObject::invokeMethod(
        this,
        [this, s = toPlayState(state)] {
            m_state = s;
            if (s == PlayState::Stopped)
                m_positionMs = 0;
            Q_EMIT stateChanged(s);
        },
        Qt::QueuedConnection);
}

void PlayerBridge::onTrackChanged(const playback::NowPlaying& now)
{
    if (auto* o = m_observer.load())
        o->onTrackChanged(now);
    QMetaObject::invokeMethod(
        this,
        [this, info = toNowPlayingInfo(now)] {
            m_now = info;
            m_positionMs = 0;
            Q_EMIT trackChanged(info);
        },
        Qt::QueuedConnection);
}

void PlayerBridge::onPosition(std::uint64_t frame, std::uint32_t sampleRate)
{
    if (auto* o = m_observer.load())
        o->onPosition(frame, sampleRate);
    if (sampleRate == 0)
        return;
    const auto ms = static_cast<qint64>(frame * 1000 / sampleRate);
    QMetaObject::invokeMethod(
        this,
        [this, ms] {
            // A jump of more than a second against the ~20 Hz ticks means a seek happened.
            const qint64 delta = ms - m_positionMs;
            m_positionMs = ms;
            if (delta > 1500 || delta < -200)
                Q_EMIT seeked(ms);
            Q_EMIT positionChanged(ms);
        },
        Qt::QueuedConnection);
}

void PlayerBridge::onTrackSkipped(std::size_t queueIndex, const std::filesystem::path& path,
                                  const playback::SkipReason& reason)
{
    if (auto* o = m_observer.load())
        o->onTrackSkipped(queueIndex, path, reason);
    QMetaObject::invokeMethod(
        this,
        [this, i = static_cast<int>(queueIndex), p = fromPath(path), c = toQString(reason.code),
         t = toQString(reason.text)] { Q_EMIT trackSkipped(i, p, c, t); },
        Qt::QueuedConnection);
}

void PlayerBridge::onTrackFinished(std::size_t queueIndex, std::uint64_t framesPlayed)
{
    if (auto* o = m_observer.load())
        o->onTrackFinished(queueIndex, framesPlayed);
}

void PlayerBridge::onQueueFinished()
{
    if (auto* o = m_observer.load())
        o->onQueueFinished();
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT queueFinished(); }, Qt::QueuedConnection);
}

void PlayerBridge::onError(const base::Error& error)
{
    QMetaObject::invokeMethod(
        this, [this, m = toQString(error.describe())] { Q_EMIT errorOccurred(m); }, Qt::QueuedConnection);
}

void PlayerBridge::onVolumeChanged(double volume)
{
    QMetaObject::invokeMethod(
        this,
        [this, volume] {
            m_volume = volume;
            Q_EMIT volumeChanged(volume);
        },
        Qt::QueuedConnection);
}

// --- GUI thread -> player commands (they return at once).

QList<quint64> PlayerBridge::append(const QStringList& paths, const QList<qint64>& trackIds)
{
    std::vector<playback::QueueEntry> entries;
    entries.reserve(static_cast<std::size_t>(paths.size()));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        playback::QueueEntry& e = entries.emplace_back();
        e.path = toPath(paths[i]);
        if (i < trackIds.size() && trackIds[i] > 0)
            e.trackId = trackIds[i];
    }
    return idsOf(m_player.appendEntries(entries));
}

QList<quint64> PlayerBridge::insert(int index, const QStringList& paths, const QList<qint64>& trackIds)
{
    // Player::insert does not return ids: append, then move the new entries into place.
    const QList<quint64> ids = append(paths, trackIds);
    for (qsizetype i = 0; i < ids.size(); ++i)
        m_player.move(ids[i], static_cast<std::size_t>(index + i));
    return ids;
}

void PlayerBridge::remove(quint64 id)
{
    m_player.remove(id);
}
void PlayerBridge::move(quint64 id, int toIndex)
{
    m_player.move(id, static_cast<std::size_t>(std::max(toIndex, 0)));
}
void PlayerBridge::clear()
{
    m_player.clear();
}
void PlayerBridge::playIndex(int index, qint64 startMs)
{
    m_player.playIndex(static_cast<std::size_t>(std::max(index, 0)), static_cast<double>(startMs) / 1000.0);
}
void PlayerBridge::play()
{
    m_state == PlayState::Paused ? m_player.resume() : m_player.play();
}
void PlayerBridge::pause()
{
    m_player.pause();
}
void PlayerBridge::stop()
{
    m_player.stop();
}
void PlayerBridge::next()
{
    m_player.next();
}
void PlayerBridge::previous()
{
    m_player.previous();
}

void PlayerBridge::playPause()
{
    if (m_state == PlayState::Stopped)
        m_player.play();
    else
        m_player.togglePause();
}

void PlayerBridge::seekMs(qint64 ms)
{
    m_player.seekSeconds(static_cast<double>(std::max<qint64>(ms, 0)) / 1000.0);
}

void PlayerBridge::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    m_player.setVolume(m_volume);
}

void PlayerBridge::setRepeat(RepeatState repeat)
{
    m_repeat = repeat;
    m_player.setRepeat(repeat == RepeatState::One   ? playback::RepeatMode::One
                       : repeat == RepeatState::All ? playback::RepeatMode::All
                                                    : playback::RepeatMode::Off);
    Q_EMIT repeatChanged(repeat);
}

void PlayerBridge::setDevice(const QString& name)
{
    m_player.setDevice(toUtf8(name));
}

void PlayerBridge::setReplayGain(const playback::ReplayGainSettings& settings)
{
    m_player.setReplayGain(settings);
}

void PlayerBridge::setFixedRate(int hz)
{
    m_player.setFixedRate(hz > 0 ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(hz))
                                 : std::nullopt);
}

} // namespace accord::ui
