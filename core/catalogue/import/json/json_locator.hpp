// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <string_view>

namespace accord::catalogue {

/// The 1-based line on which the value at a JSON pointer ("/deals/3/end") starts in text, so an import
/// error can name the line as well as the field. When the pointer names a member that is absent (a
/// missing required field), the line of the nearest enclosing value that exists. 0 if none is found.
/// text must be syntactically valid JSON (the importer parsed it first). [any thread] Pure.
long jsonPointerLine(std::string_view text, std::string_view pointer);

} // namespace accord::catalogue
