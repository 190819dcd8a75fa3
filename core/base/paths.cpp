// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "base/paths.hpp"

#include <cstdlib>
#include <pwd.h>
#include <unistd.h>

namespace accord::base {
namespace {

std::filesystem::path homeDir()
{
    if (const char* home = std::getenv("HOME"); home && *home)
        return home;
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_dir)
        return pw->pw_dir;
    return "/tmp";
}

std::filesystem::path xdgDir(const char* variable, const char* fallback)
{
    const char* value = std::getenv(variable);
    // The XDG spec says relative values are invalid and must be ignored.
    if (value && *value == '/')
        return std::filesystem::path(value) / "accord";
    return homeDir() / fallback / "accord";
}

} // namespace

std::filesystem::path defaultDataDir()
{
    return xdgDir("XDG_DATA_HOME", ".local/share");
}

std::filesystem::path defaultConfigDir()
{
    return xdgDir("XDG_CONFIG_HOME", ".config");
}

std::string displayPath(const std::filesystem::path& path)
{
    return path.native();
}

} // namespace accord::base
