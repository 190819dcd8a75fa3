// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace accord::lyrics {

/// A lyrics file's bytes as UTF-8 text, and the encoding they were in.
struct DecodedText {
    std::string text;
    std::string
        encoding; ///< "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030", "windows-1252", "latin-1"
};

/// Decodes a .lrc file's bytes. [any thread] Pure (iconv, no I/O).
///
/// A byte-order mark decides: UTF-8 (dropped), UTF-16 LE or BE (converted; an odd length or a lone
/// surrogate fails with the line). Without one: UTF-8 when the bytes are valid UTF-8; otherwise GB18030
/// when they are entirely valid GB18030 and hold CJK text (Chinese LRC files from Windows tools are GBK,
/// which GB18030 contains); otherwise Windows-1252 when valid; otherwise Latin-1, which every byte is.
/// Refused: more than `maxBytes`, a NUL byte in the text. Errors name `fileName` (and the line).
base::Result<DecodedText> decodeLyricsText(std::string_view bytes, const std::string& fileName,
                                           std::size_t maxBytes = 1u << 20);

} // namespace accord::lyrics
