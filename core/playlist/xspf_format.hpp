// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/import/import_report.hpp"
#include "playlist/playlist_entry.hpp"

#include <string>
#include <string_view>

namespace accord::playlist {

/// XSPF version 0 and 1 (https://xspf.org/spec). Reading goes through the catalogue's hardened expat
/// reader (catalogue::parseXml) with the DDEX importer's limits: any DOCTYPE or entity declaration is
/// refused (no entity expansion), as is nesting deeper than limits.maxDepth, more than limits.maxElements
/// elements or a file larger than limits.maxFileBytes. The root must be <playlist version="0|1"> with a
/// <trackList>. Per <track>: the first <location> (a URI: file:// URLs and relative references are
/// percent-decoded to paths, other URLs kept), the first <identifier> of the form "urn:isrc:CC..." (or
/// "isrc:") as the ISRC, <title>, <creator>, <album>, <duration> (milliseconds), <trackNum>. A malformed
/// duration or trackNum is refused with its line and element. [any thread] Pure.
base::Result<ParsedPlaylist> parseXspf(std::string_view bytes, const std::string& fileName,
                                       const catalogue::ImportLimits& limits = {});

/// Writes XSPF version 1 in UTF-8: absolute paths as file:// URLs, relative paths as relative URI
/// references (percent-encoded), the ISRC as <identifier>urn:isrc:...</identifier>, text escaped as XML
/// requires (& < > " ' as entities; bytes that are not valid UTF-8 and control characters XML 1.0 forbids are
/// dropped). [any thread] Pure.
std::string writeXspf(const ParsedPlaylist& playlist);

} // namespace accord::playlist
