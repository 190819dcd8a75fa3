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

} // namespace

LeaseKeyProvider::LeaseKeyProvider(std::filesystem::path dataDir) : m_dataDir(std::move(dataDir)) {}

void LeaseKeyProvider::refreshLocked() const
{
    const auto db = m_dataDir / "sync.db";
    // sync.db is in WAL mode: a commit may change only the -wal file until a checkpoint.
    std::error_code ec;
    const auto dbTime = std::filesystem::last_write_time(db, ec);
    const bool exists = !ec;
    std::error_code walEc;
    const auto walTime = std::filesystem::last_write_time(db.string() + "-wal", walEc);
    const auto walSize = std::filesystem::file_size(db.string() + "-wal", walEc);
    const std::optional<std::string> now =
        exists ? std::optional(std::to_string(dbTime.time_since_epoch().count()) + "/" +
                               std::to_string(walEc ? 0 : walTime.time_since_epoch().count()) + "/" +
                               std::to_string(walEc ? 0 : walSize))
               : std::nullopt;
    if (m_loaded && now == m_loadedStamp)
        return;
    m_loaded = true;
    m_loadedStamp = now;
    m_keys.clear();
    m_byId.clear();
    m_byPath.clear();
    m_whyNone.clear();
    if (!now) {
        m_whyNone = "no synced lease in this data dir (accordctl sync)";
        return;
    }
    auto store = SyncStore::open(db);
    auto state = store.ok() ? store->load() : base::Result<std::optional<SyncState>>(store.error());
    if (!state.ok()) {
        m_whyNone = "cannot read the synced lease: " + state.error().describe();
        return;
    }
    if (!*state || !(*state)->leaseText) {
        m_whyNone = "no synced lease in this data dir (accordctl sync)";
        return;
    }
    auto lease = parseLease(*(*state)->leaseText);
    if (!lease.ok()) {
        m_whyNone = "cannot read the synced lease: " + lease.error().describe();
        return;
    }
    if (lease->revoked) {
        m_whyNone = "this device was revoked: its content keys are gone";
        return;
    }
    const auto keyFile = m_dataDir / "sync" / "device.key";
    auto device = DeviceKey::load(keyFile);
    if (!device.ok()) {
        m_whyNone = "no device key in this data dir (" + keyFile.string() + "): " + device.error().message;
        return;
    }
    const acx::DeviceSecretKey secret(std::span<const std::uint8_t, 32>(device->secretKey));
    acx::wipe(device->secretKey.data(), device->secretKey.size());
    int sealedElsewhere = 0;
    const auto content = m_dataDir / "sync" / "content";
    for (const LeaseTrack& t : lease->tracks) {
        auto sealed = fromBase64(t.sealedKey);
        if (!sealed.ok() || sealed->empty())
            continue;
        auto key = acx::openContentKey(*sealed, device->publicKey, secret);
        if (!key.ok()) {
            ++sealedElsewhere;
            continue;
        }
        const std::size_t index = m_keys.size();
        m_keys.push_back(*key);
        const auto file = content / t.sha256;
        m_byPath[normalised(file)] = index;
        // The header names the file id the decoder will ask by; a file not downloaded yet has none.
        if (auto header = acx::readHeader(file); header.ok())
            m_byId[header->fileId] = index;
    }
    if (m_keys.empty())
        m_whyNone = sealedElsewhere > 0
                        ? "the content keys of this data dir's lease are sealed to another device (device " +
                              lease->deviceId + ", this is " + device->deviceId() + ")"
                        : "the synced lease gives no content keys";
}

base::Result<acx::ContentKey> LeaseKeyProvider::contentKeyFor(const std::filesystem::path& file,
                                                              const acx::Header& header) const
{
    const std::lock_guard lock(m_mutex);
    refreshLocked();
    if (m_keys.empty())
        return base::Error(base::ErrorCode::NotFound, "no content key: " + m_whyNone).inFile(file.string());
    if (auto it = m_byId.find(header.fileId);
        it != m_byId.end() && acx::verifyTag(header, m_keys[it->second]))
        return m_keys[it->second];
    if (auto it = m_byPath.find(normalised(file)); it != m_byPath.end())
        return m_keys[it->second];
    // A leased .acx moved or copied elsewhere: the header tag names its key among the lease's.
    for (const acx::ContentKey& k : m_keys)
        if (acx::verifyTag(header, k))
            return k;
    return base::Error(base::ErrorCode::NotFound,
                       "no content key: this encrypted file is not licensed by this device's lease")
        .inFile(file.string());
}

std::size_t LeaseKeyProvider::keyCount() const
{
    const std::lock_guard lock(m_mutex);
    refreshLocked();
    return m_keys.size();
}

std::string LeaseKeyProvider::whyNone() const
{
    const std::lock_guard lock(m_mutex);
    refreshLocked();
    return m_whyNone;
}

} // namespace accord::sync
