// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/format_checks.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace accord::library {

namespace {

std::uint32_t be32(const std::uint8_t* p)
{
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
}
std::uint32_t le32(const std::uint8_t* p)
{
    return std::uint32_t(p[3]) << 24 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[1]) << 8 | p[0];
}
std::uint16_t be16(const std::uint8_t* p)
{
    return static_cast<std::uint16_t>(p[0] << 8 | p[1]);
}
std::uint16_t le16(const std::uint8_t* p)
{
    return static_cast<std::uint16_t>(p[1] << 8 | p[0]);
}

FormatCheck fail(BadFileReason r, std::string detail)
{
    return FormatCheck{r, std::move(detail)};
}

bool supportedPcmBits(unsigned bits)
{
    return bits == 8 || bits == 16 || bits == 24 || bits == 32;
}

std::uint8_t crc8(const std::uint8_t* p, std::size_t n)
{
    std::uint8_t crc = 0;
    for (std::size_t i = 0; i < n; ++i) {
        crc = static_cast<std::uint8_t>(crc ^ p[i]);
        for (int b = 0; b < 8; ++b)
            crc = static_cast<std::uint8_t>((crc & 0x80) ? (crc << 1) ^ 0x07 : crc << 1);
    }
    return crc;
}

// Parses a FLAC frame header at p (bounded by n). Returns false unless it is valid (CRC-8 checked).
bool parseFlacFrame(const std::uint8_t* p, std::size_t n, std::uint64_t& number, bool& variable,
                    std::uint32_t& blockSize)
{
    if (n < 6 || p[0] != 0xFF || (p[1] & 0xFE) != 0xF8)
        return false;
    variable = (p[1] & 1) != 0;
    const unsigned bsCode = p[2] >> 4, srCode = p[2] & 0xF, chCode = p[3] >> 4, bpsCode = (p[3] >> 1) & 7;
    if (bsCode == 0 || srCode == 15 || chCode > 10 || bpsCode == 3 || (p[3] & 1))
        return false;
    std::size_t i = 4;
    unsigned extra = 0;
    std::uint64_t v = p[i];
    if (v < 0x80) {
        extra = 0;
    } else if ((v & 0xE0) == 0xC0) {
        extra = 1;
        v &= 0x1F;
    } else if ((v & 0xF0) == 0xE0) {
        extra = 2;
        v &= 0x0F;
    } else if ((v & 0xF8) == 0xF0) {
        extra = 3;
        v &= 0x07;
    } else if ((v & 0xFC) == 0xF8) {
        extra = 4;
        v &= 0x03;
    } else if ((v & 0xFE) == 0xFC) {
        extra = 5;
        v &= 0x01;
    } else if (v == 0xFE) {
        extra = 6;
        v = 0;
    } else {
        return false;
    }
    ++i;
    for (unsigned k = 0; k < extra; ++k, ++i) {
        if (i >= n || (p[i] & 0xC0) != 0x80)
            return false;
        v = (v << 6) | (p[i] & 0x3F);
    }
    number = v;
    if (bsCode == 1)
        blockSize = 192;
    else if (bsCode <= 5)
        blockSize = 576u << (bsCode - 2);
    else if (bsCode >= 8)
        blockSize = 256u << (bsCode - 8);
    if (bsCode == 6 || bsCode == 7) {
        const std::size_t len = bsCode == 6 ? 1 : 2;
        if (i + len > n)
            return false;
        blockSize = (len == 1 ? p[i] : be16(p + i)) + 1u;
        i += len;
    }
    if (srCode == 12)
        i += 1;
    else if (srCode == 13 || srCode == 14)
        i += 2;
    return i < n && crc8(p, i) == p[i];
}

// True when a valid frame header before `at` ends exactly where the frame at `at` begins (`first`).
bool previousFrameConfirms(const std::uint8_t* buf, std::size_t at, std::uint64_t first, bool variable,
                           std::uint32_t maxBlock)
{
    for (std::size_t j = at; j-- > 0;) {
        std::uint64_t number = 0;
        bool var = false;
        std::uint32_t block = 0;
        if (buf[j] != 0xFF || !parseFlacFrame(buf + j, at - j, number, var, block) || var != variable)
            continue;
        const std::uint64_t start = variable ? number : number * maxBlock;
        if (start + block == first)
            return true;
    }
    return false;
}

} // namespace

