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
    // Previews first: DDEX names clip uses with "Clip" or "Preview" in them.
    if (lower.find("preview") != std::string::npos || lower.find("clip") != std::string::npos)
        return UseType::Preview;
    if (lower.find("stream") != std::string::npos || lower == "playasperplaylist" || lower == "webcast")
        return UseType::Stream;
    if (lower.find("download") != std::string::npos || lower == "tetheredownload")
        return UseType::Download;
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
