// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/scope.hpp"

namespace accord::catalogue {

const char* toString(Scope scope) noexcept
{
    return scope == Scope::Recording ? "recording" : "release";
}

} // namespace accord::catalogue
