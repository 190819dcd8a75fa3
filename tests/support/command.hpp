// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <filesystem>
#include <string>

namespace accord::test {

/// What a shell command printed on stdout, and how it ended.
struct CommandRun {
    int exitCode = -1; ///< -1 when it did not exit normally (killed by a signal)
    std::string out;
};

/// Runs `command` through /bin/sh (popen) and collects its stdout; the caller redirects stderr in the
/// command text if it wants it. Throws std::runtime_error when the shell cannot be started. [test thread]
CommandRun runCommand(const std::string& command);

/// Runs `command` through std::system and returns its exit code, -1 when it did not exit normally (killed
/// by a signal). Its output goes where the test's goes. [test thread]
int runExitCode(const std::string& command);

/// The whole content of a file, as bytes; empty when it cannot be read. [any thread]
std::string fileBytes(const std::filesystem::path& path);

/// Single-quotes a word (a path) for the shell.
std::string shellQuote(const std::string& text);

} // namespace accord::test
