// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// libFuzzer target: any bytes as a scenario file (TOML, FORMAT.md) through the parser and its checks.
// A bad file must come back as an Error naming FILE:LINE:COLUMN, never a crash, a hang or an exception.
#include "scenario/scenario_parser.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // Fixture paths are relative to the scenario's folder: one that holds nothing.
    (void)accord::scenario::parseScenarioText(text, "/nonexistent-accord-fuzz/fuzz.toml");
    return 0;
}
