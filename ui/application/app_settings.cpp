// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "application/app_settings.hpp"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

#include <algorithm>

namespace accord::ui {

namespace {

QString defaultTerritory()
{
    const QString name = QLocale::system().name(); // "zh_CN"
    const qsizetype sep = name.indexOf(u'_');
    return sep > 0 && name.size() >= sep + 3 ? name.mid(sep + 1, 2).toUpper() : QStringLiteral("US");
}

} // namespace

QString ListenerContext::describe() const
{
    const QString when = at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                      : QCoreApplication::translate("ListenerContext", "now");
    // The stored values are codes ("free", "desktop"); the bar shows them in the listener's language.
    const QString tierName = tier == QLatin1String("free")
                                 ? QCoreApplication::translate("ListenerContext", "FREE")
                                 : tier.toUpper();
    const QString deviceName =
        device == QLatin1String("desktop") ? QCoreApplication::translate("ListenerContext", "desktop")
        : device == QLatin1String("car")   ? QCoreApplication::translate("ListenerContext", "car")
        : device == QLatin1String("tv")    ? QCoreApplication::translate("ListenerContext", "tv")
                                           : device;
    return QStringLiteral("%1 \u00b7 %2 \u00b7 %3 \u00b7 %4").arg(territory, tierName, deviceName, when);
}

AppSettings::AppSettings(QSettings* settings) : m_settings(settings != nullptr ? settings : &m_default) {}

QStringList AppSettings::libraryFolders() const
{
    return m_settings->value(QStringLiteral("library/folders")).toStringList();
}
void AppSettings::setLibraryFolders(const QStringList& f)
{
    m_settings->setValue(QStringLiteral("library/folders"), f);
}
QString AppSettings::outputDevice() const
{
    return m_settings->value(QStringLiteral("audio/device")).toString();
}
void AppSettings::setOutputDevice(const QString& n)
{
    m_settings->setValue(QStringLiteral("audio/device"), n);
}
int AppSettings::fixedRate() const
{
    return m_settings->value(QStringLiteral("audio/fixedRate"), 0).toInt();
}
void AppSettings::setFixedRate(int hz)
{
    m_settings->setValue(QStringLiteral("audio/fixedRate"), hz);
}

ReplayGainMode AppSettings::replayGain() const
{
    const QString v = m_settings->value(QStringLiteral("audio/replayGain")).toString();
    return v == QLatin1String("track")   ? ReplayGainMode::Track
           : v == QLatin1String("album") ? ReplayGainMode::Album
                                         : ReplayGainMode::Off;
}

void AppSettings::setReplayGain(ReplayGainMode m)
{
    m_settings->setValue(QStringLiteral("audio/replayGain"),
                         m == ReplayGainMode::Track   ? QStringLiteral("track")
                         : m == ReplayGainMode::Album ? QStringLiteral("album")
                                                      : QStringLiteral("off"));
}

bool AppSettings::preventClipping() const
{
    return m_settings->value(QStringLiteral("audio/preventClipping"), true).toBool();
}
void AppSettings::setPreventClipping(bool on)
{
    m_settings->setValue(QStringLiteral("audio/preventClipping"), on);
}
double AppSettings::volume() const
{
    return m_settings->value(QStringLiteral("audio/volume"), 1.0).toDouble();
}
void AppSettings::setVolume(double v)
{
    m_settings->setValue(QStringLiteral("audio/volume"), v);
}

ListenerContext AppSettings::account() const
{
    ListenerContext c;
    c.territory = m_settings->value(QStringLiteral("account/territory"), defaultTerritory()).toString();
    c.tier = m_settings->value(QStringLiteral("account/tier"), QStringLiteral("free")).toString();
    c.device = m_settings->value(QStringLiteral("account/device"), QStringLiteral("desktop")).toString();
    return c;
}

void AppSettings::setAccount(const ListenerContext& c)
{
    m_settings->setValue(QStringLiteral("account/territory"), c.territory);
    m_settings->setValue(QStringLiteral("account/tier"), c.tier);
    m_settings->setValue(QStringLiteral("account/device"), c.device);
}

ListenerContext AppSettings::qa() const
{
    const ListenerContext a = account();
    ListenerContext c;
    c.qa = m_settings->value(QStringLiteral("qa/enabled"), false).toBool();
    c.territory = m_settings->value(QStringLiteral("qa/territory"), a.territory).toString();
    c.tier = m_settings->value(QStringLiteral("qa/tier"), a.tier).toString();
    c.device = m_settings->value(QStringLiteral("qa/device"), a.device).toString();
    c.at = m_settings->value(QStringLiteral("qa/at")).toDateTime();
    return c;
}

void AppSettings::setQa(const ListenerContext& c)
{
    m_settings->setValue(QStringLiteral("qa/enabled"), c.qa);
    m_settings->setValue(QStringLiteral("qa/territory"), c.territory);
    m_settings->setValue(QStringLiteral("qa/tier"), c.tier);
    m_settings->setValue(QStringLiteral("qa/device"), c.device);
    m_settings->setValue(QStringLiteral("qa/at"), c.at);
}

ListenerContext AppSettings::effectiveContext() const
{
    const ListenerContext q = qa();
    return q.qa ? q : account();
}

std::optional<bool> AppSettings::keepRunningInTray() const
{
    const QVariant v = m_settings->value(QStringLiteral("ui/keepRunningInTray"));
    return v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
}
void AppSettings::setKeepRunningInTray(bool keep)
{
    m_settings->setValue(QStringLiteral("ui/keepRunningInTray"), keep);
}

QString AppSettings::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}
void AppSettings::setLanguage(const QString& l)
{
    m_settings->setValue(QStringLiteral("ui/language"), l);
}

