// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "content_key_args.hpp"

#include "sync/lease_key_provider.hpp"

#include <fstream>
#include <iterator>
#include <string>

namespace accord::cli {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::shared_ptr<acx::KeyStore> contentKeysFrom(Args& args)
{
    const auto file = args.option("--content-key-file");
    if (!file)
        return nullptr;
    std::ifstream in(*file, std::ios::binary);
    if (!in)
        throw UsageError("cannot read --content-key-file " + *file);
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::array<std::uint8_t, acx::ContentKey::kSize> bytes{};
    // Exactly 32 bytes is a raw key: the hex form is 64 digits, so the two never collide.
    if (text.size() == bytes.size()) {
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<std::uint8_t>(text[i]);
    } else {
        const auto first = text.find_first_not_of(" \t\r\n");
        const auto last = text.find_last_not_of(" \t\r\n");
        const std::string hex = first == std::string::npos ? "" : text.substr(first, last - first + 1);
        if (hex.size() != 2 * bytes.size())
            throw UsageError("--content-key-file " + *file +
                             " must hold a key as 64 hex digits or 32 raw bytes");
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            const int hi = hexValue(hex[2 * i]);
            const int lo = hexValue(hex[2 * i + 1]);
            if (hi < 0 || lo < 0)
                throw UsageError("--content-key-file " + *file +
                                 " must hold a key as 64 hex digits or 32 raw bytes");
            bytes[i] = static_cast<std::uint8_t>(hi * 16 + lo);
        }
    }
    auto store = std::make_shared<acx::KeyStore>();
    store->setDefault(acx::ContentKey(std::span<const std::uint8_t, acx::ContentKey::kSize>(bytes)));
    acx::wipe(bytes.data(), bytes.size());
    acx::wipe(text.data(), text.size());
    return store;
}

std::shared_ptr<const acx::KeyProvider> contentKeysFor(Args& args, const std::filesystem::path& dataDir)
{
    if (auto explicitKeys = contentKeysFrom(args))
        return explicitKeys;
    std::error_code ec;
    if (dataDir.empty() || !std::filesystem::exists(dataDir / "sync.db", ec))
        return nullptr;
    return std::make_shared<sync::LeaseKeyProvider>(dataDir);
}

} // namespace accord::cli
