// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/file_sniffer.hpp"

#include "library/content_hash.hpp"
#include "library/format_checks.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace accord::library {

namespace {

constexpr std::size_t kHashWindow = 8192;

bool startsWith(std::span<const std::uint8_t> b, std::size_t at, std::string_view magic)
{
    return b.size() >= at + magic.size() && std::memcmp(b.data() + at, magic.data(), magic.size()) == 0;
}

Container oggKind(std::span<const std::uint8_t> b, std::size_t at)
{
    // First page: 27-byte header + segment table (1 segment for the id packet in practice).
    if (b.size() < at + 27)
        return Container::OggOther;
    const std::size_t segments = b[at + 26];
    const std::size_t packet = at + 27 + segments;
    if (startsWith(b, packet, "\x01vorbis"))
        return Container::OggVorbis;
    if (startsWith(b, packet, "OpusHead"))
        return Container::OggOpus;
    if (startsWith(b, packet,
                   "\x7f"
                   "FLAC"))
        return Container::OggFlac;
    return Container::OggOther;
}

Container classify(std::span<const std::uint8_t> b, std::size_t at, std::string_view ext)
{
    if (startsWith(b, at, "fLaC"))
        return Container::Flac;
    if (startsWith(b, at, "OggS"))
        return oggKind(b, at);
    if ((startsWith(b, at, "RIFF") || startsWith(b, at, "RF64")) && startsWith(b, at + 8, "WAVE"))
        return Container::Wav; // RF64 (EBU Tech 3306): WAV with 64-bit sizes in a ds64 chunk
    if (startsWith(b, at, "FORM") && (startsWith(b, at + 8, "AIFF") || startsWith(b, at + 8, "AIFC")))
        return Container::Aiff;
    if (startsWith(b, at + 4, "ftyp"))
        return Container::Mp4;
    if (startsWith(b, at, "wvpk"))
        return Container::WavPack;
    if (startsWith(b, at, "MAC "))
        return Container::Ape;
    if (startsWith(b, at, "\x30\x26\xB2\x75\x8E\x66\xCF\x11"))
        return Container::Asf;
    if (b.size() >= at + 2 && b[at] == 0xFF && (b[at + 1] & 0xE0) == 0xE0 && (b[at + 1] & 0x06) != 0)
        return Container::Mpeg;
    // ADTS: the 12-bit sync 0xFFF like MPEG audio, but layer 00 (which MPEG audio reserves).
    if (b.size() >= at + 7 && b[at] == 0xFF && (b[at + 1] & 0xF6) == 0xF0)
        return Container::Adts;
    static constexpr std::array<std::string_view, 8> kOther = {
        "\x89PNG", "\xFF\xD8\xFF", "GIF8", "PK\x03\x04", "%PDF", "MThd", "\x1A\x45\xDF\xA3", "Rar!"};
    for (std::string_view m : kOther) {
        if (startsWith(b, at, m))
            return Container::NotAudio;
    }
    (void)ext;
    return Container::Unknown;
}

} // namespace

bool isAudioExtension(std::string_view e) noexcept
{
    static constexpr std::array<std::string_view, 21> kExt = {
        "flac", "mp3", "ogg",  "oga", "opus", "wav", "wave", "aif", "aiff", "aifc", "m4a",
        "mp4",  "m4b", "alac", "wv",  "ape",  "wma", "mp2",  "spx", "fla",  "aac"};
    return std::find(kExt.begin(), kExt.end(), e) != kExt.end();
}

SniffResult sniffFile(int fd, std::int64_t size, std::string_view ext)
{
    FileBytes in(fd, size);
    return sniffFile(in, ext);
}

SniffResult sniffFile(FileBytes& in, std::string_view ext)
{
    const std::int64_t size = in.size();
    SniffResult out;
    if (size <= 0) {
        out.bad = BadFileReason::Empty;
        out.detail = "the file is empty (0 bytes)";
        return out;
    }
    std::array<std::uint8_t, kHashWindow> head{};
    const std::size_t headLen = readAt(in, head.data(), head.size(), 0);
    if (headLen == 0) {
        out.bad = BadFileReason::Unreadable;
        out.detail = "read failed";
        return out;
    }
    std::span<const std::uint8_t> h(head.data(), headLen);
    std::uint64_t hash = hash64(h, static_cast<std::uint64_t>(size));
    if (size > static_cast<std::int64_t>(kHashWindow)) {
        std::array<std::uint8_t, kHashWindow> tail{};
        const std::size_t n =
            readAt(in, tail.data(), tail.size(), size - static_cast<std::int64_t>(kHashWindow));
        hash ^= hash64(std::span<const std::uint8_t>(tail.data(), n), hash);
    }
    out.contentHash = hash;

    // An ID3v2 tag may precede MPEG (and, rarely, FLAC) data; skip it to find the real header.
    std::int64_t audioStart = 0;
    if (startsWith(h, 0, "ID3") && headLen >= 10) {
        audioStart = 10 + ((h[6] & 0x7F) << 21 | (h[7] & 0x7F) << 14 | (h[8] & 0x7F) << 7 | (h[9] & 0x7F));
        if (h[5] & 0x10)
            audioStart += 10;
    }
    std::array<std::uint8_t, 512> probe{};
    const std::size_t probeLen = readAt(in, probe.data(), probe.size(), audioStart);
    std::span<const std::uint8_t> p(probe.data(), probeLen);
    if (probeLen == 0) {
        out.bad = BadFileReason::Truncated;
        out.detail = "no audio data after the ID3v2 tag";
        return out;
    }
    out.audioStart = audioStart;
    out.container = classify(p, 0, ext);
    if (out.container == Container::Unknown && audioStart > 0)
        out.container = Container::Mpeg; // ID3 + unsynchronised start: let the MPEG parser search
    if (out.container == Container::Unknown && (ext == "mp3" || ext == "mp2"))
        out.container = Container::Mpeg;

    FormatCheck check;
    switch (out.container) {
    case Container::Unknown:
        out.bad = BadFileReason::CorruptHeader;
        out.detail = "no known audio header";
        return out;
    case Container::NotAudio:
        out.bad = BadFileReason::UnsupportedFormat;
        out.detail = "not an audio file (image, archive, document, MIDI or video)";
        return out;
    case Container::OggOther:
        out.bad = BadFileReason::UnsupportedFormat;
        out.detail = "Ogg stream of an unsupported codec";
        return out;
    case Container::Asf:
        out.bad = BadFileReason::UnsupportedFormat;
        out.detail = "Windows Media (ASF) is not supported";
        return out;
    case Container::Flac:
        check = checkFlac(in, size, audioStart);
        break;
    case Container::Mpeg:
        check = checkMpeg(in, size, audioStart);
        break;
    case Container::OggVorbis:
    case Container::OggOpus:
    case Container::OggFlac:
        check = checkOgg(in, size);
        break;
    case Container::Wav:
        check = checkRiff(in, size, false);
        break;
    case Container::Aiff:
        check = checkRiff(in, size, true);
        break;
    default:
        break;
    }
    out.bad = check.bad;
    out.detail = std::move(check.detail);
    return out;
}

} // namespace accord::library
