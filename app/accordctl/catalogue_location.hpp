// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "args.hpp"

#include <filesystem>

namespace accord::cli {

/// The catalogue database: <data-dir>/catalogue.db (creating the data directory if needed).
std::filesystem::path cataloguePath(const Context& ctx);

} // namespace accord::cli
