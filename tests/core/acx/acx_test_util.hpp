// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace accord::test {

std::vector<std::uint8_t> readBytes(const std::filesystem::path& path);
void writeBytes(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes);
/// Deterministic pseudo-random bytes.
std::vector<std::uint8_t> patternBytes(std::size_t size, std::uint32_t seed);

} // namespace accord::test
