// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QString>

#include <filesystem>

namespace accord::ui {

/// Writes a 2 s 440 Hz stereo tone (16-bit WAV at 48 kHz) for the settings' test tone, which the player
/// plays beside the queue (playback::Player::playTone). Returns an error text, or an empty string on
/// success. [worker thread: disk I/O]
QString writeTestTone(const std::filesystem::path& file);

} // namespace accord::ui
