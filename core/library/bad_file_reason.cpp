// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/bad_file_reason.hpp"

#include <array>

namespace accord::library {

namespace {
constexpr std::array kAll{
    BadFileReason::Empty,     BadFileReason::UnsupportedFormat,   BadFileReason::CorruptHeader,
    BadFileReason::Truncated, BadFileReason::UnsupportedBitDepth, BadFileReason::Unreadable};
}

const char* toString(BadFileReason reason) noexcept
{
    switch (reason) {
    case BadFileReason::Empty:
        return "empty";
    case BadFileReason::UnsupportedFormat:
        return "unsupported_format";
    case BadFileReason::CorruptHeader:
        return "corrupt_header";
    case BadFileReason::Truncated:
        return "truncated";
    case BadFileReason::UnsupportedBitDepth:
        return "unsupported_bit_depth";
    case BadFileReason::Unreadable:
        return "unreadable";
    }
    return "unreadable";
}

std::optional<BadFileReason> badFileReasonFromString(std::string_view text) noexcept
{
    for (BadFileReason r : kAll) {
        if (text == toString(r))
            return r;
    }
    return std::nullopt;
}

} // namespace accord::library
