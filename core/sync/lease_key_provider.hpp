// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "acx/key_provider.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace accord::sync {

/// The content keys of a subscriber's downloaded `.acx` tracks, for the decoder (acx::KeyProvider): each
/// key of the last verified lease in `<data-dir>/sync.db`, opened with this device's X25519 secret key
/// (`<data-dir>/sync/device.key`, acx::openContentKey). A file's key is found by the file id in its header
/// (read from the downloaded files `sync/content/<sha256>`), by the path of a downloaded file, and, for an
/// `.acx` file moved elsewhere, by the header tag (which commits the file to its key).
/// Gives no keys at all when there is no lease, when the lease is revoked (its keys are wiped), when the
/// data dir has no device key, or when the keys are sealed to another device (a synced folder copied to
/// another data dir): contentKeyFor() then says why, naming the file (kind NotFound).
/// The lease is read again when sync.db changes (a sync in the same process or another one).
/// [any thread] (one mutex); contentKeyFor() does a stat() of sync.db and, after a change, reads it.
class LeaseKeyProvider final : public acx::KeyProvider {
public:
    explicit LeaseKeyProvider(std::filesystem::path dataDir);

    base::Result<acx::ContentKey> contentKeyFor(const std::filesystem::path& file,
                                                const acx::Header& header) const override;

    /// How many content keys the current lease gives (after reading sync.db if it changed).
    std::size_t keyCount() const;
    /// Why there are no keys ("" when there are some).
    std::string whyNone() const;

private:
    void refreshLocked() const;

    const std::filesystem::path m_dataDir;
    mutable std::mutex m_mutex;
    mutable std::optional<std::string> m_loadedStamp; ///< sync.db's (and its WAL's) mtime/size when read
    mutable bool m_loaded = false;
    mutable std::vector<acx::ContentKey> m_keys;
    mutable std::map<acx::FileId, std::size_t> m_byId;   ///< index into m_keys
    mutable std::map<std::string, std::size_t> m_byPath; ///< normalised absolute path of a download
    mutable std::string m_whyNone;
};

} // namespace accord::sync
