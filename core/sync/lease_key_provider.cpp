// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/lease_key_provider.hpp"

#include "acx/key_seal.hpp"
#include "sync/bytes.hpp"
#include "sync/device_key.hpp"
#include "sync/feed_types.hpp"
#include "sync/sync_store.hpp"

namespace accord::sync {

namespace {

std::string normalised(const std::filesystem::path& p)
{
    std::error_code ec;
    const auto abs = std::filesystem::absolute(p, ec);
    return (ec ? p : abs).lexically_normal().string();
}

// sync.db is in WAL mode: a commit may change only the -wal file until a checkpoint.
std::optional<std::string> stampOf(const std::filesystem::path& db)
{
    std::error_code ec;
    const auto dbTime = std::filesystem::last_write_time(db, ec);
    if (ec)
        return std::nullopt;
    std::error_code walEc;
    const auto walTime = std::filesystem::last_write_time(db.string() + "-wal", walEc);
    const auto walSize = std::filesystem::file_size(db.string() + "-wal", walEc);
    return std::to_string(dbTime.time_since_epoch().count()) + "/" +
           std::to_string(walEc ? 0 : walTime.time_since_epoch().count()) + "/" +
           std::to_string(walEc ? 0 : walSize);
}

} // namespace

LeaseKeyProvider::LeaseKeyProvider(std::filesystem::path dataDir) : m_dataDir(std::move(dataDir))
{
    refresh(true);
}

std::shared_ptr<LeaseKeyProvider::Snapshot> LeaseKeyProvider::load(const std::filesystem::path& dataDir,
                                                                   std::optional<std::string> stamp)
{
    auto snap = std::make_shared<Snapshot>();
    snap->stamp = std::move(stamp);
    if (!snap->stamp) {
        snap->whyNone = "no synced lease in this data dir (accordctl sync)";
        return snap;
    }
    // For reading: a read-only data dir still plays its downloads.
    auto store = SyncStore::openForReading(dataDir / "sync.db");
    auto state = store.ok() ? store->load() : base::Result<std::optional<SyncState>>(store.error());
    if (!state.ok()) {
        snap->whyNone = "cannot read the synced lease: " + state.error().describe();
        return snap;
    }
    if (!*state || !(*state)->leaseText) {
        snap->whyNone = "no synced lease in this data dir (accordctl sync)";
        return snap;
    }
    auto lease = parseLease(*(*state)->leaseText);
    if (!lease.ok()) {
        snap->whyNone = "cannot read the synced lease: " + lease.error().describe();
        return snap;
    }
    if (lease->revoked) {
        snap->whyNone = "this device was revoked: its content keys are gone";
        return snap;
    }
    const auto keyFile = dataDir / "sync" / "device.key";
    auto device = DeviceKey::load(keyFile);
    if (!device.ok()) {
        snap->whyNone =
            "no device key in this data dir (" + keyFile.string() + "): " + device.error().message;
        return snap;
    }
    const acx::DeviceSecretKey secret(std::span<const std::uint8_t, 32>(device->secretKey));
    acx::wipe(device->secretKey.data(), device->secretKey.size());
    int sealedElsewhere = 0;
    const auto content = dataDir / "sync" / "content";
    for (const LeaseTrack& t : lease->tracks) {
        auto sealed = fromBase64(t.sealedKey);
        if (!sealed.ok() || sealed->empty())
            continue;
        auto key = acx::openContentKey(*sealed, device->publicKey, secret);
        if (!key.ok()) {
            ++sealedElsewhere;
            continue;
        }
        const std::size_t index = snap->keys.size();
        snap->keys.push_back(*key);
        const auto file = content / t.sha256;
        snap->byPath[normalised(file)] = index;
        // The header names the file id the decoder will ask by; a file not downloaded yet has none.
        if (auto header = acx::readHeader(file); header.ok())
            snap->byId[header->fileId] = index;
    }
    if (snap->keys.empty())
        snap->whyNone =
            sealedElsewhere > 0
                ? "the content keys of this data dir's lease are sealed to another device (device " +
                      lease->deviceId + ", this is " + device->deviceId() + ")"
                : "the synced lease gives no content keys";
    return snap;
}

bool LeaseKeyProvider::refresh(bool force) const
{
    const std::lock_guard serial(m_refreshMutex);
    auto stamp = stampOf(m_dataDir / "sync.db");
    if (!force)
        if (const auto snap = current(); snap && snap->stamp == stamp)
            return false;
    // The I/O happens here, outside m_mutex: lookups go on with the old snapshot meanwhile.
    std::shared_ptr<const Snapshot> next = load(m_dataDir, std::move(stamp));
    const std::lock_guard lock(m_mutex);
    m_snapshot.swap(next);
    return true; // the old snapshot (its keys) is released outside the lock, with `next`
}

std::shared_ptr<const LeaseKeyProvider::Snapshot> LeaseKeyProvider::current() const
{
    const std::lock_guard lock(m_mutex);
    return m_snapshot;
}

base::Result<acx::ContentKey> LeaseKeyProvider::contentKeyFor(const std::filesystem::path& file,
                                                              const acx::Header& header) const
{
    const auto snap = current();
    if (snap->keys.empty())
        return base::Error(base::ErrorCode::NotFound, "no content key: " + snap->whyNone)
            .inFile(file.string());
    if (auto it = snap->byId.find(header.fileId);
        it != snap->byId.end() && acx::verifyTag(header, snap->keys[it->second]))
        return snap->keys[it->second];
    if (auto it = snap->byPath.find(normalised(file)); it != snap->byPath.end())
        return snap->keys[it->second];
    // A leased .acx moved or copied elsewhere: the header tag names its key among the lease's.
    for (const acx::ContentKey& k : snap->keys)
        if (acx::verifyTag(header, k))
            return k;
    return base::Error(base::ErrorCode::NotFound,
                       "no content key: this encrypted file is not licensed by this device's lease")
        .inFile(file.string());
}

std::size_t LeaseKeyProvider::keyCount() const
{
    return current()->keys.size();
}

std::string LeaseKeyProvider::whyNone() const
{
    return current()->whyNone;
}

} // namespace accord::sync
