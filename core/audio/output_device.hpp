// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <string>

namespace accord::audio {

/// An output device as PortAudio lists it.
struct OutputDevice {
    int index = -1;
    std::string name;
    std::string hostApi;
    int maxOutputChannels = 0;
    double defaultSampleRate = 0.0;
    bool isDefault = false;
};

} // namespace accord::audio
