// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/history_service.hpp"

#include "bridge/qt_convert.hpp"
#include "history/history_store.hpp"
#include "library/library_db.hpp"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace accord::ui {

namespace {

struct Computed {
    history::ListeningReport report;
    QString error;
};

Computed compute(const std::filesystem::path& dataDir, qint64 fromMs, qint64 toMs)
{
    Computed out;
    auto db = library::LibraryDb::openForReading(library::LibraryDb::pathIn(dataDir));
    if (!db) {
        out.error = toQString(db.error().describe());
        return out;
    }
    auto plays = history::HistoryStore(db->connection()).between(fromMs, toMs);
    if (!plays) {
        out.error = toQString(plays.error().describe());
        return out;
    }
    out.report = history::buildReport(*plays, fromMs, toMs);
    return out;
}

} // namespace

HistoryService::HistoryService(std::filesystem::path dataDir, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)),
      m_writer(std::make_unique<history::HistoryWriter>(library::LibraryDb::pathIn(m_dataDir))),
      m_recorder(std::make_unique<history::PlayRecorder>(
          [w = m_writer.get()](history::PlayRecord r) { w->submit(std::move(r)); }))
{
    qRegisterMetaType<history::ListeningReport>();
}

HistoryService::~HistoryService()
{
    m_recorder->endCurrent();
    // m_writer's destructor writes what is queued; the recorder goes first (it refers to the writer), and
    // the owner has already taken it off the player bridge.
    m_recorder.reset();
    m_writer.reset();
}

void HistoryService::setEnabled(bool enabled)
{
    m_recorder->setEnabled(enabled);
}

void HistoryService::requestReport(qint64 fromMs, qint64 toMs)
{
    const quint64 generation = ++m_generation;
    auto* watcher = new QFutureWatcher<Computed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer request is on its way
        const Computed c = watcher->result();
        if (!c.error.isEmpty())
            Q_EMIT failed(c.error);
        else
            Q_EMIT reportReady(c.report);
    });
    watcher->setFuture(
        QtConcurrent::run([dir = m_dataDir, fromMs, toMs] { return compute(dir, fromMs, toMs); }));
}

void HistoryService::clear()
{
    QPointer<HistoryService> self(this);
    m_writer->clear([self](base::Result<std::int64_t> rows) {
        // On the writer thread: hand the outcome to the GUI thread (dropped if we are gone).
        const bool ok = rows.ok();
        const qint64 n = ok ? *rows : 0;
        const QString error = ok ? QString() : toQString(rows.error().describe());
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, n, error] {
                if (!self)
                    return;
                if (ok)
                    Q_EMIT self->cleared(n);
                else
                    Q_EMIT self->failed(error);
            },
            Qt::QueuedConnection);
    });
}

void HistoryService::flush()
{
    m_writer->flush();
}

} // namespace accord::ui
