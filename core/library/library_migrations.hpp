// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "storage/migrator.hpp"

#include <span>

namespace accord::library {

/// The library DB's numbered schema steps (tracks, covers, bad files; identifications; playlists).
std::span<const storage::Migration> libraryMigrations();

} // namespace accord::library
