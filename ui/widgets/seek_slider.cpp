// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "widgets/seek_slider.hpp"
#include "widgets/retranslator.hpp"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QStyle>
#include <QStyleOptionSlider>

#include <limits>

namespace accord::ui {

SeekSlider::SeekSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent)
{
    setRange(0, 0);
    setSingleStep(5000);
    setPageStep(30000);
    setFocusPolicy(Qt::NoFocus);
    (new Retranslator(this))->add([this] { setAccessibleName(tr("Position")); });
    connect(this, &QSlider::sliderReleased, this, [this] { Q_EMIT seekRequested(value()); });
}

void SeekSlider::setDuration(qint64 ms)
{
    setMaximum(static_cast<int>(std::min<qint64>(ms, std::numeric_limits<int>::max())));
    setEnabled(ms > 0);
}

void SeekSlider::setPosition(qint64 ms)
{
    if (!isSliderDown())
        setValue(static_cast<int>(std::min<qint64>(ms, maximum())));
}

void SeekSlider::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && maximum() > 0) {
        QStyleOptionSlider opt;
        initStyleOption(&opt);
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
        if (!handle.contains(event->position().toPoint())) {
            const int x = static_cast<int>(event->position().x());
            const int target = QStyle::sliderValueFromPosition(minimum(), maximum(), x - handle.width() / 2,
                                                               width() - handle.width());
            setValue(target);
            Q_EMIT seekRequested(target);
            event->accept();
            return;
        }
    }
    QSlider::mousePressEvent(event);
}

void SeekSlider::keyPressEvent(QKeyEvent* event)
{
    QSlider::keyPressEvent(event);
    Q_EMIT seekRequested(value());
}

} // namespace accord::ui
