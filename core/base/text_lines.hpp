// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace accord::base {

/// Splits text into lines (LF, CRLF or CR), each with its 1-based number, for parsers whose errors name
/// `file:line`. The views point into `text`. A final line without a newline counts; a trailing newline
/// does not add an empty line. [any thread]
std::vector<std::pair<long, std::string_view>> splitLines(std::string_view text);

} // namespace accord::base
