// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QString>

#include <filesystem>

namespace accord::ui {

/// Milliseconds since this process started (from /proc), so launch figures include exec and linking.
/// [any thread]
qint64 processUptimeMs();
/// Resident set size in MiB (VmRSS). [any thread]
qint64 residentMiB();
/// Writes a 2 s 440 Hz stereo tone (16-bit WAV at 48 kHz) for the settings' test tone. Returns an error
/// text, or an empty string on success. [worker thread: disk I/O]
QString writeTestTone(const std::filesystem::path& file);

} // namespace accord::ui
