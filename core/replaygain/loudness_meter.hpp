// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>

namespace accord::replaygain {

/// The EBU R128 measurement of one file (libebur128, integrated loudness and true peak), decoded with
/// Accord's own decoders (audio::openDecoder: libsndfile or FFmpeg) in the file's native sample width.
/// Keeps the libebur128 state so that an album's loudness can be measured over its tracks afterwards.
/// [one thread at a time] Move-only; measure different files on different threads freely.
class LoudnessMeter {
public:
    /// Decodes all of `file` and measures it. `cancel`, when set, is looked at after every chunk (~4k
    /// frames): once true the measurement stops with ErrorCode::Cancelled. Errors name the file.
    static base::Result<LoudnessMeter> measure(const std::filesystem::path& file,
                                               const std::atomic<bool>* cancel = nullptr);

    LoudnessMeter(LoudnessMeter&& other) noexcept;
    LoudnessMeter& operator=(LoudnessMeter&& other) noexcept;
    LoudnessMeter(const LoudnessMeter&) = delete;
    LoudnessMeter& operator=(const LoudnessMeter&) = delete;
    ~LoudnessMeter();

    /// Integrated loudness in LUFS (gated, BS.1770-4); empty for silence (nothing above the gate).
    std::optional<double> loudness() const { return m_loudness; }
    /// True peak over all channels, linear (1.0 = full scale), at least the sample peak.
    double truePeak() const { return m_truePeak; }
    std::uint64_t frames() const { return m_frames; }
    const std::string& codec() const { return m_codec; }

    /// The integrated loudness of `tracks` played one after another (ebur128_loudness_global_multiple):
    /// the album loudness. Empty when all of them are silent or the span is empty.
    static std::optional<double> albumLoudness(std::span<const LoudnessMeter* const> tracks);

private:
    struct State;
    explicit LoudnessMeter(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
    std::optional<double> m_loudness;
    double m_truePeak = 0.0;
    std::uint64_t m_frames = 0;
    std::string m_codec;
};

} // namespace accord::replaygain
