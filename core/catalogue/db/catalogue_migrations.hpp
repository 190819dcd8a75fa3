// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "storage/migrator.hpp"

#include <span>

namespace accord::catalogue {

/// The catalogue database's numbered schema steps (PRAGMA user_version). Append only.
std::span<const storage::Migration> catalogueMigrations();

} // namespace accord::catalogue
