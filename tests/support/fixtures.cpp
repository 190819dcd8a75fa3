// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "support/fixtures.hpp"

#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace accord::test {

std::vector<std::uint8_t> decodeAll(const std::filesystem::path& path)
{
    auto dec = audio::openDecoder(path);
    if (!dec.ok())
        throw std::runtime_error(dec.error().describe());
    const std::size_t bpf = (*dec)->format().bytesPerFrame();
    std::vector<std::uint8_t> out;
    std::vector<std::uint8_t> buf(4096 * bpf);
    for (;;) {
        auto got = (*dec)->read(buf.data(), 4096);
        if (!got.ok())
            throw std::runtime_error(got.error().describe());
        if (*got == 0)
            break;
        out.insert(out.end(), buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(*got * bpf));
    }
    return out;
}

std::vector<std::uint8_t> nativeBytes(const std::vector<std::int32_t>& samples, audio::SampleFormat format)
{
    std::vector<std::uint8_t> out;
    if (format == audio::SampleFormat::S16) {
        out.resize(samples.size() * 2);
        for (std::size_t i = 0; i < samples.size(); ++i) {
            const auto v = static_cast<std::int16_t>(samples[i] >> 16);
            std::memcpy(out.data() + i * 2, &v, 2);
        }
    } else {
        out.resize(samples.size() * 4);
        std::memcpy(out.data(), samples.data(), out.size());
    }
    return out;
}

void runOrThrow(const std::string& command)
{
    if (std::system((command + " >/dev/null 2>&1").c_str()) != 0)
        throw std::runtime_error(
            "command failed (are Debian's flac, lame, vorbis-tools, opus-tools installed?): " + command);
}

void encodeWithTool(const std::string& tool, const std::filesystem::path& out, std::uint32_t rate,
                    std::uint16_t channels, const std::vector<std::int32_t>& samples)
{
    std::filesystem::path wav = out;
    wav += ".src.wav";
    auto st = audio::writePcmFile(wav, {audio::Container::Wav, rate, channels, 16}, samples);
    if (!st.ok())
        throw std::runtime_error(st.error().describe());
    const std::string in = "'" + wav.string() + "'";
    const std::string o = "'" + out.string() + "'";
    if (tool == "lame")
        runOrThrow("lame --quiet -V 2 " + in + " " + o);
    else if (tool == "oggenc")
        runOrThrow("oggenc -Q -q 5 -o " + o + " " + in);
    else if (tool == "opusenc")
        runOrThrow("opusenc --quiet --bitrate 128 " + in + " " + o);
    else if (tool == "flac")
        runOrThrow("flac -s -f -o " + o + " " + in);
    else
        throw std::runtime_error("unknown encoder " + tool);
    std::filesystem::remove(wav);
}

std::vector<std::vector<std::int32_t>> cutAt(const std::vector<std::int32_t>& samples, std::uint16_t channels,
                                             const std::vector<std::size_t>& cuts)
{
    std::vector<std::vector<std::int32_t>> pieces;
    std::size_t from = 0;
    auto frames = samples.size() / channels;
    for (std::size_t c : cuts) {
        pieces.emplace_back(samples.begin() + static_cast<std::ptrdiff_t>(from * channels),
                            samples.begin() + static_cast<std::ptrdiff_t>(c * channels));
        from = c;
    }
    pieces.emplace_back(samples.begin() + static_cast<std::ptrdiff_t>(from * channels),
                        samples.begin() + static_cast<std::ptrdiff_t>(frames * channels));
    return pieces;
}

} // namespace accord::test