FormatCheck checkFlac(FileBytes& in, std::int64_t size, std::int64_t start)
{
    std::int64_t pos = start + 4;
    bool last = false, haveInfo = false;
    unsigned bits = 0;
    std::uint64_t totalSamples = 0;
    std::uint32_t maxBlock = 0;
    std::uint32_t maxFrame = 0;
    while (!last) {
        std::array<std::uint8_t, 4> hdr{};
        if (readAt(in, hdr.data(), 4, pos) != 4)
            return fail(BadFileReason::CorruptHeader, "FLAC metadata is cut short");
        last = (hdr[0] & 0x80) != 0;
        const unsigned type = hdr[0] & 0x7F;
        const std::int64_t len = std::int64_t(hdr[1]) << 16 | std::int64_t(hdr[2]) << 8 | hdr[3];
        if (type == 127 || (!haveInfo && type != 0))
            return fail(BadFileReason::CorruptHeader, "FLAC metadata block is invalid");
        if (type == 0) {
            std::array<std::uint8_t, 34> si{};
            if (len < 34 || readAt(in, si.data(), 34, pos + 4) != 34)
                return fail(BadFileReason::CorruptHeader, "FLAC STREAMINFO is cut short");
            haveInfo = true;
            maxBlock = be16(si.data() + 2);
            maxFrame = std::uint32_t(si[7]) << 16 | std::uint32_t(si[8]) << 8 | si[9];
            bits = (((si[12] & 1u) << 4) | (si[13] >> 4)) + 1u;
            totalSamples = (std::uint64_t(si[13] & 0xF) << 32) | be32(si.data() + 14);
        }
        pos += 4 + len;
        if (pos > size)
            return fail(BadFileReason::CorruptHeader, "FLAC metadata runs past the end of the file");
    }
    // libsndfile decodes 8/16/24/32 bits; FFmpeg (core/audio/ffmpeg_decoder) every other depth up to 24.
    if (bits < 4 || (bits > 24 && bits != 32))
        return fail(BadFileReason::UnsupportedBitDepth, std::to_string(bits) + "-bit FLAC is not supported");
    if (pos >= size)
        return fail(BadFileReason::Truncated, "FLAC file has no audio frames");
    std::array<std::uint8_t, 2> sync{};
    if (readAt(in, sync.data(), 2, pos) != 2 || sync[0] != 0xFF || (sync[1] & 0xFE) != 0xF8)
        return fail(BadFileReason::CorruptHeader, "FLAC audio does not start with a frame");
    if (totalSamples == 0 || maxBlock == 0)
        return {};
    // Find the last valid frame header in the tail and check it reaches the declared length. Two of
    // the largest frames are enough; grow the window only when a frame was not found.
    const std::int64_t audioBytes = size - pos;
    std::int64_t want = std::max<std::int64_t>(16 * 1024, 2 * std::int64_t(maxFrame) + 64);
    std::vector<std::uint8_t> tail;
    for (;;) {
        const std::int64_t tailLen = std::min(audioBytes, want);
        tail.resize(static_cast<std::size_t>(tailLen));
        const std::size_t got = readAt(in, tail.data(), tail.size(), size - tailLen);
        for (std::size_t i = got >= 2 ? got - 2 : 0; i-- > 0;) {
            std::uint64_t number = 0;
            bool variable = false;
            std::uint32_t block = 0;
            if (tail[i] != 0xFF || !parseFlacFrame(tail.data() + i, got - i, number, variable, block))
                continue;
            const std::uint64_t first = variable ? number : number * maxBlock;
            const std::uint64_t end = first + block;
            if (end > totalSamples + maxBlock)
                continue; // a false sync in compressed data: no such frame can exist
            if (end + maxBlock >= totalSamples)
                return {};
            // It claims the audio stops early: believe it only if the frame before it is where it should be.
            if (previousFrameConfirms(tail.data(), i, first, variable, maxBlock))
                return fail(BadFileReason::Truncated, "FLAC audio stops at sample " + std::to_string(end) +
                                                          " of " + std::to_string(totalSamples));
        }
        if (tailLen >= audioBytes || want >= 1024 * 1024)
            break;
        want *= 4;
    }
    return fail(BadFileReason::Truncated, "no complete FLAC frame near the end of the file");
}

