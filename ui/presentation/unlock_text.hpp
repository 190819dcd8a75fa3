// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "licence/unlock.hpp"

#include <QString>

namespace accord::ui {

/// One "what would make it playable" alternative as the listener reads it, in their language: the change
/// ("With SVIP", "In 3 territories: HK, JP, TW", "From 2027-01-01", "Buy the release") and what it gives
/// ("plays in hi-res", "plays", "a 30 s preview plays"), written from the Unlock's fields (never from its
/// English text). [any thread that may translate; pure]
QString unlockLine(const licence::Unlock& unlock);

/// The change alone ("With SVIP", "On desktop", ...). [pure]
QString unlockChange(const licence::Unlock& unlock);

/// What the change gives ("plays in hi-res", ...). [pure]
QString unlockOutcome(const licence::Decision& outcome);

} // namespace accord::ui
