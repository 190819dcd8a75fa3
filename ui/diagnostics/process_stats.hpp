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

} // namespace accord::ui
