// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace accord::catalogue {

/// An ISRC (CC-XXX-YY-NNNNN: two letters, three letters or digits, seven digits) as one integer, so the
/// stored rights rows can be keyed by rowid: interior B-tree pages then hold small integers (a shallow
/// tree whose upper levels stay cached) instead of whole rows. A bijection on valid ISRCs, below 2^49.
///
/// The key is computed in SQL (the triggers of catalogue migration 2 need it too, and a sqlite3 shell has
/// no application functions), so this returns the SQL expression for a text operand, e.g. "OLD.isrc" or
/// "?1". An operand that is not a valid normalised ISRC gives a meaningless number: callers check
/// kIsrcGlob (or normaliseIsrc) first.
std::string isrcKeySql(std::string_view operand);

/// The same key computed in C++ (the decision index is searched without SQL); nullopt unless isrc is a
/// valid normalised ISRC (kIsrcGlob). Equal to isrcKeySql's value for every valid ISRC.
std::optional<std::uint64_t> isrcKey(std::string_view isrc);

/// A GLOB pattern matching exactly the valid normalised ISRCs.
inline constexpr const char* kIsrcGlob =
    "[A-Z][A-Z][A-Z0-9][A-Z0-9][A-Z0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]";

} // namespace accord::catalogue
