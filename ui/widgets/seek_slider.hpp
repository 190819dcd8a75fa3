// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QSlider>

namespace accord::ui {

/// A horizontal slider in milliseconds that jumps to where it is clicked and only asks for a seek when
/// the user lets go (dragging does not flood the player). Position updates are ignored while dragging.
class SeekSlider : public QSlider {
    Q_OBJECT
public:
    explicit SeekSlider(QWidget* parent = nullptr);
    void setDuration(qint64 ms);
    void setPosition(qint64 ms);

Q_SIGNALS:
    void seekRequested(qint64 ms);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace accord::ui
