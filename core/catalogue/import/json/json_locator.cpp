// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/import/json/json_locator.hpp"

#include <algorithm>
#include <string>

namespace accord::catalogue {

namespace {

// A skimmer over valid JSON that records where the value at `target` starts.
class Locator {
public:
    Locator(std::string_view text, std::string_view target) : m_text(text), m_target(target) {}

    size_t find()
    {
        std::string path;
        value(path, 0);
        return m_found;
    }

private:
    void ws()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' ||
                                         m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }

    std::string string()
    {
        std::string out;
        ++m_pos; // opening quote
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size())
                ++m_pos; // escaped character: kept as is (good enough for member names)
            out.push_back(m_text[m_pos++]);
        }
        ++m_pos; // closing quote
        return out;
    }

    void value(std::string& path, int depth)
    {
        ws();
        if (m_pos >= m_text.size() || m_found != std::string_view::npos || depth > 256)
            return;
        if (path == m_target) {
            m_found = m_pos;
            return;
        }
        const char c = m_text[m_pos];
        if (c == '{' || c == '[') {
            ++m_pos;
            long index = 0;
            for (;;) {
                ws();
                if (m_pos >= m_text.size() || m_text[m_pos] == '}' || m_text[m_pos] == ']') {
                    ++m_pos;
                    return;
                }
                std::string segment;
                if (c == '{') {
                    segment = string();
                    ws();
                    ++m_pos; // ':'
                } else {
                    segment = std::to_string(index++);
                }
                const size_t keep = path.size();
                path += '/';
                path += segment;
                value(path, depth + 1);
                path.resize(keep);
                if (m_found != std::string_view::npos)
                    return;
                ws();
                if (m_pos < m_text.size() && m_text[m_pos] == ',')
                    ++m_pos;
            }
        }
        if (c == '"') {
            string();
            return;
        }
        while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '}' &&
               m_text[m_pos] != ']' && m_text[m_pos] != ' ' && m_text[m_pos] != '\n' &&
               m_text[m_pos] != '\r' && m_text[m_pos] != '\t')
            ++m_pos; // number, true, false, null
    }

    std::string_view m_text;
    std::string_view m_target;
    size_t m_pos = 0;
    size_t m_found = std::string_view::npos;
};

} // namespace

long jsonPointerLine(std::string_view text, std::string_view pointer)
{
    std::string_view target = pointer == "/" ? std::string_view() : pointer;
    for (;;) {
        const size_t at = Locator(text, target).find();
        if (at != std::string_view::npos)
            return 1 +
                   static_cast<long>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
        if (target.empty())
            return 0;
        target = target.substr(0, target.rfind('/')); // an absent member: its enclosing object
    }
}

} // namespace accord::catalogue
