// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "widgets/cover_view.hpp"

#include "bridge/cover_source.hpp"

#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QSvgRenderer>
#include <QtConcurrent/QtConcurrentRun>

namespace accord::ui {

CoverView::CoverView(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(64, 64);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFixedSize(96, 96);
}

void CoverView::showCoverFor(const QString& audioPath)
{
    const quint64 generation = ++m_generation;
    QPointer<CoverView> self(this);
    const int side = width() * 2; // sharp on HiDPI
    auto future = QtConcurrent::run(
        [dataDir = m_dataDir, audioPath, side] { return findCover(dataDir, audioPath, side); });
    auto* watcher = new QFutureWatcher<FoundCover>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const FoundCover found = watcher->result();
        m_coverFile = found.image.isNull() ? QString() : found.file;
        setImage(found.image);
        Q_EMIT coverChanged(m_coverFile);
    });
    watcher->setFuture(future);
}

void CoverView::setImage(const QImage& image)
{
    m_image = image;
    update();
}

void CoverView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath clip;
    clip.addRoundedRect(r, 8, 8);
    p.setClipPath(clip);
    if (m_image.isNull()) {
        static QSvgRenderer placeholder(QStringLiteral(":/icons/cover-placeholder.svg"));
        placeholder.render(&p, r);
    } else {
        const QSizeF s = QSizeF(m_image.size()).scaled(r.size(), Qt::KeepAspectRatioByExpanding);
        p.drawImage(QRectF(r.center() - QPointF(s.width() / 2, s.height() / 2), s), m_image);
    }
    p.setClipping(false);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawPath(clip);
}

} // namespace accord::ui
