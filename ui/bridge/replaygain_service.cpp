// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/replaygain_service.hpp"

#include "bridge/qt_convert.hpp"
#include "library/library_db.hpp"
#include "replaygain/library_gain_scan.hpp"

#include <QMetaObject>
#include <QPointer>

#include <pthread.h>

namespace accord::ui {

ReplayGainService::ReplayGainService(std::filesystem::path dataDir, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir))
{
    qRegisterMetaType<ReplayGainScanOutcome>();
}

ReplayGainService::~ReplayGainService()
{
    cancel();
    join();
}

void ReplayGainService::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

bool ReplayGainService::start(const QStringList& paths, bool trackOnly, bool writeTags)
{
    if (m_running)
        return false;
    join(); // the previous scan's thread has finished (finished() was delivered) but is not yet joined
    replaygain::LibraryGainScanOptions options;
    options.scan.album = !trackOnly;
    options.writeTags = writeTags;
    m_scan = std::make_unique<replaygain::LibraryGainScan>(library::LibraryDb::pathIn(m_dataDir), options);
    std::vector<std::filesystem::path> files;
    for (const QString& p : paths)
        files.push_back(toPath(p));
    m_running = true;
    QPointer<ReplayGainService> self(this);
    replaygain::LibraryGainScan* scan = m_scan.get();
    m_thread = std::thread([self, scan, files = std::move(files)] {
        pthread_setname_np(pthread_self(), "accord-rg");
        auto report = scan->run(files, [self](const replaygain::GainScanProgress& p) {
            // Queued to the GUI thread; the service outlives the thread (its destructor joins).
            QMetaObject::invokeMethod(
                self.data(),
                [self, done = int(p.done), total = int(p.total), file = fromPath(p.file)] {
                    if (self)
                        Q_EMIT self->progress(done, total, file);
                },
                Qt::QueuedConnection);
        });
        ReplayGainScanOutcome out;
        if (!report.ok()) {
            out.errors << toQString(report.error().describe());
        } else {
            out.files = int(report->summary.files);
            out.measured = int(report->summary.measured);
            out.saved = int(report->savedToLibrary);
            out.tagsWritten = int(report->tagsWritten);
            out.cancelled = report->summary.cancelled;
            out.seconds = report->summary.elapsedSeconds;
            for (const base::Error& e : report->errors)
                out.errors << toQString(e.describe());
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, out] {
                if (!self)
                    return;
                self->m_running = false;
                Q_EMIT self->finished(out);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ReplayGainService::cancel()
{
    if (m_running && m_scan)
        m_scan->cancel();
}

} // namespace accord::ui
