// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "base/time_point.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace accord::sync {

/// The publisher: writes and signs a feed of static files. A publisher folder holds `publisher.json`
/// (its private state: key file paths, versions, accounts, devices, playlists; never served) and `feed/`,
/// the folder any web server serves. Every write of a feed file is atomic (temporary file + rename), and
/// the signature files are written before the document they sign, so a server never shows a document
/// without its signatures. Output is byte-identical for the same inputs and `issued` (Ed25519 signatures
/// and the sealed content keys are deterministic). [one thread; one process per folder at a time]
class Publisher {
public:
    struct TrackInput {
        std::string recording; ///< catalogue id
        std::filesystem::path file;
        std::optional<base::Instant> notAfter;
    };

    /// Creates the folder with root version 1 (signed by every root key) and an empty release.
    static base::Status init(const std::filesystem::path& dir,
                             const std::vector<std::filesystem::path>& rootKeys, int threshold,
                             const std::filesystem::path& releaseKey, const std::filesystem::path& leaseKey,
                             base::Instant issued, int expiresDays);

    static base::Result<Publisher> open(const std::filesystem::path& dir);

    /// Root N -> N+1 with new root keys (and optionally new release/lease keys), signed by the current
    /// root keys and the new ones. Returns the new version.
    base::Result<std::int64_t> rotateRoot(const std::vector<std::filesystem::path>& newRootKeys,
                                          int threshold,
                                          const std::optional<std::filesystem::path>& releaseKey,
                                          const std::optional<std::filesystem::path>& leaseKey,
                                          base::Instant issued, int expiresDays);
    /// Adds catalogue deltas (Accord JSON or DDEX files, stored by hash) and writes release version + 1.
    base::Result<std::int64_t> publishCatalogue(const std::vector<std::filesystem::path>& files,
                                                base::Instant issued, int expiresDays);
    /// Re-signs the current release with a new issued/expires (version + 1, same deltas).
    base::Result<std::int64_t> refreshRelease(base::Instant issued, int expiresDays);
    /// Registers a device with an account. Refuses (Refused, field "device_limit") a device beyond
    /// `maxDevices` on one account; re-registering a known device updates it.
    base::Status registerDevice(const std::string& account, const std::string& deviceId,
                                const std::string& deviceKeyBase64, const std::string& territory,
                                const std::string& tier, const std::string& deviceClass, int maxDevices);
    /// Creates or replaces a playlist of an account (its version goes up when it changes).
    base::Result<std::int64_t> setPlaylist(const std::string& account, const std::string& id,
                                           const std::string& title,
                                           const std::vector<std::string>& recordings);
    /// Writes the device's lease version + 1: the account's playlists, the device's tracks (`tracks` are
    /// added to those it has; each file is encrypted as an `.acx` (core/acx/FORMAT.md) with a content key
    /// derived from the lease key and the source's hash, stored by hash, and its content key is sealed to
    /// the device; the lease lists the `.acx`'s SHA-256 and size), offline_until = issued + offlineDays;
    /// `revoke` marks it revoked and carries no content keys. Returns the new version.
    base::Result<std::int64_t> writeLease(const std::string& deviceId, const std::vector<TrackInput>& tracks,
                                          base::Instant issued, int offlineDays, bool revoke);

    const std::filesystem::path& feedDir() const { return m_feed; }

private:
    Publisher(std::filesystem::path dir, std::string state);
    base::Status saveState();
    base::Result<std::string> storeByHash(const std::string& content);
    /// Moves `file` (beside the feed, same file system) to by-hash under its SHA-256; returns the hash.
    base::Result<std::string> storeFileByHash(const std::filesystem::path& file);

    std::filesystem::path m_dir;
    std::filesystem::path m_feed;
    std::string m_state; ///< publisher.json, as JSON text (nlohmann kept out of the header)
};

} // namespace accord::sync
