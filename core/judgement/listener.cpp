// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "judgement/listener.hpp"

#include <chrono>

namespace accord::judgement {

licence::Context Listener::context() const
{
    licence::Context ctx;
    ctx.territory = territory;
    ctx.tier = tier;
    ctx.device = device;
    ctx.at = fixedAt ? *fixedAt
                     : std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    return ctx;
}

} // namespace accord::judgement
