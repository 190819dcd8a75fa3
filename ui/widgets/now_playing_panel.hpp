// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "bridge/now_playing_info.hpp"

#include <QWidget>

#include <optional>

class QLabel;

namespace accord::ui {

class CoverView;
class ElidedLabel;

/// The now-playing area: cover art, title, artist and album, the signal path (source -> processing ->
/// device) with a "Bit-perfect" badge shown only when nothing touched the samples, and a "Preview 0:30"
/// or "Capped" badge when the licence limits the track. [GUI thread]
class NowPlayingPanel : public QWidget {
    Q_OBJECT
public:
    explicit NowPlayingPanel(QWidget* parent = nullptr);
    void setNowPlaying(const NowPlayingInfo& info);
    void clear();
    CoverView* cover() const noexcept { return m_cover; }
    /// The badges as shown (for tests): "Bit-perfect", "Preview 0:30", "Capped".
    QStringList badges() const;
    QString signalPathText() const;

private:
    void retranslate(); ///< every text from the current language and m_info

    std::optional<NowPlayingInfo> m_info; ///< the track shown, if any
    CoverView* m_cover;
    QLabel* m_title;
    QLabel* m_subtitle;
    ElidedLabel* m_signalPath; ///< elided to its room; the tooltip has the whole path
    QLabel* m_bitPerfect;
    QLabel* m_preview;
    QLabel* m_capped;
};

/// "FLAC 96 kHz 24-bit → volume −6 dB → 96 kHz s32 (device)" [pure]
QString describeSignalPath(const NowPlayingInfo& info);

} // namespace accord::ui
