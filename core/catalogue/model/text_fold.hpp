// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <string>
#include <string_view>

namespace accord::catalogue {

/// THE text fold of Accord: what two spellings of one title have in common. Used by the catalogue's
/// identification keys (text_normaliser: title_key, alias_key, artist_key, and the keys identification
/// looks tags up by) and by the UI's instant filter (ui/stores/search_fold: the folded haystack and the
/// typed words), so a title folds the same way wherever it is compared.
///
/// Per character (UTF-8 in; invalid bytes dropped):
///  - apostrophes (' ‘ ’ ʼ ` ´) are dropped: "Don't" and "Don’t" fold to "dont";
///  - compatibility forms become their plain form (NFKC: full-width ＡＢＣ, ligatures, superscripts, the
///    ideographic space ...), then case is folded (full Unicode case folding: ß -> ss, final ς -> σ);
///  - accents are removed: the combining marks U+0300..U+036F of the canonical decomposition (é, ř, ά, й ->
///    e, r, α, и), also when the input is already decomposed; the marks of other scripts (Devanagari vowel
///    signs, ...) stay; æ ø ð þ đ ħ ł ŧ become a o d t d h l t;
///  - every other character that is not a letter, number or mark (punctuation, symbols, spaces, controls)
///    is a separator; runs of separators become one space, none at either end.
/// CJK ideographs, kana and hangul are kept as they are. The non-ASCII rules are data generated from the
/// Unicode character database (text_fold_table.cpp, gen_text_fold_table.py).
/// [any thread] Pure; ASCII-only input takes a fast path.
std::string foldText(std::string_view utf8);

/// The separator foldCodePoint emits (collapsed by foldText / collapseFolded).
inline constexpr char32_t kFoldSeparator = U' ';

/// The per-character step of foldText, for callers that need to know where each folded character came
/// from (text_normaliser drops bracketed featuring credits): appends the fold of `cp` to `out` (nothing
/// for an apostrophe, kFoldSeparator for a separator, possibly several code points: ß -> ss).
void foldCodePoint(char32_t cp, std::u32string& out);

/// UTF-8 -> code points, invalid or truncated sequences dropped.
std::u32string decodeUtf8(std::string_view utf8);

/// Folded code points -> UTF-8, each run of separators one space, none at either end.
std::string collapseFolded(std::u32string_view folded);

} // namespace accord::catalogue