namespace {

struct MpegFrame {
    bool valid = false;
    bool mpeg1 = false;
    bool mono = false;
    unsigned layer = 0;
    std::uint32_t length = 0;
};

MpegFrame parseMpeg(const std::uint8_t* p)
{
    static constexpr std::uint16_t kRates[3][4] = {
        {44100, 48000, 32000, 0}, {22050, 24000, 16000, 0}, {11025, 12000, 8000, 0}};
    static constexpr std::uint16_t kV1[3][16] = {
        {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 0},
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 0},
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0}};
    static constexpr std::uint16_t kV2[2][16] = {
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256, 0},
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0}};
    MpegFrame f;
    if (p[0] != 0xFF || (p[1] & 0xE0) != 0xE0)
        return f;
    const unsigned ver = (p[1] >> 3) & 3, layerBits = (p[1] >> 1) & 3, brIdx = p[2] >> 4,
                   srIdx = (p[2] >> 2) & 3;
    if (ver == 1 || layerBits == 0 || brIdx == 0 || brIdx == 15 || srIdx == 3)
        return f;
    f.mpeg1 = ver == 3;
    f.layer = 4 - layerBits;
    const unsigned rate = kRates[ver == 3 ? 0 : (ver == 2 ? 1 : 2)][srIdx];
    const unsigned kbps = f.mpeg1 ? kV1[f.layer - 1][brIdx] : kV2[f.layer == 1 ? 0 : 1][brIdx];
    const unsigned pad = (p[2] >> 1) & 1;
    if (f.layer == 1)
        f.length = (12 * kbps * 1000 / rate + pad) * 4;
    else
        f.length = (f.layer == 3 && !f.mpeg1 ? 72 : 144) * kbps * 1000 / rate + pad;
    f.mono = (p[3] >> 6) == 3;
    f.valid = f.length >= 4;
    return f;
}

} // namespace

FormatCheck checkMpeg(FileBytes& in, std::int64_t size, std::int64_t start)
{
    std::vector<std::uint8_t> buf(16 * 1024);
    const std::size_t n = readAt(in, buf.data(), buf.size(), start);
    for (std::size_t i = 0; i + 4 <= n; ++i) {
        const MpegFrame f = parseMpeg(buf.data() + i);
        if (!f.valid)
            continue;
        const std::size_t next = i + f.length;
        if (next + 4 <= n) {
            const MpegFrame g = parseMpeg(buf.data() + next);
            if (!g.valid || g.layer != f.layer || g.mpeg1 != f.mpeg1)
                continue;
        } else if (static_cast<std::int64_t>(next) + start < size) {
            continue; // a frame the buffer cannot confirm: keep searching
        }
        // Xing/Info (after the side info) or VBRI (fixed offset 36) carry the stream's byte count.
        const std::size_t side = f.mpeg1 ? (f.mono ? 17 : 32) : (f.mono ? 9 : 17);
        std::uint32_t bytes = 0;
        const std::uint8_t* x = buf.data() + i + 4 + side;
        if (i + 4 + side + 16 <= n && (std::memcmp(x, "Xing", 4) == 0 || std::memcmp(x, "Info", 4) == 0)) {
            const std::uint32_t flags = be32(x + 4);
            std::size_t off = 8;
            if (flags & 1)
                off += 4;
            if (flags & 2)
                bytes = be32(x + off);
        } else if (i + 36 + 18 <= n && std::memcmp(buf.data() + i + 36, "VBRI", 4) == 0) {
            bytes = be32(buf.data() + i + 36 + 10);
        }
        const std::int64_t have = size - start - static_cast<std::int64_t>(i);
        if (bytes > 0 && have * 10 < static_cast<std::int64_t>(bytes) * 9)
            return fail(BadFileReason::Truncated, "MPEG stream has " + std::to_string(have) + " of " +
                                                      std::to_string(bytes) + " bytes");
        return {};
    }
    return fail(BadFileReason::CorruptHeader, "no MPEG audio frames found");
}

FormatCheck checkOggTail(FileBytes& in, std::int64_t size, std::int64_t window);

FormatCheck checkOgg(FileBytes& in, std::int64_t size)
{
    for (std::int64_t window : {std::int64_t(16 * 1024), std::int64_t(128 * 1024)}) {
        const FormatCheck c = checkOggTail(in, size, window);
        if (c.bad != BadFileReason::CorruptHeader || window >= size)
            return c;
    }
    return fail(BadFileReason::CorruptHeader, "no Ogg page found at the end of the file");
}

