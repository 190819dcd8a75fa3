// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>

namespace accord::test {

/// Allocations made through operator new while audio::inRealtimeContext() was true, in this process.
/// Linking tests/support/alloc_hook.cpp into a test executable replaces the global operator new to count
/// them.
std::uint64_t realtimeAllocations() noexcept;

} // namespace accord::test
