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
///
/// The keys are an immutable snapshot, read from disk by the constructor and by refresh() only.
/// contentKeyFor(), keyCount() and whyNone() look up the current snapshot and never touch the disk or the
/// database, so the player's decode thread never waits on SQLite or on a sync. Whoever changes the data
/// dir calls refresh() on its provider afterwards, off the decode thread: the window's sync worker after
/// SyncClient::sync and SyncClient::download, a front end before it starts playing. A sync by another
/// process is seen at the next refresh(), not before.
/// Threads: [any thread] every method. refresh() does the I/O (SQLite, the device key, the downloaded
/// files' headers) without holding the lookup lock, then swaps the snapshot in under a short lock;
/// concurrent refresh() calls are serialised among themselves.
class LeaseKeyProvider final : public acx::KeyProvider {
public:
    /// Reads the keys now (refresh()).
    explicit LeaseKeyProvider(std::filesystem::path dataDir);

    /// [any thread, the decode thread included] No I/O: a lookup in the current snapshot.
    base::Result<acx::ContentKey> contentKeyFor(const std::filesystem::path& file,
                                                const acx::Header& header) const override;

    /// Reads sync.db, the device key and the downloaded files' headers again when sync.db (or its WAL)
    /// changed since the snapshot, or always when `force`. A download writes files, not sync.db: after one,
    /// refresh(true) also indexes the new files by their header's file id (without it they are still found
    /// by path and by header tag). Returns true when a new snapshot was swapped in.
    /// [any thread but the decode thread: it does I/O] Const: the snapshot is a cache of the data dir.
    bool refresh(bool force = false) const;

    /// How many content keys the current snapshot gives. [any thread] No I/O.
    std::size_t keyCount() const;
    /// Why the current snapshot has no keys ("" when there are some). [any thread] No I/O.
    std::string whyNone() const;

private:
    struct Snapshot {
        std::optional<std::string> stamp; ///< sync.db's (and its WAL's) mtime/size when read
        std::vector<acx::ContentKey> keys;
        std::map<acx::FileId, std::size_t> byId;   ///< index into keys
        std::map<std::string, std::size_t> byPath; ///< normalised absolute path of a download
        std::string whyNone;
    };
    std::shared_ptr<const Snapshot> current() const;
    static std::shared_ptr<Snapshot> load(const std::filesystem::path& dataDir,
                                          std::optional<std::string> stamp);

    const std::filesystem::path m_dataDir;
    mutable std::mutex m_refreshMutex; ///< one refresh at a time (the slow part, I/O)
    mutable std::mutex m_mutex;        ///< guards m_snapshot only: held for a pointer copy or swap
    mutable std::shared_ptr<const Snapshot> m_snapshot;
};

} // namespace accord::sync
