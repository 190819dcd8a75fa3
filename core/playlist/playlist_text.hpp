// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace accord::playlist {

/// Text handling the playlist formats share. [any thread] Pure.

/// The file's text as UTF-8: a UTF-8 byte-order mark is dropped; text that is not valid UTF-8 is read as
/// Latin-1 (ISO 8859-1) when `latin1Fallback` (plain .m3u and .pls, which predate UTF-8), and refused
/// otherwise with the line of the first invalid byte. UTF-16 (its byte-order mark) is refused. A NUL byte
/// is refused (no playlist text holds one).
base::Result<std::string> decodePlaylistText(std::string_view bytes, bool latin1Fallback,
                                             const std::string& fileName);

/// True when `s` is valid UTF-8 (no overlong forms, no surrogates).
bool isValidUtf8(std::string_view s);

/// "%20" -> ' ' and so on; a malformed escape is kept as written.
std::string percentDecode(std::string_view s);
/// Percent-encodes every byte outside RFC 3986's unreserved set and '/' (so a path stays readable).
std::string percentEncodePath(std::string_view path);

/// `s` without its leading and trailing spaces and tabs.
std::string_view trimmed(std::string_view s);
/// `text` with each line break (CR, LF) made a space: a field written on one line of M3U or PLS.
std::string oneLine(std::string text);

/// True for "scheme://..." (a URL rather than a path).
bool hasUrlScheme(std::string_view s);

/// A location as M3U and PLS write it, made a portable path: "file://" URLs decoded ("file:///a%20b",
/// "file://localhost/a"), Windows separators '\' turned into '/'; another URL is returned unchanged.
std::string locationFromText(std::string_view text);

} // namespace accord::playlist
