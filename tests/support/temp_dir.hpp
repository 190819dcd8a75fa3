// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <filesystem>
#include <string>

namespace accord::test {

/// A fresh directory under $TMPDIR, removed with everything in it on destruction
/// (kept when ACCORD_KEEP_TEMP is set, for debugging).
class TempDir {
public:
    explicit TempDir(const std::string& prefix = "accord-test");
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

/// Writes `content` to `path` (binary), creating parent folders.
void writeFile(const std::filesystem::path& path, const std::string& content);

} // namespace accord::test
