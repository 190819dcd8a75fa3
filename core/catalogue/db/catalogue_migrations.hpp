// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "storage/connection.hpp"
#include "storage/migrator.hpp"

#include <span>

namespace accord::catalogue {

/// The catalogue database's numbered schema steps (PRAGMA user_version). Append only.
/// Version 4 (the identification keys re-folded) calls SQL functions of the catalogue's own:
/// registerCatalogueFunctions must have been called on the connection first. Catalogue::open does.
std::span<const storage::Migration> catalogueMigrations();

/// Registers accord_title_key(text) (normaliseTitle) and accord_artist_key(joined artists) (normaliseArtist
/// of the first one) on conn. [the connection's thread] Failure: Database.
base::Status registerCatalogueFunctions(storage::Connection& conn);

} // namespace accord::catalogue
