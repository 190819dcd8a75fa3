// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "stores/string_pool.hpp"

namespace accord::ui {

StringPool::StringPool()
{
    m_strings.emplace_back();
    m_index.insert(QString(), 0);
}

std::uint32_t StringPool::intern(const QString& text)
{
    if (text.isEmpty())
        return 0;
    const auto it = m_index.constFind(text);
    if (it != m_index.constEnd())
        return it.value();
    const auto id = static_cast<std::uint32_t>(m_strings.size());
    m_strings.push_back(text);
    m_index.insert(text, id);
    return id;
}

} // namespace accord::ui
