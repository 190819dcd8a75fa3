// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <functional>
#include <string_view>

namespace accord::base {

enum class LogLevel { Debug, Info, Warning, Error };

/// A sink receives every log line at or above the threshold. The default sink writes to stderr.
/// [any thread] Never call from the real-time audio callback.
using LogSink = std::function<void(LogLevel, std::string_view component, std::string_view message)>;

void setLogSink(LogSink sink);
void setLogThreshold(LogLevel level);
LogLevel logThreshold() noexcept;
void log(LogLevel level, std::string_view component, std::string_view message);

inline void logDebug(std::string_view c, std::string_view m)
{
    log(LogLevel::Debug, c, m);
}
inline void logInfo(std::string_view c, std::string_view m)
{
    log(LogLevel::Info, c, m);
}
inline void logWarning(std::string_view c, std::string_view m)
{
    log(LogLevel::Warning, c, m);
}
inline void logError(std::string_view c, std::string_view m)
{
    log(LogLevel::Error, c, m);
}

} // namespace accord::base
