// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "bridge/now_playing_info.hpp"

#include <QDateTime>
#include <QSettings>
#include <QStringList>

#include <optional>

namespace accord::ui {

/// The listener context the licence gate decides for: real (account) or overridden by QA mode.
struct ListenerContext {
    QString territory = QStringLiteral("US");   ///< ISO 3166-1 alpha-2
    QString tier = QStringLiteral("free");      ///< free | vip | svip
    QString device = QStringLiteral("desktop"); ///< desktop | car | tv
    QDateTime at;                               ///< invalid: now
    bool qa = false;
    bool operator==(const ListenerContext&) const = default;
    /// "CN · VIP · desktop · now" (translated)
    QString describe() const;
};

enum class ReplayGainMode { Off, Track, Album };

/// Typed access to the player's settings (QSettings, INI under $XDG_CONFIG_HOME/accord). [GUI thread]
class AppSettings {
public:
    /// Uses `settings` (not owned) when given, else the application's default QSettings.
    explicit AppSettings(QSettings* settings = nullptr);

    QStringList libraryFolders() const;
    void setLibraryFolders(const QStringList& folders);

    QString outputDevice() const;
    void setOutputDevice(const QString& name);
    int fixedRate() const; ///< 0: off
    void setFixedRate(int hz);
    ReplayGainMode replayGain() const;
    void setReplayGain(ReplayGainMode mode);
    bool preventClipping() const;
    void setPreventClipping(bool on);
    double volume() const;
    void setVolume(double volume);

    ListenerContext account() const;
    void setAccount(const ListenerContext& account);
    ListenerContext qa() const; ///< qa.qa tells whether QA mode is on
    void setQa(const ListenerContext& qa);
    /// QA overrides when enabled, else the account.
    ListenerContext effectiveContext() const;

    /// Whether closing the window keeps Accord running in the tray (while its icon is shown); unset until
    /// the listener is asked, the first time the window is closed with the tray icon shown.
    std::optional<bool> keepRunningInTray() const;
    void setKeepRunningInTray(bool keep);

    QString language() const; ///< "" (system), "en" or "zh_CN"
    void setLanguage(const QString& language);

    /// The saved queue belongs to one data folder: `dataDirKey` (application/data_dir_key.hpp) names it,
    /// empty for the default folder. The session* calls below read and write that folder's session.
    void setSessionScope(const QString& dataDirKey);
    QStringList sessionQueue() const;
    int sessionIndex() const;
    qint64 sessionPositionMs() const;
    RepeatState sessionRepeat() const;
    void saveSession(const QStringList& queue, int index, qint64 positionMs, RepeatState repeat);

    /// Minutes between the subscriber's automatic syncs (0: only on demand); 60 until set.
    int syncIntervalMinutes() const;
    void setSyncIntervalMinutes(int minutes);

    /// The listener's lyrics offset for the audio file at `path` (ms, positive: lines sooner); 0 when unset.
    qint64 lyricsOffsetMs(const QString& path) const;
    void setLyricsOffsetMs(const QString& path, qint64 ms); ///< 0 forgets it
    /// "Keep a listening history" (local only): true until the listener turns it off.
    bool keepHistory() const;
    void setKeepHistory(bool keep);

    QByteArray value(const QString& key) const;
    void setValue(const QString& key, const QByteArray& value);
    QSettings& raw() { return *m_settings; }

private:
    QString sessionKey(const char* name) const;

    QSettings m_default;
    QSettings* m_settings;
    QString m_sessionGroup = QStringLiteral("session");
};

} // namespace accord::ui
