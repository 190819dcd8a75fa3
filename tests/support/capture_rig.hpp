// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "support/temp_dir.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace accord::test {

/// The ALSA capture rig of shared/audio-test-rig.md: an ALSA config whose default PCM is a `file` plugin
/// over a `null` slave, writing everything PortAudio plays through accord_pacer (real-time pacing,
/// sped up by `speed`) into capture-RATE-FORMAT.raw files (appended per stream).
/// Installing it sets ALSA_CONFIG_PATH for this process; do it before PortAudio initialises.
class CaptureRig {
public:
    explicit CaptureRig(double speed = 4.0);
    ~CaptureRig();
    CaptureRig(const CaptureRig&) = delete;
    CaptureRig& operator=(const CaptureRig&) = delete;

    const std::filesystem::path& dir() const { return m_dir.path(); }
    /// Waits until every pacer of this rig has written what it read and exited (30 s at most).
    /// capture() and captures() do this first.
    void waitForPacers() const;
    /// The capture for one stream format, e.g. capture(44100, "S16_LE"); empty if none.
    std::vector<std::uint8_t> capture(std::uint32_t rate, const std::string& alsaFormat) const;
    /// Every capture file written so far.
    std::vector<std::filesystem::path> captures() const;
    /// Environment assignments a child process needs to play into this rig.
    std::string environment() const;

private:
    TempDir m_dir{"accord-rig"};
};

/// Strips zero frames from both ends; `bytesPerFrame` decides what a frame is.
std::vector<std::uint8_t> trimSilence(const std::vector<std::uint8_t>& data, std::size_t bytesPerFrame);

/// The first byte offset where two buffers differ, or -1 when the shorter is a prefix of the longer
/// and both have the same length.
long firstDifference(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b);

} // namespace accord::test
