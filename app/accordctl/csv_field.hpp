// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <string>
#include <string_view>

namespace accord::cli {

/// One CSV field (RFC 4180): quoted, with doubled quotes, when it holds a comma, quote or line break.
/// [any thread] Pure.
std::string csvField(const std::string& text);
/// The same field appended to `out`, without a temporary: for listings of millions of rows.
/// [any thread]
void appendCsvField(std::string& out, std::string_view text);

} // namespace accord::cli
