// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "identify/fingerprinter.hpp"

#include "audio/decoder.hpp"
#include "catalogue/model/chromaprint_library.hpp"

#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

namespace accord::identify {

namespace {

using catalogue::ChromaprintLibrary;

struct ContextDeleter {
    const ChromaprintLibrary* cp;
    void operator()(ChromaprintContext* c) const { cp->chromaprint_free(c); }
};

// Native width -> int16 (Chromaprint's input). S32 is MSB-aligned, so the top 16 bits are the sample.
void toInt16(const audio::AudioFormat& f, const std::uint8_t* src, std::size_t samples, std::int16_t* dst)
{
    switch (f.sampleFormat) {
    case audio::SampleFormat::S16:
        std::memcpy(dst, src, samples * 2);
        break;
    case audio::SampleFormat::S32:
        for (std::size_t i = 0; i < samples; ++i) {
            std::int32_t v = 0;
            std::memcpy(&v, src + 4 * i, 4);
            dst[i] = static_cast<std::int16_t>(v >> 16);
        }
        break;
    case audio::SampleFormat::F32:
        for (std::size_t i = 0; i < samples; ++i) {
            float v = 0;
            std::memcpy(&v, src + 4 * i, 4);
            const float clamped = std::fmax(-1.0f, std::fmin(1.0f, v));
            dst[i] = static_cast<std::int16_t>(std::lrint(clamped * 32767.0f));
        }
        break;
    }
}

// The raw and encoded fingerprint of a finished context.
base::Result<Fingerprint> result(const ChromaprintLibrary* cp, ChromaprintContext* ctx, double durationS)
{
    Fingerprint fp;
    fp.durationS = durationS;
    std::uint32_t* raw = nullptr;
    int size = 0;
    if (cp->chromaprint_get_raw_fingerprint(ctx, &raw, &size) && raw)
        fp.raw.assign(raw, raw + size);
    cp->chromaprint_dealloc(raw);
    char* encoded = nullptr;
    if (cp->chromaprint_get_fingerprint(ctx, &encoded) && encoded)
        fp.encoded = encoded;
    cp->chromaprint_dealloc(encoded);
    if (fp.raw.empty())
        return base::Error(base::ErrorCode::Format, "too little audio to fingerprint");
    return fp;
}

} // namespace

base::Result<Fingerprint> fingerprintFile(const std::filesystem::path& path, double maxSeconds)
{
    auto decoder = audio::openDecoder(path);
    if (!decoder)
        return std::move(decoder).error();
    const audio::AudioFormat& f = (*decoder)->format();
    const auto& loaded = ChromaprintLibrary::load();
    if (!loaded.ok())
        return base::Error(loaded.error()).inFile(path.string());
    const ChromaprintLibrary* cp = *loaded;
    std::unique_ptr<ChromaprintContext, ContextDeleter> ctx(
        cp->chromaprint_new(CHROMAPRINT_ALGORITHM_DEFAULT), ContextDeleter{cp});
    if (!ctx || !cp->chromaprint_start(ctx.get(), static_cast<int>(f.sampleRate), f.channels))
        return base::Error(base::ErrorCode::Unsupported, "fingerprinter refuses this format: " + f.describe())
            .inFile(path.string());
    const auto limit = static_cast<std::uint64_t>(maxSeconds * f.sampleRate);
    constexpr std::size_t kChunk = 4096;
    std::vector<std::uint8_t> buf(kChunk * f.bytesPerFrame());
    std::vector<std::int16_t> pcm(kChunk * f.channels);
    std::uint64_t done = 0;
    while (done < limit) {
        const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(kChunk, limit - done));
        auto got = (*decoder)->read(buf.data(), want);
        if (!got)
            return std::move(got).error();
        if (*got == 0)
            break;
        toInt16(f, buf.data(), *got * f.channels, pcm.data());
        if (!cp->chromaprint_feed(ctx.get(), pcm.data(), static_cast<int>(*got * f.channels)))
            return base::Error(base::ErrorCode::Internal, "fingerprinter failed").inFile(path.string());
        done += *got;
    }
    if (!cp->chromaprint_finish(ctx.get()))
        return base::Error(base::ErrorCode::Internal, "fingerprinter failed").inFile(path.string());
    auto fp = result(cp, ctx.get(), static_cast<double>(done) / f.sampleRate);
    if (!fp)
        return std::move(fp).error().inFile(path.string());
    return fp;
}

base::Result<Fingerprint> fingerprintSamples(const std::int16_t* samples, std::size_t frames, int sampleRate,
                                             int channels)
{
    const auto& loaded = ChromaprintLibrary::load();
    if (!loaded.ok())
        return loaded.error();
    const ChromaprintLibrary* cp = *loaded;
    std::unique_ptr<ChromaprintContext, ContextDeleter> ctx(
        cp->chromaprint_new(CHROMAPRINT_ALGORITHM_DEFAULT), ContextDeleter{cp});
    if (!ctx || !cp->chromaprint_start(ctx.get(), sampleRate, channels) ||
        !cp->chromaprint_feed(ctx.get(), samples,
                              static_cast<int>(frames * static_cast<std::size_t>(channels))) ||
        !cp->chromaprint_finish(ctx.get()))
        return base::Error(base::ErrorCode::Internal, "fingerprinter failed");
    return result(cp, ctx.get(), static_cast<double>(frames) / sampleRate);
}

} // namespace accord::identify
