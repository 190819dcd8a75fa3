// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "replaygain/loudness_meter.hpp"

#include "audio/decoder.hpp"
#include "base/paths.hpp"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace accord::replaygain {

using base::Error;
using base::ErrorCode;

struct LoudnessMeter::State {
    ebur128_state* st = nullptr;
    ~State()
    {
        if (st)
            ebur128_destroy(&st);
    }
};

LoudnessMeter::LoudnessMeter(std::unique_ptr<State> state) : m_state(std::move(state)) {}
LoudnessMeter::LoudnessMeter(LoudnessMeter&& other) noexcept = default;
LoudnessMeter& LoudnessMeter::operator=(LoudnessMeter&& other) noexcept = default;
LoudnessMeter::~LoudnessMeter() = default;

namespace {

constexpr std::size_t kChunkFrames = 8192;

Error meterError(const std::filesystem::path& file, const std::string& what)
{
    return Error(ErrorCode::Internal, "libebur128: " + what).inFile(base::displayPath(file));
}

// libebur128 takes the decoder's native width as it is: int16 scaled by 2^15, int32 (24-bit audio
// MSB-aligned) by 2^31, float as is, so nothing is converted on our side.
int addFrames(ebur128_state* st, audio::SampleFormat format, const void* data, std::size_t frames)
{
    switch (format) {
    case audio::SampleFormat::S16:
        return ebur128_add_frames_short(st, static_cast<const short*>(data), frames);
    case audio::SampleFormat::S32:
        return ebur128_add_frames_int(st, static_cast<const int*>(data), frames);
    case audio::SampleFormat::F32:
        return ebur128_add_frames_float(st, static_cast<const float*>(data), frames);
    }
    return EBUR128_ERROR_INVALID_MODE;
}

} // namespace

base::Result<LoudnessMeter> LoudnessMeter::measure(const std::filesystem::path& file,
                                                   const std::atomic<bool>* cancel)
{
    auto decoder = audio::openDecoder(file);
    if (!decoder.ok())
        return std::move(decoder).error();
    audio::Decoder& dec = **decoder;
    const audio::AudioFormat fmt = dec.format();
    auto state = std::make_unique<State>();
    state->st = ebur128_init(fmt.channels, fmt.sampleRate, EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
    if (!state->st)
        return meterError(file, "cannot measure " + fmt.describe());
    LoudnessMeter meter(std::move(state));
    meter.m_codec = dec.codec();
    std::vector<unsigned char> buffer(kChunkFrames * fmt.bytesPerFrame());
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Error(ErrorCode::Cancelled, "cancelled").inFile(base::displayPath(file));
        auto got = dec.read(buffer.data(), kChunkFrames);
        if (!got.ok())
            return std::move(got).error();
        if (*got == 0)
            break;
        if (addFrames(meter.m_state->st, fmt.sampleFormat, buffer.data(), *got) != EBUR128_SUCCESS)
            return meterError(file, "out of memory");
        meter.m_frames += *got;
    }
    double lufs = 0.0;
    if (ebur128_loudness_global(meter.m_state->st, &lufs) != EBUR128_SUCCESS)
        return meterError(file, "no integrated loudness");
    if (std::isfinite(lufs))
        meter.m_loudness = lufs;
    for (unsigned ch = 0; ch < fmt.channels; ++ch) {
        double peak = 0.0;
        if (ebur128_true_peak(meter.m_state->st, ch, &peak) != EBUR128_SUCCESS)
            return meterError(file, "no true peak");
        meter.m_truePeak = std::max(meter.m_truePeak, peak);
    }
    return meter;
}

std::optional<double> LoudnessMeter::albumLoudness(std::span<const LoudnessMeter* const> tracks)
{
    std::vector<ebur128_state*> states;
    for (const LoudnessMeter* t : tracks)
        if (t && t->m_state && t->m_state->st)
            states.push_back(t->m_state->st);
    if (states.empty())
        return std::nullopt;
    double lufs = 0.0;
    if (ebur128_loudness_global_multiple(states.data(), states.size(), &lufs) != EBUR128_SUCCESS ||
        !std::isfinite(lufs))
        return std::nullopt;
    return lufs;
}

} // namespace accord::replaygain
