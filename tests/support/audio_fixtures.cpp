// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "support/audio_fixtures.hpp"

#include <FLAC/stream_encoder.h>
#include <sndfile.h>
#include <taglib/fileref.h>
#include <taglib/tpropertymap.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <random>
#include <stdexcept>
#include <vector>

namespace accord::test {

void run(const std::string& command)
{
    if (std::system((command + " >/dev/null 2>&1").c_str()) != 0)
        throw std::runtime_error("command failed: " + command);
}

void makeWav(const std::filesystem::path& out, double seconds, int seed, int bits, int rate)
{
    // Distinct seeds give distinct spectra and rhythms, as two different recordings would have.
    const int f1 = 220 + 97 * seed, f2 = 330 + 61 * seed;
    const double am = 1.5 + 0.7 * seed;
    std::filesystem::create_directories(out.parent_path());
    run("sox -q -n -r " + std::to_string(rate) + " -b " + std::to_string(bits) + " -c 2 " +
        shellQuote(out.string()) + " synth " + std::to_string(seconds) + " sine " + std::to_string(f1) +
        " sine " + std::to_string(f2) + " tremolo " + std::to_string(am) + " 60 vol 0.5");
}

void encode(const std::filesystem::path& wav, const std::filesystem::path& out, int kbps)
{
    const std::string in = shellQuote(wav.string()), o = shellQuote(out.string());
    const std::string ext = out.extension().string();
    std::filesystem::create_directories(out.parent_path());
    if (ext == ".flac")
        run("flac -s -f -o " + o + " " + in);
    else if (ext == ".mp3")
        run("lame --quiet " + (kbps ? "-b " + std::to_string(kbps) : std::string("-V 4")) + " " + in + " " +
            o);
    else if (ext == ".ogg")
        run("oggenc -Q " + (kbps ? "-b " + std::to_string(kbps) : std::string("-q 3")) + " -o " + o + " " +
            in);
    else if (ext == ".opus")
        run("opusenc --quiet " + (kbps ? "--bitrate " + std::to_string(kbps) + " " : std::string()) + in +
            " " + o);
    else if (ext == ".aiff" || ext == ".aif" || ext == ".wav")
        run("sox -q " + in + " " + o);
    else
        throw std::runtime_error("no encoder for " + out.string());
}

void makeFlacWithBits(const std::filesystem::path& out, unsigned bits, double seconds)
{
    std::unique_ptr<FLAC__StreamEncoder, void (*)(FLAC__StreamEncoder*)> enc(FLAC__stream_encoder_new(),
                                                                             FLAC__stream_encoder_delete);
    FLAC__stream_encoder_set_channels(enc.get(), 2);
    FLAC__stream_encoder_set_bits_per_sample(enc.get(), bits);
    FLAC__stream_encoder_set_sample_rate(enc.get(), 44100);
    FLAC__stream_encoder_set_verify(enc.get(), false);
    std::filesystem::create_directories(out.parent_path());
    if (FLAC__stream_encoder_init_file(enc.get(), out.c_str(), nullptr, nullptr) !=
        FLAC__STREAM_ENCODER_INIT_STATUS_OK)
        throw std::runtime_error("libFLAC cannot write " + out.string());
    const auto frames = static_cast<std::size_t>(seconds * 44100);
    const double amplitude = std::ldexp(0.5, static_cast<int>(bits) - 1);
    std::vector<FLAC__int32> pcm(frames * 2);
    for (std::size_t i = 0; i < frames; ++i) {
        const auto v = static_cast<FLAC__int32>(
            amplitude * std::sin(2.0 * M_PI * 440.0 * static_cast<double>(i) / 44100.0));
        pcm[2 * i] = v;
        pcm[2 * i + 1] = v;
    }
    if (!FLAC__stream_encoder_process_interleaved(enc.get(), pcm.data(), static_cast<unsigned>(frames)) ||
        !FLAC__stream_encoder_finish(enc.get()))
        throw std::runtime_error("libFLAC failed to encode " + out.string());
}

void makeMelodyWav(const std::filesystem::path& out, double seconds, int seed)
{
    std::mt19937 rng(static_cast<unsigned>(seed) * 7919u + 17u);
    std::uniform_int_distribution<int> note(0, 24), len(2, 6);
    std::normal_distribution<double> noise(0.0, 0.02);
    const int rate = 44100;
    const auto total = static_cast<std::size_t>(seconds * rate);
    std::vector<short> pcm(total * 2);
    const double brightness = 0.3 + 0.1 * (seed % 5);
    std::size_t i = 0;
    while (i < total) {
        const double f = 196.0 * std::pow(2.0, note(rng) / 12.0);
        const auto n = std::min(total - i, static_cast<std::size_t>(len(rng) * rate / 8));
        for (std::size_t k = 0; k < n; ++k, ++i) {
            const double t = static_cast<double>(k) / rate;
            const double env = std::min(1.0, t * 50.0) * std::exp(-2.0 * t);
            double v = std::sin(2 * M_PI * f * t) + brightness * std::sin(4 * M_PI * f * t) +
                       0.5 * brightness * std::sin(6 * M_PI * f * t);
            v = 0.3 * env * v + noise(rng);
            const auto s16 = static_cast<short>(std::lrint(std::clamp(v, -1.0, 1.0) * 32000.0));
            pcm[2 * i] = s16;
            pcm[2 * i + 1] = s16;
        }
    }
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 2;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    std::filesystem::create_directories(out.parent_path());
    SNDFILE* f = sf_open(out.c_str(), SFM_WRITE, &info);
    if (!f)
        throw std::runtime_error("libsndfile cannot write " + out.string());
    const sf_count_t written = sf_writef_short(f, pcm.data(), static_cast<sf_count_t>(total));
    sf_close(f);
    if (written != static_cast<sf_count_t>(total))
        throw std::runtime_error("short write to " + out.string());
}

void tagFile(const std::filesystem::path& path, const std::map<std::string, std::string>& fields)
{
    TagLib::FileRef f(path.c_str());
    if (f.isNull())
        throw std::runtime_error("cannot open for tagging: " + path.string());
    TagLib::PropertyMap props;
    for (const auto& [key, value] : fields)
        props[key] = TagLib::String(value, TagLib::String::UTF8);
    f.file()->setProperties(props);
    if (!f.save())
        throw std::runtime_error("cannot save tags: " + path.string());
}

} // namespace accord::test
