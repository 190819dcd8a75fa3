// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <filesystem>
#include <memory>
#include <thread>

namespace accord::replaygain {
class LibraryGainScan;
}

namespace accord::ui {

/// How a ReplayGain scan ended, in Qt types.
struct ReplayGainScanOutcome {
    int files = 0;
    int measured = 0;
    int saved = 0;       ///< stored in the library
    int tagsWritten = 0; ///< 0 unless the listener asked for tags
    bool cancelled = false;
    double seconds = 0.0;
    QStringList errors; ///< each names its file
};

/// The window's ReplayGain scan (core/replaygain LibraryGainScan) on its own thread ("accord-rg", which
/// starts the scan's workers): the GUI thread never decodes nor touches library.db. progress() and
/// finished() arrive queued on the GUI thread. One scan at a time.
/// [GUI thread for every method]
class ReplayGainService : public QObject {
    Q_OBJECT
public:
    explicit ReplayGainService(std::filesystem::path dataDir, QObject* parent = nullptr);
    /// Cancels a running scan and waits for its workers (each stops within one decoded chunk).
    ~ReplayGainService() override;

    /// Scans `paths` (empty: the whole library), album gain unless `trackOnly`, and writes the files' tags
    /// only when `writeTags`. False when a scan is already running.
    bool start(const QStringList& paths, bool trackOnly, bool writeTags);
    void cancel();
    bool running() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total, const QString& file);
    void finished(const accord::ui::ReplayGainScanOutcome& outcome);

private:
    void join();

    std::filesystem::path m_dataDir;
    std::unique_ptr<replaygain::LibraryGainScan> m_scan;
    std::thread m_thread;
    bool m_running = false;
};

} // namespace accord::ui

Q_DECLARE_METATYPE(accord::ui::ReplayGainScanOutcome)
