// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <string>

namespace accord::test {

/// Whether this process has a file whose path contains `name` mapped: /proc/self/maps lists every shared
/// library the process has loaded, at start-up or by dlopen (e.g. "/libavcodec.so."). [any thread]
bool mapped(const std::string& name);

} // namespace accord::test
