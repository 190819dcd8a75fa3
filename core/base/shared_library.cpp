// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "base/shared_library.hpp"

#include <dlfcn.h>

namespace accord::base {

Result<SharedLibrary> SharedLibrary::open(const std::string& soname)
{
    void* handle = ::dlopen(soname.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* why = ::dlerror();
        return Error(ErrorCode::NotFound,
                     soname + " cannot be loaded" + (why ? std::string(": ") + why : ""));
    }
    return SharedLibrary(handle, soname);
}

Result<void*> SharedLibrary::symbol(const char* name) const
{
    ::dlerror(); // an earlier failure's message would otherwise be reported for this one
    void* address = ::dlsym(m_handle, name);
    if (!address) {
        const char* why = ::dlerror();
        return Error(ErrorCode::NotFound,
                     m_soname + " has no " + name + (why ? std::string(" (") + why + ")" : ""));
    }
    return address;
}

} // namespace accord::base
