// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

namespace accord::catalogue {

/// What a deal, takedown or purchase is about: one recording, or a release (all of its tracks).
enum class Scope { Recording, Release };

const char* toString(Scope scope) noexcept;

} // namespace accord::catalogue
