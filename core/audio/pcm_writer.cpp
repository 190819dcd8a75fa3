// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/pcm_writer.hpp"

#include <cmath>
#include <numbers>
#include <sndfile.h>

namespace accord::audio {

using base::Error;
using base::ErrorCode;

const char* extensionOf(Container c) noexcept
{
    switch (c) {
    case Container::Flac:
        return "flac";
    case Container::Wav:
        return "wav";
    case Container::Aiff:
        return "aiff";
    case Container::OggVorbis:
        return "ogg";
    case Container::Opus:
        return "opus";
    case Container::Mp3:
        return "mp3";
    }
    return "raw";
}

namespace {

int sfFormat(const PcmFileSpec& spec)
{
    const int pcm = spec.bits == 24 ? SF_FORMAT_PCM_24 : spec.bits == 8 ? SF_FORMAT_PCM_S8 : SF_FORMAT_PCM_16;
    const int wide = spec.bits != 32 ? pcm : spec.int32 ? SF_FORMAT_PCM_32 : SF_FORMAT_FLOAT;
    switch (spec.container) {
    case Container::Flac:
        return SF_FORMAT_FLAC | pcm;
    case Container::Wav:
        return SF_FORMAT_WAV | wide;
    case Container::Aiff:
        return SF_FORMAT_AIFF | wide;
    case Container::OggVorbis:
        return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
    case Container::Opus:
        return SF_FORMAT_OGG | SF_FORMAT_OPUS;
    case Container::Mp3:
        return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    }
    return 0;
}

int tagId(const std::string& key)
{
    if (key == "title")
        return SF_STR_TITLE;
    if (key == "artist")
        return SF_STR_ARTIST;
    if (key == "album")
        return SF_STR_ALBUM;
    if (key == "date")
        return SF_STR_DATE;
    if (key == "genre")
        return SF_STR_GENRE;
    if (key == "tracknumber")
        return SF_STR_TRACKNUMBER;
    if (key == "comment")
        return SF_STR_COMMENT;
    return -1;
}

} // namespace

base::Status writePcmFile(const std::filesystem::path& path, const PcmFileSpec& spec,
                          std::span<const std::int32_t> samples, const BasicTags& tags)
{
    SF_INFO info{};
    info.samplerate = static_cast<int>(spec.sampleRate);
    info.channels = spec.channels;
    info.format = sfFormat(spec);
    if (!sf_format_check(&info))
        return Error(ErrorCode::Unsupported, "libsndfile cannot write this format/rate combination")
            .inFile(path.string());
    SNDFILE* file = sf_open(path.c_str(), SFM_WRITE, &info);
    if (!file)
        return Error(ErrorCode::Io, std::string("cannot create: ") + sf_strerror(nullptr))
            .inFile(path.string());
    for (const auto& [key, value] : tags)
        if (const int id = tagId(key); id >= 0)
            sf_set_string(file, id, value.c_str());
    if (spec.container == Container::Flac)
        sf_command(file, SFC_SET_COMPRESSION_LEVEL, nullptr, 0); // default effort is fine
    const auto frames = static_cast<sf_count_t>(samples.size() / spec.channels);
    sf_count_t wrote = 0;
    if ((info.format & SF_FORMAT_SUBMASK) == SF_FORMAT_FLOAT) {
        // Float files hold values in [-1, 1): convert here rather than rely on libsndfile's int scaling.
        std::vector<float> f(samples.size());
        for (std::size_t i = 0; i < samples.size(); ++i)
            f[i] = static_cast<float>(static_cast<double>(samples[i]) / 2147483648.0);
        wrote = sf_writef_float(file, f.data(), frames);
    } else {
        wrote = sf_writef_int(file, samples.data(), frames);
    }
    const bool ok = wrote == frames;
    std::string why = ok ? "" : sf_strerror(file);
    if (sf_close(file) != 0 || !ok)
        return Error(ErrorCode::Io, "write failed: " + why).inFile(path.string());
    return {};
}

std::vector<std::int32_t> synthesizeSignal(std::uint32_t sampleRate, std::uint16_t channels,
                                           std::uint16_t bits, std::size_t frames, std::uint32_t seed,
                                           double amplitude)
{
    std::vector<std::int32_t> out(frames * channels);
    std::uint64_t rng = 0x2545F4914F6CDD1Dull ^ (std::uint64_t{seed} * 0x9E3779B97F4A7C15ull);
    const double f1 = 220.0 + 37.0 * (seed % 11);
    const double f2 = 331.0 + 53.0 * (seed % 7);
    const double full = std::ldexp(1.0, bits - 1) - 1.0;
    const int shift = 32 - bits;
    for (std::size_t f = 0; f < frames; ++f) {
        const double t = static_cast<double>(f) / sampleRate;
        for (std::size_t c = 0; c < channels; ++c) {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            const double noise = (static_cast<double>(rng >> 11) / 9007199254740992.0 - 0.5) * 0.05;
            const double v =
                amplitude * (0.6 * std::sin(2 * std::numbers::pi * f1 * t + static_cast<double>(c)) +
                             0.3 * std::sin(2 * std::numbers::pi * f2 * t) + noise);
            const auto q = static_cast<std::int64_t>(std::lround(v * full));
            out[f * channels + c] = static_cast<std::int32_t>(q * (std::int64_t{1} << shift));
        }
    }
    return out;
}

} // namespace accord::audio
