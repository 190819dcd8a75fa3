// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <filesystem>
#include <string>
#include <sys/types.h>

namespace accord::test {

/// A real nginx (Debian's /usr/sbin/nginx) serving `root` over HTTPS on 127.0.0.1 at a free port, from a
/// temporary prefix under `workDir`, with a throwaway CA and server certificate made by `openssl` now.
/// JSON files are served chunked (no Content-Length, through sub_filter), so that a client's size caps
/// must hold in its write callback; by-hash content is throttled to `byHashRate` bytes/s (0: unthrottled).
/// The server is stopped (SIGTERM to the PID it started, then waited for) on destruction. [test thread]
class FeedServer {
public:
    FeedServer(const std::filesystem::path& workDir, const std::filesystem::path& root, long byHashRate = 0);
    ~FeedServer();
    FeedServer(const FeedServer&) = delete;
    FeedServer& operator=(const FeedServer&) = delete;

    std::string url() const { return "https://127.0.0.1:" + std::to_string(m_port); }
    const std::filesystem::path& caFile() const { return m_ca; }

private:
    bool start(const std::filesystem::path& root, long byHashRate);
    std::filesystem::path m_prefix;
    std::filesystem::path m_ca;
    int m_port = 0;
    pid_t m_pid = -1;
};

} // namespace accord::test
