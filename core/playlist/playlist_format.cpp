// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playlist/playlist_format.hpp"

#include "playlist/m3u_format.hpp"
#include "playlist/pls_format.hpp"
#include "playlist/xspf_format.hpp"

#include <fstream>
#include <iterator>
#include <system_error>

namespace accord::playlist {

using base::Error;
using base::ErrorCode;

const char* toString(PlaylistFormat format) noexcept
{
    switch (format) {
    case PlaylistFormat::M3u:
        return "m3u";
    case PlaylistFormat::M3u8:
        return "m3u8";
    case PlaylistFormat::Pls:
        return "pls";
    case PlaylistFormat::Xspf:
        return "xspf";
    }
    return "m3u";
}

std::optional<PlaylistFormat> formatFromName(std::string_view name)
{
    if (!name.empty() && name.front() == '.')
        name.remove_prefix(1);
    std::string lower(name);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    for (const PlaylistFormat f :
         {PlaylistFormat::M3u, PlaylistFormat::M3u8, PlaylistFormat::Pls, PlaylistFormat::Xspf})
        if (lower == toString(f))
            return f;
    return std::nullopt;
}

std::optional<PlaylistFormat> formatOfPath(const std::filesystem::path& path)
{
    return formatFromName(path.extension().string());
}

PlaylistFormat sniffFormat(std::string_view bytes)
{
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);
    const std::size_t start = bytes.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos)
        return PlaylistFormat::M3u;
    const std::string_view head = bytes.substr(start, 10);
    if (head.substr(0, 5) == "<?xml" || head.substr(0, 9) == "<playlist")
        return PlaylistFormat::Xspf;
    std::string lower(head);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return lower == "[playlist]" ? PlaylistFormat::Pls : PlaylistFormat::M3u;
}

base::Result<ParsedPlaylist> parsePlaylist(std::string_view bytes, PlaylistFormat format,
                                           const std::string& fileName, const PlaylistLimits& limits)
{
    switch (format) {
    case PlaylistFormat::M3u:
        return parseM3u(bytes, fileName, true, limits);
    case PlaylistFormat::M3u8:
        return parseM3u(bytes, fileName, false, limits);
    case PlaylistFormat::Pls:
        return parsePls(bytes, fileName, limits);
    case PlaylistFormat::Xspf: {
        catalogue::ImportLimits xml;
        xml.maxFileBytes = limits.maxFileBytes;
        return parseXspf(bytes, fileName, xml);
    }
    }
    return Error(ErrorCode::Internal, "unknown playlist format");
}

base::Result<std::string> writePlaylist(const ParsedPlaylist& playlist, PlaylistFormat format)
{
    switch (format) {
    case PlaylistFormat::M3u:
    case PlaylistFormat::M3u8:
        return writeM3u(playlist);
    case PlaylistFormat::Pls:
        return writePls(playlist);
    case PlaylistFormat::Xspf:
        return writeXspf(playlist);
    }
    return Error(ErrorCode::Internal, "unknown playlist format");
}

base::Result<PlaylistFile> readPlaylistFile(const std::filesystem::path& path, const PlaylistLimits& limits)
{
    const std::string name = path.string();
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return Error(ec == std::errc::no_such_file_or_directory ? ErrorCode::NotFound : ErrorCode::Io,
                     ec.message())
            .inFile(name);
    if (size > limits.maxFileBytes)
        return Error(ErrorCode::Refused,
                     "file larger than the " + std::to_string(limits.maxFileBytes) + "-byte playlist limit")
            .inFile(name);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error(ErrorCode::Io, "cannot open for reading").inFile(name);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        return Error(ErrorCode::Io, "read failed").inFile(name);
    PlaylistFile out;
    out.format = formatOfPath(path).value_or(sniffFormat(bytes));
    auto parsed = parsePlaylist(bytes, out.format, name, limits);
    if (!parsed)
        return std::move(parsed).error();
    out.playlist = std::move(*parsed);
    return out;
}

} // namespace accord::playlist
