// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// libFuzzer target: any bytes as a CUE sheet. A bad sheet must come back as an Error naming the file and
// line, never a crash, a hang or an exception; one that parses has tracks in order, each with its FILE.
#include "library/cue_sheet.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace accord::library;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto sheet = parseCueSheet(bytes, "fuzz.cue");
    if (!sheet) {
        if (sheet.error().file != "fuzz.cue")
            std::abort();
        return 0;
    }
    int last = 0;
    for (const CueTrack& t : sheet->tracks) {
        if (t.number <= last || t.number > 99 || t.file.empty())
            std::abort();
        last = t.number;
        (void)cueFramesToSamples(t.index1, 192000);
    }
    return 0;
}
