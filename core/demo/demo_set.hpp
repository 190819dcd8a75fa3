// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/pcm_writer.hpp"

#include <span>

namespace accord::demo {

/// One generated demo track and what the demo catalogue says about it.
struct DemoTrack {
    const char* file;
    audio::PcmFileSpec spec;
    double seconds;
    const char* title;
    const char* artist;
    const char* album;
    const char* genre;
    int trackNumber;
    const char* isrc;    ///< "" for the unidentified personal file
    const char* verdict; ///< what a free-tier listener outside JP sees now (documentation and tests)
};

/// The demo set in play order: FLAC and MP3, one 24-bit/96 kHz, every licence verdict. [any thread]
std::span<const DemoTrack> demoSet();

} // namespace accord::demo
