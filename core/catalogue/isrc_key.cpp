// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/isrc_key.hpp"

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

} // namespace accord::catalogue
