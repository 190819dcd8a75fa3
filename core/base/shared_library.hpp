// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <mutex>
#include <string>

namespace accord::base {

/// A shared library opened at run time (dlopen), for the heavy dependencies most runs never use: FFmpeg
/// and Chromaprint bring ~100 more libraries whose relocation every process would otherwise pay at start-up.
/// The library is opened RTLD_NOW (a missing symbol is an error here, not a crash mid-playback) and
/// RTLD_LOCAL (its symbols do not leak into later lookups), and never closed: codec libraries keep
/// registrations and thread-local state for the life of the process.
/// [any thread] A value type; share it read-only once resolved.
class SharedLibrary {
public:
    /// Opens `soname` (e.g. "libavformat.so.59"). Errors: NotFound naming the library and the loader's
    /// reason (not installed, wrong architecture).
    static Result<SharedLibrary> open(const std::string& soname);

    const std::string& soname() const noexcept { return m_soname; }

    /// Sets `slot` to the function `name` exports, typed as the caller's declaration of it (compiled
    /// against the library's own header, so the types match the header's). Errors: NotFound naming
    /// the library and the symbol (an older library than the headers).
    template <typename Fn> Status resolve(Fn*& slot, const char* name) const
    {
        auto address = symbol(name);
        if (!address.ok())
            return std::move(address).error();
        slot = reinterpret_cast<Fn*>(*address); // NOLINT: dlsym's void* is the function's address (POSIX)
        return {};
    }

private:
    SharedLibrary(void* handle, std::string soname) : m_handle(handle), m_soname(std::move(soname)) {}
    Result<void*> symbol(const char* name) const;

    void* m_handle;
    std::string m_soname;
};

/// Resolves slots one after another from one library until one fails; status() is the first failure.
class SlotResolver {
public:
    explicit SlotResolver(const SharedLibrary& lib) : m_lib(lib) {}
    template <typename Fn> void operator()(Fn*& slot, const char* name)
    {
        if (m_status.ok())
            m_status = m_lib.resolve(slot, name);
    }
    const Status& status() const noexcept { return m_status; }

private:
    const SharedLibrary& m_lib;
    Status m_status;
};

/// The function table `Table` completed by `fill` (opens the libraries, resolves the slots, runs any
/// one-time set-up), filled the first time it is asked for; later calls return the first call's outcome.
/// [any thread] Several threads may ask at once (std::call_once); the table is immutable once returned.
template <typename Table> const Result<const Table*>& loadOnce(Status (*fill)(Table&))
{
    static std::once_flag once;
    static Table table;
    static Result<const Table*> outcome = Error(ErrorCode::Internal, "not loaded");
    std::call_once(once, [fill] {
        if (auto s = fill(table); !s.ok())
            outcome = std::move(s).error();
        else
            outcome = &table;
    });
    return outcome;
}

} // namespace accord::base