FormatCheck checkOggTail(FileBytes& in, std::int64_t size, std::int64_t window)
{
    const std::int64_t tailLen = std::min<std::int64_t>(size, window);
    std::vector<std::uint8_t> tail(static_cast<std::size_t>(tailLen));
    const std::size_t got = readAt(in, tail.data(), tail.size(), size - tailLen);
    for (std::size_t i = got >= 27 ? got - 27 + 1 : 0; i-- > 0;) {
        const std::uint8_t* p = tail.data() + i;
        if (std::memcmp(p, "OggS", 4) != 0 || p[4] != 0)
            continue;
        const std::size_t segs = p[26];
        if (i + 27 + segs > got)
            return fail(BadFileReason::Truncated, "the last Ogg page is cut short");
        std::size_t body = 0;
        for (std::size_t s = 0; s < segs; ++s)
            body += p[27 + s];
        if (i + 27 + segs + body > got)
            return fail(BadFileReason::Truncated, "the last Ogg page is cut short");
        if ((p[5] & 0x04) == 0)
            return fail(BadFileReason::Truncated, "the Ogg stream has no end-of-stream page");
        return {};
    }
    return fail(BadFileReason::CorruptHeader, "no Ogg page found at the end of the file");
}

FormatCheck checkRiff(FileBytes& in, std::int64_t size, bool aiff)
{
    auto u32 = aiff ? be32 : le32;
    auto u16 = aiff ? be16 : le16;
    const char* fmtId = aiff ? "COMM" : "fmt ";
    const char* dataId = aiff ? "SSND" : "data";
    bool haveFmt = false;
    std::int64_t pos = 12;
    while (pos + 8 <= size) {
        std::array<std::uint8_t, 8> hdr{};
        if (readAt(in, hdr.data(), 8, pos) != 8)
            break;
        const std::uint32_t len = u32(hdr.data() + 4);
        if (std::memcmp(hdr.data(), fmtId, 4) == 0) {
            std::array<std::uint8_t, 26> f{};
            if (len < 16 || readAt(in, f.data(), f.size(), pos + 8) < 16)
                return fail(BadFileReason::CorruptHeader, std::string(fmtId) + " chunk is cut short");
            const unsigned bits = aiff ? u16(f.data() + 6) : u16(f.data() + 14);
            // WAVE_FORMAT_EXTENSIBLE names the real format in the first two bytes of its sub-format GUID.
            const unsigned tag =
                aiff ? 1u : (u16(f.data()) == 0xFFFE && len >= 26 ? u16(f.data() + 24) : u16(f.data()));
            const bool isFloat = tag == 3;
            if (!(isFloat ? (bits == 32 || bits == 64) : supportedPcmBits(bits)))
                return fail(BadFileReason::UnsupportedBitDepth,
                            std::to_string(bits) + "-bit " + (aiff ? "AIFF" : "WAV") + " is not supported");
            haveFmt = true;
        } else if (std::memcmp(hdr.data(), dataId, 4) == 0) {
            if (!haveFmt)
                return fail(BadFileReason::CorruptHeader, "audio data before the format chunk");
            const std::int64_t have = size - pos - 8;
            if (have <= (aiff ? 8 : 0))
                return fail(BadFileReason::Truncated, "the data chunk is empty");
            if (len != 0 && len != 0xFFFFFFFFu && have < static_cast<std::int64_t>(len))
                return fail(BadFileReason::Truncated, "the data chunk has " + std::to_string(have) + " of " +
                                                          std::to_string(len) + " bytes");
            return {};
        }
        pos += 8 + static_cast<std::int64_t>(len) + (len & 1);
    }
    return fail(haveFmt ? BadFileReason::Truncated : BadFileReason::CorruptHeader,
                haveFmt ? "no audio data chunk" : "no format chunk");
}

