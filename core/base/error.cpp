// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "base/error.hpp"

namespace accord::base {

const char* toString(ErrorCode code) noexcept
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return "invalid-argument";
    case ErrorCode::NotFound:
        return "not-found";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::Format:
        return "format";
    case ErrorCode::Unsupported:
        return "unsupported";
    case ErrorCode::Device:
        return "device";
    case ErrorCode::Database:
        return "database";
    case ErrorCode::Refused:
        return "refused";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::Internal:
        return "internal";
    }
    return "unknown";
}

std::string Error::describe() const
{
    std::string out;
    if (!file.empty()) {
        out += file;
        if (line > 0)
            out += ":" + std::to_string(line);
        out += ": ";
    }
    if (!field.empty())
        out += field + ": ";
    out += message;
    return out;
}

} // namespace accord::base
