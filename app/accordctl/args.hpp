// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace accord::cli {

/// Exit codes are part of accordctl's public interface.
enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

/// Thrown for a usage error; main() prints it with the command's usage and exits 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// The arguments of one subcommand. Options are taken out by name; whatever is left must be
/// positional, and finish() refuses leftover options. Supports "--opt value" and "--opt=value".
class Args {
public:
    explicit Args(std::vector<std::string> args) : m_args(std::move(args)) {}

    /// Removes and returns the value of --name; throws UsageError if the value is missing.
    std::optional<std::string> option(const std::string& name);
    /// Removes --name A B and returns both values; throws UsageError unless two values follow (the last
    /// occurrence wins, as with option()).
    std::optional<std::pair<std::string, std::string>> optionPair(const std::string& name);
    /// Removes every occurrence of --name VALUE, in order.
    std::vector<std::string> options(const std::string& name);
    /// Removes --name and returns whether it was present.
    bool flag(const std::string& name);
    /// The remaining arguments; throws UsageError if any of them looks like an option.
    std::vector<std::string> positionals();
    /// Throws UsageError if anything is left.
    void finish();

private:
    std::vector<std::string> m_args;
    bool m_dashDashSeen = false;
};

/// Everything a subcommand gets: global options and its own arguments.
struct Context {
    std::filesystem::path dataDir;
    Args args;
};

/// Parses a number with a clear usage error naming the option.
long long parseInteger(const std::string& text, const std::string& optionName);
double parseNumber(const std::string& text, const std::string& optionName);

} // namespace accord::cli
