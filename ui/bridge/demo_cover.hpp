// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QString>

namespace accord::ui {

/// Paints the demo album's cover (a 600 x 600 PNG: dusk gradient, sun and waves, "Accord Demo") to
/// `file`, the folder art the now-playing area shows for the demo tracks. False when it cannot be
/// written. [any thread: QImage + QPainter only; touches the disk]
bool writeDemoCover(const QString& file);

} // namespace accord::ui
