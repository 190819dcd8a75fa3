// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <optional>
#include <string_view>

namespace accord::library {

/// Why a file in a music folder could not be taken into the library. The string forms are stable
/// (stored in the library DB and printed by `accordctl scan --json`).
enum class BadFileReason {
    Empty,               ///< zero bytes
    UnsupportedFormat,   ///< recognisably something else (an image, an archive, a format we cannot decode)
    CorruptHeader,       ///< claims to be audio but its header does not parse
    Truncated,           ///< the header parses but the audio data is missing or cut short
    UnsupportedBitDepth, ///< e.g. 28-bit FLAC: the decoders take FLAC of 4 to 24 or 32 bits
    Unreadable,          ///< open/read failed (permissions, I/O error)
};

/// "empty", "unsupported_format", "corrupt_header", "truncated", "unsupported_bit_depth", "unreadable".
const char* toString(BadFileReason reason) noexcept;
std::optional<BadFileReason> badFileReasonFromString(std::string_view text) noexcept;

} // namespace accord::library
