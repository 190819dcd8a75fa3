// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace accord::catalogue {

/// The uses a deal grants, as a bit set (stored as an integer in the catalogue).
enum class UseType : std::uint8_t {
    Stream = 1,   ///< on-demand or non-interactive streaming
    Download = 2, ///< offline download (conditional or permanent)
    Preview = 4,  ///< a short preview clip only
};

using UseTypes = std::uint8_t;

constexpr UseTypes bit(UseType u)
{
    return static_cast<UseTypes>(u);
}
constexpr bool has(UseTypes set, UseType u)
{
    return (set & bit(u)) != 0;
}

/// Maps a DDEX UseType or an Accord name (stream, download, preview), case-insensitively, by an exact table:
/// Stream/OnDemandStream -> stream; Download/PermanentDownload/ConditionalDownload/TetheredDownload ->
/// download; Clip -> preview. nullopt for every other use (NonInteractiveStream, Webcast, UseAsRingtone...):
/// it grants nothing Accord does (the DDEX importer counts them).
std::optional<UseType> parseUseType(std::string_view text);

/// "stream,download" etc.
std::string useTypesToString(UseTypes set);

} // namespace accord::catalogue
