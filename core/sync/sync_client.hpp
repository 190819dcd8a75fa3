// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "base/time_point.hpp"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace accord::sync {

/// What a sync did.
struct SyncReport {
    bool upToDate = false; ///< nothing newer was published
    std::int64_t rootVersion = 0;
    std::int64_t releaseVersion = 0;
    std::int64_t leaseVersion = 0; ///< 0: no lease published for this device yet
    int deltasImported = 0;
    bool revoked = false;
};

/// One playlist as the device holds it.
struct PlaylistStatus {
    std::string id;
    std::string title;
    std::int64_t version = 0;
    int tracks = 0;
    int downloaded = 0;
};

/// `sync status`: versions, when it was last online, how long offline play lasts, what is downloaded.
struct SyncStatus {
    std::string deviceId;
    std::string url;
    std::int64_t rootVersion = 0;
    std::int64_t releaseVersion = 0;
    std::int64_t leaseVersion = 0;
    std::optional<base::Instant> lastOnline;
    std::optional<base::Instant> offlineUntil;
    std::optional<base::Instant> highestSeen;
    double offlineDaysLeft = 0;
    bool revoked = false;
    int tracks = 0;     ///< licensed for download
    int downloaded = 0; ///< of those, on disk
    std::int64_t bytes = 0;
    std::vector<PlaylistStatus> playlists;
};

struct DownloadReport {
    int downloaded = 0; ///< fetched now
    int present = 0;    ///< already on disk
    std::int64_t bytes = 0;
};

/// The subscriber's side of the feed, over `<data-dir>`: `sync.db` (SyncStore), `sync/device.key` and
/// `sync/content/<sha256>` (downloaded tracks). A sync fetches and checks everything first (the root
/// chain, release.json against the root's release keys, the catalogue deltas by hash and size, the
/// device's lease against the lease keys and this device), then imports the new deltas into
/// catalogue.db in one transaction and commits sync.db in one transaction. Any refusal (see refusal.hpp)
/// returns before either write: sync.db stays byte-identical. `now` is the client's clock (--at).
/// [one thread; one process per data dir at a time]
class SyncClient {
public:
    struct InitResult {
        std::string deviceId;
        std::string publicKey; ///< base64 X25519, to register with the service
    };

    /// Creates the device key (mode 0600) and sync.db trusting `rootFile` (a root/N.json obtained out of
    /// band). Refuses a data dir that is already set up.
    static base::Result<InitResult> init(const std::filesystem::path& dataDir, const std::string& url,
                                         const std::filesystem::path& rootFile, const std::string& caFile,
                                         base::Instant now);
    static base::Result<SyncReport> sync(const std::filesystem::path& dataDir, base::Instant now);
    static base::Result<SyncStatus> status(const std::filesystem::path& dataDir, base::Instant now);
    /// Downloads the leased tracks of the named playlists (all leased tracks when empty) with resume,
    /// checking each file's size and SHA-256 (hash_mismatch) and that its content key opens with this
    /// device's key (wrong_device) before it is renamed into place. `progress(recording, done, total)`.
    /// `cancel` (may be null; set from any thread) stops it between tracks and within a transfer: the
    /// call then fails with ErrorCode::Cancelled; finished files stay, a partial one resumes next time.
    static base::Result<DownloadReport>
    download(const std::filesystem::path& dataDir, const std::vector<std::string>& playlists,
             const std::function<void(const std::string&, std::int64_t, std::int64_t)>& progress,
             const std::atomic<bool>* cancel = nullptr);
};

} // namespace accord::sync
