// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <string>

namespace accord::base {

/// What kind of failure; stable, so callers (and accordctl's exit codes) can branch on it.
enum class ErrorCode {
    InvalidArgument, ///< the caller asked for something malformed (usage error)
    NotFound,        ///< a file, row or device that does not exist
    Io,              ///< reading or writing failed
    Format,          ///< input exists but is not what it should be (corrupt, unsupported, malformed)
    Unsupported,     ///< well-formed, but a feature we do not handle
    Device,          ///< the audio device refused or failed
    Database,        ///< SQLite reported an error
    Refused,         ///< hostile or over-limit input refused on purpose
    Cancelled,       ///< the operation was cancelled
    Internal,        ///< a bug: should not happen
};

const char* toString(ErrorCode code) noexcept;

/// An expected failure: a code, a human message and where it happened (file, line, field).
/// [any thread] Plain value type.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;
    std::string file;  ///< path of the input file, if any
    long line = 0;     ///< 1-based line in that file, 0 when not applicable
    std::string field; ///< element, column or field name, if any

    Error() = default;
    Error(ErrorCode c, std::string msg) : code(c), message(std::move(msg)) {}

    Error&& inFile(std::string path) &&
    {
        file = std::move(path);
        return std::move(*this);
    }
    Error&& atLine(long l) &&
    {
        line = l;
        return std::move(*this);
    }
    Error&& forField(std::string f) &&
    {
        field = std::move(f);
        return std::move(*this);
    }

    /// "file:line: field: message" with the parts that are set.
    std::string describe() const;
};

} // namespace accord::base
