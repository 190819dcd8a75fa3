// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/isrc_key.hpp"

namespace accord::catalogue {

std::string isrcKeySql(std::string_view operand)
{
    const std::string x(operand);
    const auto letter = [&](int pos) {
        return "(instr('ABCDEFGHIJKLMNOPQRSTUVWXYZ', substr(" + x + ", " + std::to_string(pos) + ", 1)) - 1)";
    };
    const auto alnum = [&](int pos) {
        return "(instr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', substr(" + x + ", " + std::to_string(pos) +
               ", 1)) - 1)";
    };
    // ((country * 36^3 + registrant) * 10^7) + year and designation (seven digits).
    return "(((" + letter(1) + " * 26 + " + letter(2) + ") * 46656 + " + alnum(3) + " * 1296 + " + alnum(4) +
           " * 36 + " + alnum(5) + ") * 10000000 + CAST(substr(" + x + ", 6, 7) AS INTEGER))";
}

std::optional<std::uint64_t> isrcKey(std::string_view isrc)
{
    if (isrc.size() != 12)
        return std::nullopt;
    const auto letter = [](char c) -> int { return c >= 'A' && c <= 'Z' ? c - 'A' : -1; };
    const auto digit = [](char c) -> int { return c >= '0' && c <= '9' ? c - '0' : -1; };
    const auto alnum = [&](char c) -> int {
        return digit(c) >= 0 ? digit(c) : (letter(c) >= 0 ? 10 + letter(c) : -1);
    };
    const int c0 = letter(isrc[0]);
    const int c1 = letter(isrc[1]);
    const int r0 = alnum(isrc[2]);
    const int r1 = alnum(isrc[3]);
    const int r2 = alnum(isrc[4]);
    if (c0 < 0 || c1 < 0 || r0 < 0 || r1 < 0 || r2 < 0)
        return std::nullopt;
    std::uint64_t tail = 0;
    for (std::size_t i = 5; i < 12; ++i) {
        const int d = digit(isrc[i]);
        if (d < 0)
            return std::nullopt;
        tail = tail * 10 + static_cast<std::uint64_t>(d);
    }
    const auto u = [](int v) { return static_cast<std::uint64_t>(v); };
    return ((u(c0) * 26 + u(c1)) * 46656 + u(r0) * 1296 + u(r1) * 36 + u(r2)) * 10000000 + tail;
}

} // namespace accord::catalogue
