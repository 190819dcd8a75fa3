// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <string>
#include <string_view>

namespace accord::catalogue {

/// Matching keys for titles, aliases and artist names, shared by the catalogue (which stores title_key,
/// alias_key and artist_key columns) and identification (which looks tags up by the same key).
///
/// normaliseText: decodes UTF-8 (invalid bytes dropped), folds full-width ASCII and the ideographic
/// space to their half-width forms (the NFKC compatibility mappings that matter for tags), folds case
/// (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic), strips Latin diacritics (é -> e, ß -> ss),
/// removes apostrophes, turns every other punctuation or symbol (ASCII, Latin-1, General Punctuation,
/// CJK punctuation, half-width forms) into a separator and collapses runs of separators to one space.
/// CJK ideographs, kana and hangul are kept as they are (no traditional/simplified folding).
///
/// normaliseTitle: as normaliseText after dropping a "featuring" credit: a bracketed group that starts
/// with feat./ft./featuring/with (e.g. "(feat. X)", "［feat. X］") is removed wherever it is, and an
/// unbracketed " feat. X" / " ft. X" / " featuring X" cuts the rest of the title.
///
/// [any thread] Pure.
std::string normaliseText(std::string_view utf8);
std::string normaliseTitle(std::string_view utf8);

/// The main artist without featured credits ("A feat. B" -> key of "A").
std::string normaliseArtist(std::string_view utf8);

} // namespace accord::catalogue
