// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstddef>
#include <cstdint>

/// The data behind foldText for code points above U+007F, generated from the Unicode character database
/// by gen_text_fold_table.py (text_fold_table.cpp): how the rule in that script folds each character that
/// it changes. Both tables are sorted by code point. [any thread] Constant data.
namespace accord::catalogue::fold_table {

/// Code points first..last (inclusive) that fold to a separator.
struct Range {
    char32_t first;
    char32_t last;
};

/// A code point that folds to kPool[offset .. offset + length) (a space there is a separator).
struct Mapping {
    char32_t from;
    std::uint16_t offset;
    std::uint8_t length;
};

extern const Range kSeparators[];
extern const std::size_t kSeparatorCount;
extern const Mapping kMappings[];
extern const std::size_t kMappingCount;
extern const char32_t kPool[];

} // namespace accord::catalogue::fold_table
