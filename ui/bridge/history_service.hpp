// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "history/history_writer.hpp"
#include "history/listening_report.hpp"
#include "history/play_recorder.hpp"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <filesystem>
#include <functional>
#include <memory>

Q_DECLARE_METATYPE(accord::history::ListeningReport)

namespace accord::ui {

/// The window's listening history (core/history) over <data-dir>/library.db: the recorder that the player
/// bridge forwards the player's events to (PlayerBridge::setObserver(&recorder())), its writer thread,
/// clearing, and reports computed on a pool thread with their own connection: the GUI thread never touches
/// the database. Local only. [GUI thread for every method; recorder() is called by the player's thread]
class HistoryService : public QObject {
    Q_OBJECT
public:
    explicit HistoryService(std::filesystem::path dataDir, QObject* parent = nullptr);
    /// Records the play in progress as skipped and writes what is queued. A report being computed finishes
    /// on its pool thread with its own copies and is dropped.
    ~HistoryService() override;

    playback::PlayerListener& recorder() noexcept { return *m_recorder; }
    /// "Keep a listening history": off stops recording at once (the play in progress is not kept).
    void setEnabled(bool enabled);
    bool enabled() const noexcept { return m_recorder->enabled(); }
    /// Computes the report of [fromMs, toMs) off the GUI thread; reportReady() follows (only the newest
    /// request's report arrives when several overlap).
    void requestReport(qint64 fromMs, qint64 toMs);
    /// Deletes the whole history (after the plays queued before it); cleared(rows) or failed() follows.
    void clear();
    /// Blocks until the plays recorded so far are written: for tests and quitting.
    void flush();

Q_SIGNALS:
    void reportReady(const accord::history::ListeningReport& report);
    void cleared(qint64 rows);
    void failed(const QString& message);

private:
    std::filesystem::path m_dataDir;
    std::unique_ptr<history::HistoryWriter> m_writer;
    std::unique_ptr<history::PlayRecorder> m_recorder;
    quint64 m_generation = 0;
};

} // namespace accord::ui
