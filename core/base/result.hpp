// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/error.hpp"

#include <cassert>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace accord::base {

/// The value of an operation that can fail in an expected way (GCC 12 has no std::expected).
/// Holds either a T or an Error. Accessing the wrong side is a programming error (asserts).
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {} // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T& value() &
    {
        assert(ok());
        return std::get<0>(m_v);
    }
    const T& value() const&
    {
        assert(ok());
        return std::get<0>(m_v);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_v));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const&
    {
        assert(!ok());
        return std::get<1>(m_v);
    }
    Error&& error() &&
    {
        assert(!ok());
        return std::get<1>(std::move(m_v));
    }

private:
    std::variant<T, Error> m_v;
};

/// Result of an operation with no value.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const noexcept { return !m_error.has_value(); }
    explicit operator bool() const noexcept { return ok(); }
    const Error& error() const&
    {
        assert(!ok());
        return *m_error;
    }
    Error&& error() &&
    {
        assert(!ok());
        return std::move(*m_error);
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, std::string message)
{
    return Error(code, std::move(message));
}

} // namespace accord::base

/// Propagate an error from an expression returning Result<...>: ACCORD_TRY(status);
#define ACCORD_TRY(expr)                                                                                     \
    do {                                                                                                     \
        auto&& accord_try_r_ = (expr);                                                                       \
        if (!accord_try_r_.ok())                                                                             \
            return std::move(accord_try_r_).error();                                                         \
    } while (false)
