// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "widgets/elided_label.hpp"

#include <QResizeEvent>

namespace accord::ui {

ElidedLabel::ElidedLabel(QWidget* parent) : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setTextFormat(Qt::PlainText);
}

void ElidedLabel::setFullText(const QString& text)
{
    m_full = text;
    refresh();
}

void ElidedLabel::setToolTipHeading(const QString& heading)
{
    m_heading = heading;
    refresh();
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Any width will do: the text is elided to fit; only the height of one line is needed.
    return {0, QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    refresh();
}

void ElidedLabel::refresh()
{
    const int width = contentsRect().width();
    QLabel::setText(width > 0 ? fontMetrics().elidedText(m_full, Qt::ElideRight, width) : m_full);
    if (m_heading.isEmpty())
        setToolTip(m_full);
    else
        setToolTip(m_full.isEmpty() ? m_heading : m_heading + QLatin1Char('\n') + m_full);
}

} // namespace accord::ui
