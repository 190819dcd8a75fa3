// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

namespace accord::acx::detail {

/// Initialises libsodium once per process (sodium_init is idempotent and thread-safe since 1.0.11);
/// every entry point of this module calls it before using libsodium. Throws std::runtime_error if the
/// library cannot initialise (no usable randomness source): a broken platform, not an input error.
void ensureSodium();

} // namespace accord::acx::detail
