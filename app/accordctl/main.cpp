// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl: Accord's headless front end. Exit codes: 0 ok, 1 failure, 2 usage error.
#include "args.hpp"
#include "commands.hpp"
#include "help_text.hpp"

#include "base/paths.hpp"

#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

namespace {

using namespace accord::cli;

// Finds the longest command name that prefixes the words (so "catalogue import" beats "catalogue").
const Command* findCommand(const std::vector<std::string>& words, size_t& used)
{
    const Command* best = nullptr;
    size_t bestWords = 0;
    for (const Command& c : kCommands) {
        std::vector<std::string> parts;
        for (const char *p = c.name, *start = c.name;; ++p) {
            if (*p == ' ' || *p == '\0') {
                parts.emplace_back(start, p);
                start = p + 1;
                if (*p == '\0')
                    break;
            }
        }
        if (parts.size() > words.size() || parts.size() <= bestWords)
            continue;
        bool match = true;
        for (size_t i = 0; i < parts.size(); ++i)
            match = match && parts[i] == words[i];
        if (match) {
            best = &c;
            bestWords = parts.size();
        }
    }
    used = bestWords;
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    // A sink that goes away (a closed pipe, a vanished device) must surface as an error, not kill us.
    std::signal(SIGPIPE, SIG_IGN);
    std::vector<std::string> args(argv + 1, argv + argc);
    std::filesystem::path dataDir = accord::base::defaultDataDir();
    // Global options come before the command.
    while (!args.empty() && args.front().rfind("--", 0) == 0) {
        const std::string a = args.front();
        if (a == "--help" || a == "-h") {
            printUsage(stdout, kCommands);
            return kExitOk;
        }
        if (a == "--version") {
            std::printf("accordctl %s\n", ACCORD_VERSION);
            return kExitOk;
        }
        if (a == "--generate" || a.rfind("--generate=", 0) == 0) {
            const std::string what = a == "--generate" ? (args.size() >= 2 ? args[1] : "") : a.substr(11);
            if (what == "man")
                writeManPage(stdout, kCommands, ACCORD_VERSION);
            else if (what == "bash")
                writeBashCompletion(stdout, kCommands);
            else if (what == "zsh")
                writeZshCompletion(stdout, kCommands);
            else {
                std::fprintf(stderr, "accordctl: --generate needs man, bash or zsh\n");
                return kExitUsage;
            }
            return kExitOk;
        }
        if (a == "--data-dir" && args.size() >= 2) {
            dataDir = args[1];
            args.erase(args.begin(), args.begin() + 2);
        } else if (a.rfind("--data-dir=", 0) == 0) {
            dataDir = a.substr(11);
            args.erase(args.begin());
        } else {
            std::fprintf(stderr, "accordctl: unknown or incomplete global option %s\n", a.c_str());
            printUsage(stderr, kCommands);
            return kExitUsage;
        }
    }
    if (args.empty()) {
        printUsage(stderr, kCommands);
        return kExitUsage;
    }
    size_t used = 0;
    const Command* cmd = findCommand(args, used);
    if (!cmd) {
        std::fprintf(stderr, "accordctl: unknown command '%s'\n", args.front().c_str());
        printUsage(stderr, kCommands);
        return kExitUsage;
    }
    args.erase(args.begin(), args.begin() + static_cast<long>(used));
    for (const std::string& a : args) {
        if (a == "--help" || a == "-h") {
            printCommandHelp(stdout, *cmd);
            return kExitOk;
        }
    }
    Context ctx{dataDir, Args(std::move(args))};
    try {
        return cmd->run(ctx);
    } catch (const UsageError& e) {
        std::fprintf(stderr, "accordctl %s: %s\nusage: accordctl %s\n", cmd->name, e.what(), cmd->usage);
        return kExitUsage;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "accordctl %s: internal error: %s\n", cmd->name, e.what());
        return kExitFailure;
    }
}
