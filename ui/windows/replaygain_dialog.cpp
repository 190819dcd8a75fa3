// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "windows/replaygain_dialog.hpp"

#include "bridge/replaygain_service.hpp"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace accord::ui {

ReplayGainDialog::ReplayGainDialog(ReplayGainService* service, const QStringList& selection, QWidget* parent)
    : QDialog(parent), m_service(service), m_selection(selection),
      m_selected(new QRadioButton(tr("Selected tracks (%n)", nullptr, int(selection.size())), this)),
      m_library(new QRadioButton(tr("Whole library"), this)),
      m_album(new QRadioButton(tr("Album and track gain (albums as the library groups them)"), this)),
      m_track(new QRadioButton(tr("Track gain only"), this)),
      m_writeTags(new QCheckBox(tr("Also write the values into the files' tags (changes your files)"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_start(nullptr), m_cancel(nullptr)
{
    setObjectName(QStringLiteral("replayGainDialog"));
    setWindowTitle(tr("Scan ReplayGain"));
    m_selected->setObjectName(QStringLiteral("rgSelected"));
    m_library->setObjectName(QStringLiteral("rgWholeLibrary"));
    m_track->setObjectName(QStringLiteral("rgTrackOnly"));
    m_writeTags->setObjectName(QStringLiteral("rgWriteTags"));
    m_progress->setObjectName(QStringLiteral("rgProgress"));
    m_status->setObjectName(QStringLiteral("rgStatus"));
    m_selected->setEnabled(!selection.isEmpty());
    (selection.isEmpty() ? m_library : m_selected)->setChecked(true);
    m_album->setChecked(true);
    m_writeTags->setChecked(false); // never by default: the files are the listener's

    auto* intro =
        new QLabel(tr("Measures loudness (EBU R128) and true peak on all cores and stores ReplayGain "
                      "2.0 values (reference -18 LUFS) in the library. Playback uses them for files "
                      "without ReplayGain tags when ReplayGain is on in Settings."),
                   this);
    intro->setWordWrap(true);
    auto* what = new QGroupBox(tr("Scan"), this);
    auto* whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_selected);
    whatLayout->addWidget(m_library);
    auto* how = new QGroupBox(tr("Gain"), this);
    auto* howLayout = new QVBoxLayout(how);
    howLayout->addWidget(m_album);
    howLayout->addWidget(m_track);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Start"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("rgStart"));
    m_cancel = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setObjectName(QStringLiteral("rgCancel"));
    connect(m_start, &QPushButton::clicked, this, &ReplayGainDialog::startScan);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_service->running())
            m_service->cancel(); // the dialog stays until the workers have stopped
        else
            reject();
    });
    connect(m_service, &ReplayGainService::progress, this, &ReplayGainDialog::showProgress);
    connect(m_service, &ReplayGainService::finished, this, &ReplayGainDialog::showOutcome);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(what);
    layout->addWidget(how);
    layout->addWidget(m_writeTags);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void ReplayGainDialog::startScan()
{
    const bool writeTags = m_writeTags->isChecked();
    if (writeTags &&
        QMessageBox::question(this, tr("Write ReplayGain tags?"),
                              tr("Accord will write REPLAYGAIN_* (R128_* for Opus) tags into the scanned "
                                 "files. Other tags and the audio stay as they are. Write the tags?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const QStringList paths = m_selected->isChecked() ? m_selection : QStringList();
    if (!m_service->start(paths, m_track->isChecked(), writeTags))
        return;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_selected, m_library, m_album, m_track, m_writeTags, m_start})
        w->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    m_progress->setRange(0, 0); // busy until the first file is done
    m_status->setText(tr("Scanning\u2026"));
}

void ReplayGainDialog::showProgress(int done, int total, const QString& file)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_status->setText(tr("%1 of %2: %3").arg(done).arg(total).arg(QFileInfo(file).fileName()));
}

void ReplayGainDialog::showOutcome(const ReplayGainScanOutcome& o)
{
    m_progress->setRange(0, qMax(1, o.files));
    m_progress->setValue(o.measured + int(o.errors.size()));
    QString text =
        o.cancelled
            ? tr("Cancelled: %1 of %2 files measured.").arg(o.measured).arg(o.files)
            : tr("%1 of %2 files measured in %3 s.").arg(o.measured).arg(o.files).arg(o.seconds, 0, 'f', 1);
    text +=
        QLatin1Char(' ') + tr("Stored in the library: %1. Tags written: %2.").arg(o.saved).arg(o.tagsWritten);
    for (const QString& e : o.errors.mid(0, 5))
        text += QLatin1Char('\n') + e;
    if (o.errors.size() > 5)
        text += QLatin1Char('\n') + QStringLiteral("\u2026") +
                tr("and %1 more problems").arg(o.errors.size() - 5);
    m_status->setText(text);
    m_cancel->setText(tr("Close"));
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_selected, m_library, m_album, m_track, m_writeTags, m_start})
        w->setEnabled(w != m_selected || !m_selection.isEmpty());
}

} // namespace accord::ui
