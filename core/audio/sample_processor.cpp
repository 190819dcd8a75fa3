// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/sample_processor.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <soxr.h>

namespace accord::audio {

using base::Error;
using base::ErrorCode;

SampleProcessor::~SampleProcessor()
{
    soxr_delete(m_soxr);
}

base::Status SampleProcessor::configure(const AudioFormat& in, const AudioFormat& out)
{
    if (in.channels != out.channels)
        return Error(ErrorCode::Unsupported, "channel mapping is not supported");
    m_in = in;
    m_out = out;
    soxr_delete(m_soxr);
    m_soxr = nullptr;
    if (in.sampleRate != out.sampleRate) {
        soxr_error_t err = nullptr;
        const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
        const soxr_quality_spec_t q = soxr_quality_spec(SOXR_VHQ, 0);
        m_soxr = soxr_create(in.sampleRate, out.sampleRate, in.channels, &err, &io, &q, nullptr);
        if (!m_soxr || err)
            return Error(ErrorCode::Internal,
                         std::string("libsoxr: ") + (err ? err : "cannot create resampler"));
    }
    return {};
}

float SampleProcessor::dither() noexcept
{
    // TPDF: the sum of two independent uniform values in [-0.5, 0.5) LSB, from xorshift64*.
    auto next = [this] {
        m_rng ^= m_rng >> 12;
        m_rng ^= m_rng << 25;
        m_rng ^= m_rng >> 27;
        return static_cast<float>((m_rng * 0x2545F4914F6CDD1Dull) >> 40) * (1.0f / 16777216.0f) - 0.5f;
    };
    return next() + next();
}

void SampleProcessor::toFloat(const void* in, std::size_t frames, double gainStart, double gainEnd)
{
    const std::size_t ch = m_in.channels;
    m_float.resize(frames * ch);
    const double step = frames > 1 ? (gainEnd - gainStart) / static_cast<double>(frames - 1) : 0.0;
    for (std::size_t f = 0; f < frames; ++f) {
        const auto g = static_cast<float>(gainStart + step * static_cast<double>(f));
        for (std::size_t c = 0; c < ch; ++c) {
            const std::size_t i = f * ch + c;
            float v = 0.0f;
            switch (m_in.sampleFormat) {
            case SampleFormat::S16:
                v = static_cast<float>(static_cast<const std::int16_t*>(in)[i]) / 32768.0f;
                break;
            case SampleFormat::S32:
                v = static_cast<float>(static_cast<double>(static_cast<const std::int32_t*>(in)[i]) /
                                       2147483648.0);
                break;
            case SampleFormat::F32:
                v = static_cast<const float*>(in)[i];
                break;
            }
            m_float[i] = v * g;
        }
    }
}

std::span<const std::byte> SampleProcessor::fromFloat(const float* data, std::size_t frames)
{
    const std::size_t n = frames * m_out.channels;
    m_bytes.resize(n * bytesPerSample(m_out.sampleFormat));
    switch (m_out.sampleFormat) {
    case SampleFormat::F32:
        std::memcpy(m_bytes.data(), data, n * sizeof(float));
        break;
    case SampleFormat::S16: {
        auto* out = reinterpret_cast<std::int16_t*>(m_bytes.data());
        for (std::size_t i = 0; i < n; ++i) {
            const float q = std::nearbyint(data[i] * 32768.0f + dither());
            out[i] = static_cast<std::int16_t>(std::clamp(q, -32768.0f, 32767.0f));
        }
        break;
    }
    case SampleFormat::S32: {
        // Quantise at the resolution the stream claims (24-bit audio keeps its low byte zero).
        const int bits = std::clamp<int>(m_out.bitsPerSample, 16, 32);
        const double scale = std::ldexp(1.0, bits - 1);
        const int shift = 32 - bits;
        auto* out = reinterpret_cast<std::int32_t*>(m_bytes.data());
        for (std::size_t i = 0; i < n; ++i) {
            double q = std::nearbyint(static_cast<double>(data[i]) * scale + static_cast<double>(dither()));
            q = std::clamp(q, -scale, scale - 1.0);
            out[i] = static_cast<std::int32_t>(static_cast<std::int64_t>(q) * (std::int64_t{1} << shift));
        }
        break;
    }
    }
    return {m_bytes.data(), m_bytes.size()};
}

std::span<const std::byte> SampleProcessor::process(const void* in, std::size_t frames, double gainStart,
                                                    double gainEnd)
{
    toFloat(in, frames, gainStart, gainEnd);
    if (!m_soxr)
        return fromFloat(m_float.data(), frames);
    const double ratio = static_cast<double>(m_out.sampleRate) / static_cast<double>(m_in.sampleRate);
    const auto capacity = static_cast<std::size_t>(std::ceil(static_cast<double>(frames) * ratio)) + 64;
    m_resampled.resize(capacity * m_out.channels);
    std::size_t done = 0;
    std::size_t produced = 0;
    soxr_process(m_soxr, m_float.data(), frames, &done, m_resampled.data(), capacity, &produced);
    return fromFloat(m_resampled.data(), produced);
}

std::span<const std::byte> SampleProcessor::flush()
{
    if (!m_soxr)
        return {};
    std::vector<float> tail;
    constexpr std::size_t kChunk = 4096;
    m_resampled.resize(kChunk * m_out.channels);
    for (;;) {
        std::size_t produced = 0;
        soxr_process(m_soxr, nullptr, 0, nullptr, m_resampled.data(), kChunk, &produced);
        if (produced == 0)
            break;
        tail.insert(tail.end(), m_resampled.begin(),
                    m_resampled.begin() + static_cast<std::ptrdiff_t>(produced * m_out.channels));
    }
    soxr_clear(m_soxr);
    return fromFloat(tail.data(), tail.size() / m_out.channels);
}

} // namespace accord::audio
