// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QStringView>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace accord::ui {

/// The filter's haystack: one folded text per row (see search_fold.hpp), all rows in one contiguous
/// UTF-8 buffer separated by a newline that folded text never contains, so a keystroke is one memmem()
/// over a few megabytes instead of one heap string per row. UTF-8 matching is exact: a valid UTF-8
/// needle can only match at character boundaries.
/// Built once (on the loader thread), then read-only. [any thread for const methods]
class SearchIndex {
public:
    void reserve(std::size_t rows, std::size_t bytes);
    /// Appends the next row's folded text. Rows are numbered in the order they are added.
    void add(QStringView folded);
    void shrinkToFit();

    std::size_t size() const noexcept { return m_start.size() - 1; }
    /// The folded text of `row`, UTF-8.
    std::string_view text(std::uint32_t row) const;
    /// Whether `row`'s text contains `utf8Word` (a folded, non-empty word).
    bool contains(std::uint32_t row, std::string_view utf8Word) const;
    /// Sets `hits[row]` to 1 for every row whose text contains `utf8Word`, in one pass over the buffer.
    /// `hits` is resized to size() and cleared first.
    void scan(std::string_view utf8Word, std::vector<std::uint8_t>& hits) const;

private:
    std::string m_text;
    std::vector<std::uint32_t> m_start{0}; ///< row r is [m_start[r], m_start[r+1] - 1); the separator follows
};

} // namespace accord::ui
