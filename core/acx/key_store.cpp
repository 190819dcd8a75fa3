// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "acx/key_store.hpp"

namespace accord::acx {

void KeyStore::addForFileId(const FileId& id, const ContentKey& key)
{
    std::lock_guard lock(m_mutex);
    m_byId.insert_or_assign(id, key);
}

void KeyStore::addForPath(const std::filesystem::path& file, const ContentKey& key)
{
    std::lock_guard lock(m_mutex);
    m_byPath.insert_or_assign(file.string(), key);
}

void KeyStore::setDefault(const ContentKey& key)
{
    std::lock_guard lock(m_mutex);
    m_default = key;
}

void KeyStore::clear()
{
    std::lock_guard lock(m_mutex);
    m_byId.clear();
    m_byPath.clear();
    m_default.reset();
}

base::Result<ContentKey> KeyStore::contentKeyFor(const std::filesystem::path& file,
                                                 const Header& header) const
{
    std::lock_guard lock(m_mutex);
    if (auto it = m_byId.find(header.fileId); it != m_byId.end())
        return it->second;
    if (auto it = m_byPath.find(file.string()); it != m_byPath.end())
        return it->second;
    if (m_default)
        return *m_default;
    return base::Error(base::ErrorCode::NotFound, "no content key for this encrypted file")
        .inFile(file.string());
}

} // namespace accord::acx
