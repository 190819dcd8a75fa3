// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "core/sync/feed_server.hpp"
#include "support/command.hpp"
#include "support/temp_dir.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <string>

namespace accord::test {

/// Times every feed test uses: the catalogue's deals (tests/data/catalogue) run through 2015.
inline constexpr const char* kIssued = "2015-03-01T00:00:00Z"; ///< the publisher's --issued
inline constexpr const char* kNow = "2015-03-02T00:00:00Z";    ///< the client's --at

/// A published feed served by nginx and a subscriber's data dir set up against it: three signing keys
/// (root, release, lease), the demo catalogue as release 2, account "acc1" with this device, playlist
/// "pl1" (ACC-0001, ACC-0002), and lease 1 with both recordings as downloadable tracks (random bytes,
/// ACC-0002 with not_after 2015-03-20). Nothing is synced yet. [test thread]
class FeedFixture {
public:
    explicit FeedFixture(long byHashRate = 0, std::size_t trackBytes = 200 * 1024);

    /// accordctl with `args` (already shell-quoted where needed) against the data dir; stderr goes to
    /// lastStderr().
    CommandRun ctl(const std::string& args) const;
    /// accordctl without --data-dir (the publisher's commands).
    CommandRun publish(const std::string& args) const;
    std::string lastStderr() const;
    nlohmann::json json(const CommandRun& run) const;

    std::string syncDbBytes() const;
    std::filesystem::path feed() const { return m_pub / "feed"; }
    const std::filesystem::path& pubDir() const { return m_pub; }
    const std::filesystem::path& dataDir() const { return m_data; }
    const std::filesystem::path& keysDir() const { return m_keys; }
    const TempDir& tmp() const { return m_tmp; }
    const FeedServer& server() const { return *m_server; }
    const std::string& deviceId() const { return m_deviceId; }
    std::filesystem::path track(int i) const { return m_tmp / ("track" + std::to_string(i) + ".bin"); }
    /// The by-hash name of recording `recording`'s encrypted track (.acx) in the served lease.
    std::string servedHash(const std::string& recording) const;

private:
    TempDir m_tmp{"accord-sync"};
    std::filesystem::path m_pub, m_keys, m_data;
    std::unique_ptr<FeedServer> m_server;
    std::string m_deviceId;
};

} // namespace accord::test
