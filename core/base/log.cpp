// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "base/log.hpp"

#include <atomic>
#include <cstdio>
#include <mutex>
#include <string>

namespace accord::base {
namespace {

std::mutex g_mutex;
LogSink g_sink;
std::atomic<LogLevel> g_threshold{LogLevel::Warning};

const char* levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return "debug";
    case LogLevel::Info:
        return "info";
    case LogLevel::Warning:
        return "warning";
    case LogLevel::Error:
        return "error";
    }
    return "?";
}

} // namespace

void setLogSink(LogSink sink)
{
    std::lock_guard lock(g_mutex);
    g_sink = std::move(sink);
}

void setLogThreshold(LogLevel level)
{
    g_threshold.store(level);
}

LogLevel logThreshold() noexcept
{
    return g_threshold.load();
}

void log(LogLevel level, std::string_view component, std::string_view message)
{
    if (level < g_threshold.load())
        return;
    std::lock_guard lock(g_mutex);
    if (g_sink) {
        g_sink(level, component, message);
        return;
    }
    std::string line = std::string("accord[") + std::string(component) + "] " + levelName(level) + ": " +
                       std::string(message) + "\n";
    std::fputs(line.c_str(), stderr);
}

} // namespace accord::base
