// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "args.hpp"

#include "licence/context.hpp"

#include <optional>
#include <string>

namespace accord::cli {

/// The licence context from option values: --territory and --tier are required, the device class
/// (option named `deviceOption` in messages) defaults to desktop, --at to now. Throws UsageError.
licence::Context licenceContextFrom(const std::optional<std::string>& territory,
                                    const std::optional<std::string>& tier,
                                    const std::optional<std::string>& device,
                                    const std::optional<std::string>& at,
                                    const std::string& deviceOption = "--device");

/// Takes --territory, --tier, --device and --at out of `args` and builds the context.
licence::Context parseLicenceContext(Args& args);

} // namespace accord::cli
