// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace accord::ui {

/// What is audible now, as Qt values (converted from playback::NowPlaying by PlayerBridge).
struct NowPlayingInfo {
    quint64 queueItemId = 0;
    int queueIndex = -1;
    QString path;
    QString title;
    QString artist;
    QString album;
    QString sourceFormat;   ///< "FLAC · 96 kHz · 24-bit · stereo"
    QString outputFormat;   ///< as sent to the device
    QStringList processing; ///< one "kind: detail" line per step; empty means none
    bool bitPerfect = false;
    double previewSeconds = -1; ///< >= 0 when only a preview plays
    qint64 durationMs = 0;
    bool valid() const noexcept { return queueItemId != 0 || !path.isEmpty(); }
};

enum class PlayState { Stopped, Playing, Paused };
enum class RepeatState { Off, One, All };

} // namespace accord::ui

Q_DECLARE_METATYPE(accord::ui::NowPlayingInfo)