Rf64Info readRf64Info(FileBytes& in, std::int64_t size)
{
    Rf64Info info;
    std::array<std::uint8_t, 12> head{};
    if (readAt(in, head.data(), head.size(), 0) != head.size() || std::memcmp(head.data(), "RF64", 4) != 0)
        return info;
    std::uint64_t dataBytes = 0;
    std::uint32_t rate = 0, blockAlign = 0;
    std::int64_t pos = 12;
    while (pos + 8 <= size && (dataBytes == 0 || rate == 0)) {
        std::array<std::uint8_t, 24> c{};
        if (readAt(in, c.data(), c.size(), pos) < 8)
            break;
        const std::uint32_t len = le32(c.data() + 4);
        if (std::memcmp(c.data(), "ds64", 4) == 0 && len >= 16)
            dataBytes = std::uint64_t(le32(c.data() + 16)) | std::uint64_t(le32(c.data() + 20)) << 32;
        else if (std::memcmp(c.data(), "fmt ", 4) == 0 && len >= 16) {
            info.channels = le16(c.data() + 10);
            rate = le32(c.data() + 12);
            blockAlign = le16(c.data() + 20);
            info.bits = le16(c.data() + 22);
        } else if (std::memcmp(c.data(), "data", 4) == 0)
            break;
        pos += 8 + static_cast<std::int64_t>(len) + (len & 1);
    }
    if (dataBytes == 0 || rate == 0 || blockAlign == 0)
        return info;
    info.sampleRate = rate;
    info.lengthMs = static_cast<std::int64_t>(dataBytes / blockAlign * 1000 / rate);
    return info;
}

AdtsInfo readAdtsInfo(FileBytes& in, std::int64_t size, std::int64_t start)
{
    // ISO/IEC 13818-7 / 14496-3 sampling_frequency_index; 13-15 are reserved or escape values.
    static constexpr std::array<std::uint32_t, 13> kRates = {96000, 88200, 64000, 48000, 44100, 32000, 24000,
                                                             22050, 16000, 12000, 11025, 8000,  7350};
    AdtsInfo info;
    auto fail = [&info](BadFileReason reason, std::string detail) {
        info.check.bad = reason;
        info.check.detail = std::move(detail);
        info.samples = 0;
        return info;
    };
    constexpr std::size_t kBlock = 64 * 1024;
    std::vector<std::uint8_t> buf(kBlock);
    std::int64_t bufStart = start;
    std::size_t bufLen = 0;
    std::int64_t pos = start;
    std::int64_t frames = 0;
    while (pos + 7 <= size) {
        if (pos < bufStart || pos + 7 > bufStart + static_cast<std::int64_t>(bufLen)) {
            bufStart = pos;
            bufLen = readAt(in, buf.data(), buf.size(), pos);
            if (bufLen < 7)
                break;
        }
        const std::uint8_t* h = buf.data() + (pos - bufStart);
        if (h[0] != 0xFF || (h[1] & 0xF6) != 0xF0)
            break; // not a header: a trailing ID3v1/APE tag, or junk; the frames so far are the stream
        const unsigned rateIndex = (h[2] >> 2) & 0x0F;
        const unsigned channelConfig = ((h[2] & 0x01) << 2) | (h[3] >> 6);
        const std::int64_t frameLength = ((h[3] & 0x03) << 11) | (h[4] << 3) | (h[5] >> 5);
        const int blocks = (h[6] & 0x03) + 1;
        if (rateIndex >= kRates.size() || frameLength < 7)
            break;
        if (pos + frameLength > size) // FFmpeg's decoder fails on it: refused like other cut-off files
            return fail(BadFileReason::Truncated, "the last ADTS frame is cut off (" +
                                                      std::to_string(size - pos) + " of " +
                                                      std::to_string(frameLength) + " bytes)");
        const std::uint16_t channels =
            static_cast<std::uint16_t>(channelConfig == 7 ? 8 : channelConfig); // 7 is 7.1
        if (frames == 0) {
            if (channelConfig == 0)
                return fail(BadFileReason::UnsupportedFormat,
                            "ADTS AAC with its channel layout in a program config element is not supported");
            info.sampleRate = kRates[rateIndex];
            info.channels = channels;
        } else if (kRates[rateIndex] != info.sampleRate || channels != info.channels) {
            return fail(BadFileReason::CorruptHeader,
                        "ADTS frame " + std::to_string(frames) + " changes the sample rate or the channels");
        }
        ++frames;
        info.samples += 1024 * blocks;
        info.audioBytes += frameLength;
        pos += frameLength;
    }
    if (frames == 0)
        return fail(BadFileReason::CorruptHeader, "no complete ADTS frame");
    return info;
}

} // namespace accord::library
