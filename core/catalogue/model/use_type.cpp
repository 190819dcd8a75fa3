// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/use_type.hpp"

#include <algorithm>
#include <cctype>

namespace accord::catalogue {

std::optional<UseType> parseUseType(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    // Every DDEX AVS UseType is mapped deliberately (FORMAT.md has the table). Accord plays a file when the
    // listener asks for it: only uses that grant that are read as stream/download. Radio-style uses
    // (NonInteractiveStream, Webcast, Simulcast, ...) grant no on-demand play: not playback here.
    struct Entry {
        const char* name;
        UseType use;
    };
    static constexpr Entry kTable[] = {
        {"stream", UseType::Stream},         // Accord name, and the generic DDEX Stream
        {"ondemandstream", UseType::Stream}, //
        {"download", UseType::Download},     // Accord name, and the generic DDEX Download
        {"permanentdownload", UseType::Download},
        {"conditionaldownload", UseType::Download},
        {"tethereddownload", UseType::Download},
        {"preview", UseType::Preview}, // Accord name
        {"clip", UseType::Preview},
        {"clipstream", UseType::Preview}, // not in the ERN 4.x AVS, but sent by some feeds for clip deals
    };
    for (const Entry& e : kTable)
        if (lower == e.name)
            return e.use;
    return std::nullopt;
}

std::string useTypesToString(UseTypes set)
{
    std::string out;
    const auto add = [&](UseType u, const char* name) {
        if (has(set, u)) {
            if (!out.empty())
                out += ',';
            out += name;
        }
    };
    add(UseType::Stream, "stream");
    add(UseType::Download, "download");
    add(UseType::Preview, "preview");
    return out;
}

} // namespace accord::catalogue
