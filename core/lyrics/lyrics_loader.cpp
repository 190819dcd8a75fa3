// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "lyrics/lyrics_loader.hpp"

#include "base/paths.hpp"
#include "library/tag_reader.hpp"
#include "lyrics/lrc_parser.hpp"
#include "lyrics/lyrics_text.hpp"

#include <fstream>
#include <iterator>
#include <system_error>

namespace accord::lyrics {

using base::Error;
using base::ErrorCode;

namespace {

bool lrcExtension(const std::filesystem::path& p)
{
    std::string ext = p.extension().string();
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return ext == ".lrc";
}

base::Result<Lyrics> readLrcFile(const std::filesystem::path& path)
{
    const LrcLimits limits;
    const std::string name = base::displayPath(path);
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return Error(ErrorCode::Io, "cannot read: " + ec.message()).inFile(name);
    if (size > limits.maxBytes) // refused before reading a byte of it
        return Error(ErrorCode::Refused,
                     "lyrics file larger than " + std::to_string(limits.maxBytes) + " bytes")
            .inFile(name);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error(ErrorCode::Io, "cannot open").inFile(name);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto text = decodeLyricsText(bytes, name, limits.maxBytes);
    if (!text)
        return text.error();
    auto parsed = parseLrc(text->text, name, limits);
    if (!parsed)
        return parsed.error();
    parsed->source = "lrc_file";
    parsed->path = path.string();
    parsed->encoding = text->encoding;
    return parsed;
}

} // namespace

std::optional<std::filesystem::path> sidecarLrcPath(const std::filesystem::path& audio)
{
    std::error_code ec;
    std::filesystem::path exact = audio;
    exact.replace_extension(".lrc");
    if (std::filesystem::is_regular_file(exact, ec))
        return exact;
    // ".LRC", ".Lrc": list the folder only when the usual spelling is absent.
    const std::filesystem::path dir = audio.has_parent_path() ? audio.parent_path() : ".";
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::filesystem::path& p = it->path();
        if (p.stem() == audio.stem() && lrcExtension(p) && it->is_regular_file(ec))
            return p;
    }
    return std::nullopt;
}

LyricsLookup findLyrics(const std::filesystem::path& audio)
{
    LyricsLookup out;
    std::optional<Lyrics> plainLrc;
    if (const auto lrcPath = sidecarLrcPath(audio)) {
        auto lrc = readLrcFile(*lrcPath);
        if (!lrc) {
            out.problems.push_back(lrc.error());
        } else if (lrc->synced && !lrc->empty()) {
            out.lyrics = std::move(*lrc);
            return out;
        } else if (!lrc->empty()) {
            plainLrc = std::move(*lrc);
        }
    }
    const library::ReadOutcome read = library::readTrackFile(audio.string());
    if (!read.track) {
        out.problems.push_back(Error(ErrorCode::Format, std::string(library::toString(read.badReason)) +
                                                            " (" + read.badDetail + ")")
                                   .inFile(base::displayPath(audio)));
    } else if (const library::TrackTags& tags = read.track->tags; !tags.syncedLyrics.empty()) {
        const std::string name = base::displayPath(audio) + " (" + tags.syncedLyricsTag + ")";
        auto parsed = parseLrc(tags.syncedLyrics, name);
        if (!parsed) {
            out.problems.push_back(parsed.error());
        } else if (parsed->synced && !parsed->empty()) {
            parsed->source = "embedded";
            parsed->tag = tags.syncedLyricsTag;
            parsed->path = audio.string();
            out.lyrics = std::move(*parsed);
            return out;
        }
    }
    if (plainLrc) {
        out.lyrics = std::move(plainLrc);
        return out;
    }
    if (read.track && !read.track->tags.lyrics.empty()) {
        Lyrics plain = plainLyrics(read.track->tags.lyrics);
        if (!plain.empty()) {
            plain.source = "embedded";
            plain.tag = read.track->tags.lyricsTag;
            plain.path = audio.string();
            out.lyrics = std::move(plain);
        }
    }
    return out;
}

} // namespace accord::lyrics
