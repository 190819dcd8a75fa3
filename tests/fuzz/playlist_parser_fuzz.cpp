// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// libFuzzer target: any bytes as an M3U (with and without the Latin-1 fallback), M3U8, PLS and XSPF
// playlist, and what parsed written back in each format and parsed again. A bad file must come back as an
// Error naming the file (and line), never a crash, a hang or an exception.
#include "playlist/playlist_format.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace accord::playlist;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (const PlaylistFormat f :
         {PlaylistFormat::M3u, PlaylistFormat::M3u8, PlaylistFormat::Pls, PlaylistFormat::Xspf}) {
        auto parsed = parsePlaylist(bytes, f, "fuzz");
        if (!parsed)
            continue;
        for (const PlaylistFormat to : {PlaylistFormat::M3u8, PlaylistFormat::Pls, PlaylistFormat::Xspf}) {
            auto written = writePlaylist(*parsed, to);
            if (written)
                (void)parsePlaylist(*written, to, "fuzz-written");
        }
    }
    (void)sniffFormat(bytes);
    return 0;
}
