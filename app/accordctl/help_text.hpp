// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "commands.hpp"

#include <cstdio>
#include <span>
#include <string>
#include <vector>

namespace accord::cli {

/// The one source of accordctl's documentation: the command table (name, usage, summary). Per-command
/// --help, the man page and the bash/zsh completions are all derived from it here, so they cannot drift.
/// [main thread] Every function is pure apart from writing to `out`.

/// The global options, documented once for --help, the man page and the completions.
struct GlobalOption {
    const char* name;
    const char* value; ///< placeholder of its value, or nullptr for a switch
    const char* help;
};
inline constexpr GlobalOption kGlobalOptions[] = {
    {"--data-dir", "DIR", "library and catalogue folder (default $XDG_DATA_HOME/accord)"},
    {"--help", nullptr, "print the commands, or with a command its usage and options, and exit"},
    {"--version", nullptr, "print the version and exit"},
    {"--generate", "man|bash|zsh", "write the man page or a shell completion script to stdout and exit"},
};

/// The options a command accepts, in order of first appearance in its usage line, without duplicates.
/// Every command also accepts --help, which is appended.
std::vector<std::string> commandFlags(const Command& command);

void printUsage(FILE* out, std::span<const Command> commands);
void printCommandHelp(FILE* out, const Command& command);
void writeManPage(FILE* out, std::span<const Command> commands, const char* version);
void writeBashCompletion(FILE* out, std::span<const Command> commands);
void writeZshCompletion(FILE* out, std::span<const Command> commands);

} // namespace accord::cli
