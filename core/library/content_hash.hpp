// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace accord::library {

/// A fast non-cryptographic 64-bit hash (8 bytes per step). Used to recognise a moved file by a
/// sample of its content and to store each cover image once. [any thread] Pure.
std::uint64_t hash64(std::span<const std::uint8_t> data, std::uint64_t seed = 0) noexcept;

/// 128 bits as 32 lowercase hex digits (two independently seeded hash64 lanes): the key of a cover image.
std::string hashHex128(std::span<const std::uint8_t> data);

} // namespace accord::library
