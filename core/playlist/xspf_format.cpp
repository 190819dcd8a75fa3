// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playlist/xspf_format.hpp"

#include "catalogue/import/ddex/xml_tree.hpp"
#include "playlist/playlist_text.hpp"

#include <charconv>

namespace accord::playlist {

using base::Error;
using base::ErrorCode;

namespace {

template <typename T>
base::Status readNumber(const catalogue::XmlNode& node, const std::string& fileName, T& out)
{
    const std::string& text = node.text;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || out < 0)
        return Error(ErrorCode::Format, "'" + text + "' is not a non-negative integer")
            .inFile(fileName)
            .atLine(node.line)
            .forField(node.name);
    return {};
}

std::string isrcOf(std::string_view identifier)
{
    for (const std::string_view prefix : {"urn:isrc:", "isrc:"})
        if (identifier.size() > prefix.size() && identifier.compare(0, prefix.size(), prefix) == 0)
            return std::string(identifier.substr(prefix.size()));
    return {};
}

std::string locationFromUri(std::string_view uri)
{
    if (hasUrlScheme(uri))
        return locationFromText(uri); // file:// decoded, other schemes kept
    return percentDecode(uri);
}

// The text as XML 1.0 allows it: valid UTF-8 only, no control characters but tab, LF and CR, escaped.
std::string xmlText(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            default:
                if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                    out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        std::size_t n = 1;
        while (n < 4 && i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80)
            ++n;
        if (isValidUtf8(s.substr(i, n)))
            out.append(s.substr(i, n));
        i += n;
    }
    return out;
}

void element(std::string& out, const char* name, std::string_view text)
{
    if (text.empty())
        return;
    out += "      <";
    out += name;
    out += '>';
    out += xmlText(text);
    out += "</";
    out += name;
    out += ">\n";
}

} // namespace

base::Result<ParsedPlaylist> parseXspf(std::string_view bytes, const std::string& fileName,
                                       const catalogue::ImportLimits& limits)
{
    auto tree = catalogue::parseXml(bytes, fileName, limits);
    if (!tree)
        return std::move(tree).error();
    const catalogue::XmlNode& root = **tree;
    if (root.name != "playlist")
        return Error(ErrorCode::Format, "root element is <" + root.name + ">, not <playlist>")
            .inFile(fileName)
            .atLine(root.line);
    const std::string version = root.attribute("version");
    if (version != "0" && version != "1")
        return Error(ErrorCode::Unsupported, "XSPF version '" + version + "' (0 and 1 are read)")
            .inFile(fileName)
            .atLine(root.line)
            .forField("version");
    const catalogue::XmlNode* list = root.child("trackList");
    if (!list)
        return Error(ErrorCode::Format, "no <trackList>")
            .inFile(fileName)
            .atLine(root.line)
            .forField("trackList");
    ParsedPlaylist out;
    out.title = root.childText("title");
    for (const catalogue::XmlNode* track : list->all("track")) {
        PlaylistEntry e;
        e.line = track->line;
        if (const auto* loc = track->child("location"))
            e.location = locationFromUri(loc->text);
        for (const catalogue::XmlNode* id : track->all("identifier"))
            if (e.isrc.empty())
                e.isrc = isrcOf(id->text);
        e.title = track->childText("title");
        e.creator = track->childText("creator");
        e.album = track->childText("album");
        if (const auto* d = track->child("duration")) {
            std::int64_t ms = 0;
            ACCORD_TRY(readNumber(*d, fileName, ms));
            e.durationMs = ms;
        }
        if (const auto* n = track->child("trackNum")) {
            int num = 0;
            ACCORD_TRY(readNumber(*n, fileName, num));
            e.trackNum = num;
        }
        out.entries.push_back(std::move(e));
    }
    return out;
}

std::string writeXspf(const ParsedPlaylist& playlist)
{
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<playlist version=\"1\" xmlns=\"http://xspf.org/ns/0/\">\n";
    if (!playlist.title.empty())
        out += "  <title>" + xmlText(playlist.title) + "</title>\n";
    out += "  <trackList>\n";
    for (const PlaylistEntry& e : playlist.entries) {
        out += "    <track>\n";
        if (!e.location.empty()) {
            if (hasUrlScheme(e.location))
                element(out, "location", e.location);
            else if (e.location.front() == '/')
                element(out, "location", "file://" + percentEncodePath(e.location));
            else
                element(out, "location", percentEncodePath(e.location));
        }
        if (!e.isrc.empty())
            element(out, "identifier", "urn:isrc:" + e.isrc);
        element(out, "title", e.title);
        element(out, "creator", e.creator);
        element(out, "album", e.album);
        if (e.durationMs >= 0)
            element(out, "duration", std::to_string(e.durationMs));
        if (e.trackNum > 0)
            element(out, "trackNum", std::to_string(e.trackNum));
        out += "    </track>\n";
    }
    out += "  </trackList>\n</playlist>\n";
    return out;
}

} // namespace accord::playlist