void AppSettings::setSessionScope(const QString& dataDirKey)
{
    m_sessionGroup =
        dataDirKey.isEmpty() ? QStringLiteral("session") : QStringLiteral("session-") + dataDirKey;
}

QString AppSettings::sessionKey(const char* name) const
{
    return m_sessionGroup + QLatin1Char('/') + QLatin1String(name);
}

QStringList AppSettings::sessionQueue() const
{
    return m_settings->value(sessionKey("queue")).toStringList();
}
int AppSettings::sessionIndex() const
{
    return m_settings->value(sessionKey("index"), -1).toInt();
}
qint64 AppSettings::sessionPositionMs() const
{
    return m_settings->value(sessionKey("positionMs"), 0).toLongLong();
}

RepeatState AppSettings::sessionRepeat() const
{
    const int r = m_settings->value(sessionKey("repeat"), 0).toInt();
    return r == 1 ? RepeatState::One : r == 2 ? RepeatState::All : RepeatState::Off;
}

void AppSettings::saveSession(const QStringList& queue, int index, qint64 positionMs, RepeatState repeat)
{
    m_settings->setValue(sessionKey("queue"), queue);
    m_settings->setValue(sessionKey("index"), index);
    m_settings->setValue(sessionKey("positionMs"), positionMs);
    m_settings->setValue(sessionKey("repeat"), repeat == RepeatState::One   ? 1
                                               : repeat == RepeatState::All ? 2
                                                                            : 0);
}

int AppSettings::syncIntervalMinutes() const
{
    return std::max(0, m_settings->value(QStringLiteral("sync/intervalMinutes"), 60).toInt());
}
void AppSettings::setSyncIntervalMinutes(int minutes)
{
    m_settings->setValue(QStringLiteral("sync/intervalMinutes"), std::max(0, minutes));
}

namespace {

// One key per audio file, by a hash of its path: paths hold '/' and characters INI keys do not keep.
QString lyricsOffsetKey(const QString& path)
{
    return QStringLiteral("lyrics-offsets/") +
           QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

qint64 AppSettings::lyricsOffsetMs(const QString& path) const
{
    return m_settings->value(lyricsOffsetKey(path), 0).toLongLong();
}

void AppSettings::setLyricsOffsetMs(const QString& path, qint64 ms)
{
    if (ms == 0)
        m_settings->remove(lyricsOffsetKey(path));
    else
        m_settings->setValue(lyricsOffsetKey(path), ms);
}

bool AppSettings::keepHistory() const
{
    return m_settings->value(QStringLiteral("history/keep"), true).toBool();
}
void AppSettings::setKeepHistory(bool keep)
{
    m_settings->setValue(QStringLiteral("history/keep"), keep);
}

QByteArray AppSettings::value(const QString& key) const
{
    return m_settings->value(key).toByteArray();
}
void AppSettings::setValue(const QString& key, const QByteArray& v)
{
    m_settings->setValue(key, v);
}

} // namespace accord::ui
