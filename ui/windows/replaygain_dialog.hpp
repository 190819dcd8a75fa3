// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace accord::ui {

class ReplayGainService;
struct ReplayGainScanOutcome;

/// Tools > Scan ReplayGain...: scans the selected tracks or the whole library (album or track gain) through
/// ReplayGainService, with progress and Cancel. The values go into the library, and into the files' tags
/// only when the listener ticks "Write the values into the files' tags" and confirms: files are the
/// listener's. The ReplayGain setting (Settings > Playback) then plays them.
/// [GUI thread]
class ReplayGainDialog : public QDialog {
    Q_OBJECT
public:
    /// `selection`: the library's selected paths (may be empty: only the whole library is offered).
    ReplayGainDialog(ReplayGainService* service, const QStringList& selection, QWidget* parent = nullptr);

private:
    void startScan();
    void showProgress(int done, int total, const QString& file);
    void showOutcome(const ReplayGainScanOutcome& outcome);

    ReplayGainService* m_service;
    QStringList m_selection;
    QRadioButton* m_selected;
    QRadioButton* m_library;
    QRadioButton* m_album;
    QRadioButton* m_track;
    QCheckBox* m_writeTags;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_start;
    QPushButton* m_cancel;
};

} // namespace accord::ui
