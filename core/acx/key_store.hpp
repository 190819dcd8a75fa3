// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "acx/key_provider.hpp"

#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace accord::acx {

/// An in-memory KeyProvider: keys by file id, by path, and an optional key for every other file.
/// Look-up order: file id, then the path as given, then the default key. [any thread] (one mutex)
class KeyStore final : public KeyProvider {
public:
    void addForFileId(const FileId& id, const ContentKey& key);
    void addForPath(const std::filesystem::path& file, const ContentKey& key);
    void setDefault(const ContentKey& key);
    /// Forgets every key (e.g. a revoked lease).
    void clear();

    base::Result<ContentKey> contentKeyFor(const std::filesystem::path& file,
                                           const Header& header) const override;

private:
    mutable std::mutex m_mutex;
    std::map<FileId, ContentKey> m_byId;
    std::map<std::string, ContentKey> m_byPath;
    std::optional<ContentKey> m_default;
};

} // namespace accord::acx
