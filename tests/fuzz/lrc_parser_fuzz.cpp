// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// libFuzzer target: any bytes as a .lrc file, decoded (BOMs, UTF-16, GB18030, Windows-1252, Latin-1) and
// parsed as LRC, and as plain lyrics. A bad file must come back as an Error naming the file (and line),
// never a crash, a hang or an exception; what parsed must hold the parser's promises.
#include "lyrics/lrc_parser.hpp"
#include "lyrics/lyrics_text.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace accord::lyrics;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto text = decodeLyricsText(bytes, "fuzz.lrc");
    if (!text)
        return 0;
    auto parsed = parseLrc(text->text, "fuzz.lrc");
    if (parsed) {
        const LrcLimits limits;
        std::int64_t last = 0;
        for (const LyricLine& line : parsed->lines) {
            if (parsed->synced && (line.timeMs < last || line.timeMs >= limits.maxTimeMs))
                std::abort(); // synced lines are sorted and within the limits
            last = line.timeMs;
        }
        if (parsed->lines.size() > limits.maxLines)
            std::abort();
        (void)lineAt(*parsed, 1000, 100);
    } else if (parsed.error().file != "fuzz.lrc") {
        std::abort();
    }
    (void)plainLyrics(text->text);
    return 0;
}
