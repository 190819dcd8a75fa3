// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "support/odd_audio_files.hpp"

#include <array>
#include <fstream>
#include <stdexcept>
#include <string>

namespace accord::test {

namespace {

using Bytes = std::vector<std::uint8_t>;

void putBe(Bytes& b, std::uint64_t v, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        b.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

void putLe(Bytes& b, std::uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        b.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

void putTag(Bytes& b, const char* tag)
{
    b.insert(b.end(), tag, tag + 4);
}

void save(const std::filesystem::path& out, const Bytes& bytes)
{
    std::filesystem::create_directories(out.parent_path());
    std::ofstream f(out, std::ios::binary);
    f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!f)
        throw std::runtime_error("cannot write " + out.string());
}

std::uint8_t crc8(const std::uint8_t* p, std::size_t n)
{
    std::uint8_t crc = 0;
    for (std::size_t i = 0; i < n; ++i) {
        crc = static_cast<std::uint8_t>(crc ^ p[i]);
        for (int k = 0; k < 8; ++k)
            crc = static_cast<std::uint8_t>((crc & 0x80) ? (crc << 1) ^ 0x07 : crc << 1);
    }
    return crc;
}

std::uint16_t crc16(const std::uint8_t* p, std::size_t n)
{
    std::uint16_t crc = 0;
    for (std::size_t i = 0; i < n; ++i) {
        crc = static_cast<std::uint16_t>(crc ^ (p[i] << 8));
        for (int k = 0; k < 8; ++k)
            crc = static_cast<std::uint16_t>((crc & 0x8000) ? (crc << 1) ^ 0x8005 : crc << 1);
    }
    return crc;
}

/// FLAC's UTF-8-like coding of frame and sample numbers (up to 36 bits, 7 bytes).
void putFlacNumber(Bytes& b, std::uint64_t v)
{
    if (v < 0x80) {
        b.push_back(static_cast<std::uint8_t>(v));
        return;
    }
    int extra = 1;
    while (extra < 6 && v >= (std::uint64_t{1} << (6 * extra + 6 - extra)))
        ++extra;
    const std::uint8_t lead = extra == 6 ? 0xFE : static_cast<std::uint8_t>(0xFF00 >> (extra + 1));
    b.push_back(static_cast<std::uint8_t>(lead | (v >> (6 * extra))));
    for (int i = extra - 1; i >= 0; --i)
        b.push_back(static_cast<std::uint8_t>(0x80 | ((v >> (6 * i)) & 0x3F)));
}

} // namespace

void writeVerbatimFlac(const std::filesystem::path& out, const std::vector<std::int16_t>& samples,
                       bool variableBlockSize, bool declareTotal)
{
    constexpr std::array<std::uint32_t, 4> kCycle = {1152, 4608, 576, 2304};
    const std::uint64_t total = samples.size() / 2;
    Bytes b;
    putTag(b, "fLaC");
    b.push_back(0x80); // last metadata block, STREAMINFO
    putBe(b, 34, 3);
    putBe(b, variableBlockSize ? 16 : 4096, 2); // min block size (the last frame may be shorter)
    putBe(b, variableBlockSize ? 4608 : 4096, 2);
    putBe(b, 0, 3); // frame sizes unknown
    putBe(b, 0, 3);
    const std::uint64_t packed = (std::uint64_t{44100} << 44) | (std::uint64_t{1} << 41) |
                                 (std::uint64_t{15} << 36) | (declareTotal ? total : 0);
    putBe(b, packed, 8);
    b.insert(b.end(), 16, 0); // MD5 unknown
    std::uint64_t at = 0, frameNo = 0;
    while (at < total) {
        const std::uint32_t want = variableBlockSize ? kCycle[frameNo % kCycle.size()] : 4096;
        const auto block = static_cast<std::uint32_t>(std::min<std::uint64_t>(want, total - at));
        const std::size_t start = b.size();
        b.push_back(0xFF);
        b.push_back(variableBlockSize ? 0xF9 : 0xF8);
        b.push_back(0x79); // block size: 16 bits at the end of the header; 44.1 kHz
        b.push_back(0x18); // left/right independent; 16 bits per sample
        putFlacNumber(b, variableBlockSize ? at : frameNo);
        putBe(b, block - 1, 2);
        b.push_back(crc8(b.data() + start, b.size() - start));
        for (int ch = 0; ch < 2; ++ch) {
            b.push_back(0x02); // verbatim subframe, no wasted bits
            for (std::uint32_t i = 0; i < block; ++i)
                putBe(b, static_cast<std::uint16_t>(samples[2 * (at + i) + static_cast<std::size_t>(ch)]), 2);
        }
        putBe(b, crc16(b.data() + start, b.size() - start), 2);
        at += block;
        ++frameNo;
    }
    save(out, b);
}

void writeRf64(const std::filesystem::path& out, const std::vector<std::int16_t>& samples)
{
    const std::uint64_t dataBytes = samples.size() * 2;
    Bytes b;
    putTag(b, "RF64");
    putLe(b, 0xFFFFFFFF, 4);
    putTag(b, "WAVE");
    putTag(b, "ds64");
    putLe(b, 28, 4);
    putLe(b, 4 + 36 + 24 + 8 + dataBytes, 8); // RIFF size
    putLe(b, dataBytes, 8);
    putLe(b, samples.size() / 2, 8);
    putLe(b, 0, 4); // no table
    putTag(b, "fmt ");
    putLe(b, 16, 4);
    putLe(b, 1, 2); // PCM
    putLe(b, 2, 2);
    putLe(b, 44100, 4);
    putLe(b, 44100 * 4, 4);
    putLe(b, 4, 2);
    putLe(b, 16, 2);
    putTag(b, "data");
    putLe(b, 0xFFFFFFFF, 4);
    for (std::int16_t s : samples)
        putLe(b, static_cast<std::uint16_t>(s), 2);
    save(out, b);
}

void writeBwfExtensible24(const std::filesystem::path& out, const std::vector<std::int32_t>& samples24)
{
    const std::uint64_t dataBytes = samples24.size() * 3;
    Bytes b;
    putTag(b, "RIFF");
    putLe(b, 4 + (8 + 602) + (8 + 40) + 8 + dataBytes, 4);
    putTag(b, "WAVE");
    putTag(b, "bext");
    putLe(b, 602, 4);
    const std::string description = "Accord test: Broadcast WAV, WAVE_FORMAT_EXTENSIBLE";
    Bytes bext(602, 0);
    std::copy(description.begin(), description.end(), bext.begin());
    b.insert(b.end(), bext.begin(), bext.end());
    putTag(b, "fmt ");
    putLe(b, 40, 4);
    putLe(b, 0xFFFE, 2);
    putLe(b, 2, 2);
    putLe(b, 44100, 4);
    putLe(b, 44100 * 6, 4);
    putLe(b, 6, 2);
    putLe(b, 24, 2);
    putLe(b, 22, 2); // cbSize
    putLe(b, 24, 2); // valid bits
    putLe(b, 3, 4);  // front left | front right
    // KSDATAFORMAT_SUBTYPE_PCM {00000001-0000-0010-8000-00aa00389b71}
    constexpr std::array<std::uint8_t, 16> kPcm = {0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00,
                                                   0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71};
    b.insert(b.end(), kPcm.begin(), kPcm.end());
    putTag(b, "data");
    putLe(b, dataBytes, 4);
    for (std::int32_t s : samples24)
        putLe(b, static_cast<std::uint32_t>(s), 3);
    save(out, b);
}

} // namespace accord::test
