// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QHash>
#include <QString>

#include <cstdint>
#include <vector>

namespace accord::ui {

/// Interns repeated strings (artists, albums, genres, codecs, reasons) so 100k rows share one copy each.
/// Id 0 is the empty string. Not thread-safe: build on one thread, then read from any thread.
class StringPool {
public:
    StringPool();
    std::uint32_t intern(const QString& text);
    const QString& at(std::uint32_t id) const { return m_strings[id]; }
    std::size_t size() const noexcept { return m_strings.size(); }

private:
    std::vector<QString> m_strings;
    QHash<QString, std::uint32_t> m_index;
};

} // namespace accord::ui
