// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "widgets/now_playing_panel.hpp"

#include "models/track_table_model.hpp"
#include "widgets/cover_view.hpp"
#include "widgets/elided_label.hpp"
#include "widgets/retranslator.hpp"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace accord::ui {

namespace {

QLabel* makeBadge(const QString& text, const char* colour, QWidget* parent)
{
    auto* badge = new QLabel(text, parent);
    badge->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px;"
                                        " padding: 1px 6px; font-weight: 600; }")
                             .arg(QLatin1String(colour)));
    badge->setVisible(false);
    return badge;
}

} // namespace

QString describeSignalPath(const NowPlayingInfo& info)
{
    if (!info.valid())
        return {};
    QStringList parts;
    parts << (info.sourceFormat.isEmpty() ? NowPlayingPanel::tr("source") : info.sourceFormat);
    if (info.processing.isEmpty())
        parts << NowPlayingPanel::tr("no processing");
    else
        parts << info.processing;
    parts << NowPlayingPanel::tr("%1 (device)")
                 .arg(info.outputFormat.isEmpty() ? NowPlayingPanel::tr("output") : info.outputFormat);
    return parts.join(QStringLiteral("  \u2192  "));
}

NowPlayingPanel::NowPlayingPanel(QWidget* parent)
    : QWidget(parent), m_cover(new CoverView(this)), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_signalPath(new ElidedLabel(this)), m_bitPerfect(makeBadge(QString(), "#2e9d55", this)),
      m_preview(makeBadge(QString(), "#3b82c4", this)), m_capped(makeBadge(QString(), "#d98b1c", this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_signalPath->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_signalPath->setFont(small);
    m_signalPath->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* l : {m_title, m_subtitle})
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* badges = new QHBoxLayout;
    badges->setSpacing(6);
    badges->addWidget(m_signalPath, 1);
    badges->addWidget(m_preview);
    badges->addWidget(m_capped);
    badges->addWidget(m_bitPerfect);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addStretch();
    text->addWidget(m_title);
    text->addWidget(m_subtitle);
    text->addSpacing(4);
    text->addLayout(badges);
    text->addStretch();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(m_cover);
    layout->addLayout(text, 1);
    clear();
    (new Retranslator(this))->add([this] { retranslate(); });
}

void NowPlayingPanel::retranslate()
{
    m_bitPerfect->setText(tr("Bit-perfect"));
    m_capped->setText(tr("Capped"));
    m_signalPath->setToolTipHeading(tr("Signal path: source format, processing, output device format"));
    if (!m_info) {
        m_preview->setText(tr("Preview 0:30"));
        m_title->setText(tr("Nothing playing"));
        m_subtitle->setText(tr("Double-click a track or drop files here"));
        return;
    }
    m_signalPath->setFullText(describeSignalPath(*m_info));
    if (m_info->previewSeconds >= 0)
        m_preview->setText(
            tr("Preview %1").arg(formatDuration(static_cast<qint64>(m_info->previewSeconds * 1000))));
}

void NowPlayingPanel::setNowPlaying(const NowPlayingInfo& info)
{
    m_info = info;
    const QString title = info.title.isEmpty() ? QFileInfo(info.path).completeBaseName() : info.title;
    m_title->setText(title);
    QStringList sub;
    if (!info.artist.isEmpty())
        sub << info.artist;
    if (!info.album.isEmpty())
        sub << info.album;
    m_subtitle->setText(sub.join(QStringLiteral(" \u2014 ")));
    m_bitPerfect->setVisible(info.bitPerfect && info.processing.isEmpty());
    m_preview->setVisible(info.previewSeconds >= 0);
    retranslate();
    bool capped = false;
    for (const QString& step : info.processing)
        capped = capped || step.startsWith(QStringLiteral("licence-cap"));
    m_capped->setVisible(capped);
    m_cover->showCoverFor(info.path);
}

void NowPlayingPanel::clear()
{
    m_info.reset();
    m_signalPath->setFullText({});
    retranslate();
    for (QLabel* b : {m_bitPerfect, m_preview, m_capped})
        b->setVisible(false);
    m_cover->showCoverFor({});
}

QStringList NowPlayingPanel::badges() const
{
    QStringList out;
    for (QLabel* b : {m_preview, m_capped, m_bitPerfect})
        if (!b->isHidden())
            out << b->text();
    return out;
}

QString NowPlayingPanel::signalPathText() const
{
    return m_signalPath->fullText();
}

} // namespace accord::ui
