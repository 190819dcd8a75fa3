// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace accord::test {

/// The user (and group) unprivileged checks run as when the tests run as root: nobody/nogroup.
inline constexpr unsigned kNobodyId = 65534;

/// Runs `body` where file permissions apply, and returns what it returned. When the process runs as root
/// (CI always does), permissions do not stop it, so a check of an unreadable file could never fail there:
/// `body` then runs in a forked child that first hands `workDir` (recursively) to kNobodyId and drops to
/// that user and group (setgroups, setgid, setuid, in that order), and its result comes back through a
/// pipe. Otherwise it runs in this process as it is.
///
/// The body must not use Catch assertions (a child's are lost): return what the test should check. An
/// exception in the body, or a child that cannot drop its privileges, dies, or is killed, throws
/// std::runtime_error here. [test thread]
std::string runUnprivileged(const std::filesystem::path& workDir, const std::function<std::string()>& body);

} // namespace accord::test
