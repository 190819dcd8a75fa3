// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/demo_cover.hpp"

#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <cmath>

namespace accord::ui {

bool writeDemoCover(const QString& file)
{
    constexpr int kSide = 600;
    QImage image(kSide, kSide, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, kSide);
    sky.setColorAt(0.0, QColor(0x1d, 0x2b, 0x53));
    sky.setColorAt(0.55, QColor(0x7e, 0x25, 0x53));
    sky.setColorAt(1.0, QColor(0xff, 0x77, 0x4d));
    p.fillRect(image.rect(), sky);
    QRadialGradient sun(QPointF(kSide * 0.5, kSide * 0.58), kSide * 0.22);
    sun.setColorAt(0.0, QColor(0xff, 0xe0, 0x8a));
    sun.setColorAt(1.0, QColor(0xff, 0x9a, 0x5c));
    p.setPen(Qt::NoPen);
    p.setBrush(sun);
    p.drawEllipse(QPointF(kSide * 0.5, kSide * 0.58), kSide * 0.2, kSide * 0.2);
    // Waves over the lower third, each a little darker and closer.
    for (int band = 0; band < 5; ++band) {
        QPainterPath wave;
        const double base = kSide * (0.66 + band * 0.07);
        wave.moveTo(0, base);
        for (int x = 0; x <= kSide; x += 10)
            wave.lineTo(x, base + 9.0 * std::sin(x / 38.0 + band * 1.7));
        wave.lineTo(kSide, kSide);
        wave.lineTo(0, kSide);
        wave.closeSubpath();
        p.setBrush(QColor(0x14, 0x1e, 0x3c, 120 + band * 27));
        p.drawPath(wave);
    }
    QFont font;
    font.setPixelSize(58);
    font.setWeight(QFont::DemiBold);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    p.setFont(font);
    p.setPen(QColor(255, 255, 255, 235));
    p.drawText(QRect(0, kSide / 9, kSide, 80), Qt::AlignCenter, QStringLiteral("ACCORD"));
    font.setPixelSize(26);
    font.setWeight(QFont::Normal);
    p.setFont(font);
    p.setPen(QColor(255, 255, 255, 190));
    p.drawText(QRect(0, kSide / 9 + 72, kSide, 40), Qt::AlignCenter, QStringLiteral("demo sessions"));
    p.end();
    return image.save(file, "PNG");
}

} // namespace accord::ui
