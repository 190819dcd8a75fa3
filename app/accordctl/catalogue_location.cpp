// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue_location.hpp"

namespace accord::cli {

std::filesystem::path cataloguePath(const Context& ctx)
{
    std::error_code ec;
    std::filesystem::create_directories(ctx.dataDir, ec); // a failure shows up when the database opens
    return ctx.dataDir / "catalogue.db";
}

} // namespace accord::cli
