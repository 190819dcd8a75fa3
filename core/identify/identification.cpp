// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "identify/identification.hpp"

#include <array>

namespace accord::identify {

const char* toString(Method method) noexcept
{
    switch (method) {
    case Method::Isrc:
        return "isrc";
    case Method::CatalogueId:
        return "catalogue_id";
    case Method::Fingerprint:
        return "fingerprint";
    case Method::TitleArtist:
        return "title_artist";
    case Method::Unidentified:
        return "unidentified";
    }
    return "unidentified";
}

std::optional<Method> methodFromString(std::string_view text) noexcept
{
    for (Method m : {Method::Isrc, Method::CatalogueId, Method::Fingerprint, Method::TitleArtist,
                     Method::Unidentified}) {
        if (text == toString(m))
            return m;
    }
    return std::nullopt;
}

} // namespace accord::identify
