// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/publisher.hpp"

#include "acx/writer.hpp"
#include "sync/bytes.hpp"
#include "sync/device_key.hpp"
#include "sync/feed_types.hpp"
#include "sync/seal.hpp"
#include "sync/signing_key_file.hpp"
#include "sync/trust.hpp"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <chrono>
#include <cstring>

namespace accord::sync {

namespace {

using base::ErrorCode;
using base::makeError;
using nlohmann::json;

constexpr const char* kStateFile = "publisher.json";

base::Instant plusDays(base::Instant t, int days)
{
    return t + std::chrono::days(days);
}

base::Result<std::vector<SigningKey>> loadKeys(const std::vector<std::string>& paths)
{
    std::vector<SigningKey> keys;
    for (const std::string& p : paths) {
        auto k = loadSigningKey(p);
        if (!k.ok())
            return std::move(k).error();
        keys.push_back(*k);
    }
    return keys;
}

std::vector<std::string> absolutePaths(const std::vector<std::filesystem::path>& paths)
{
    std::vector<std::string> out;
    for (const auto& p : paths)
        out.push_back(std::filesystem::absolute(p).lexically_normal().string());
    return out;
}

// Signature files first, the document last: a reader that sees the document also sees its signatures.
base::Status writeSigned(const std::filesystem::path& feed, const std::string& relPath,
                         const std::string& text, const std::vector<SigningKey>& signers,
                         base::Instant issued)
{
    for (const SigningKey& k : signers) {
        const std::string trusted = "timestamp:" + std::to_string(issued.time_since_epoch().count()) +
                                    "\tfile:" + std::filesystem::path(relPath).filename().string();
        const std::string sig =
            minisignSign(k, text, trusted, "signature from accord publisher key " + k.pub.keyIdHex());
        ACCORD_TRY(writeFileAtomic(feed / signaturePath(relPath, k.pub), sig));
    }
    return writeFileAtomic(feed / relPath, text);
}

// A 32-byte value derived from a signing key's secret seed and a label: deterministic secrets for the
// content keys and the sealed boxes' ephemeral keys, so that re-running the publisher is byte-identical.
std::array<std::uint8_t, 32> derive(const SigningKey& key, const std::string& label)
{
    std::array<std::uint8_t, 32> out{};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(label.data()),
                       label.size(), key.secret.data(), 32);
    return out;
}

Root makeRoot(std::int64_t version, const std::vector<SigningKey>& rootKeys, int threshold,
              const SigningKey& release, const SigningKey& lease, base::Instant issued, int expiresDays)
{
    Root r;
    r.version = version;
    r.issued = issued;
    r.expires = plusDays(issued, expiresDays);
    RoleKeys rk;
    rk.threshold = threshold;
    for (const SigningKey& k : rootKeys)
        rk.keys.push_back(k.pub);
    r.roles["root"] = rk;
    r.roles["release"] = RoleKeys{1, {release.pub}};
    r.roles["lease"] = RoleKeys{1, {lease.pub}};
    return r;
}

// A 16-byte value for the .acx header, keyed with the track's content key: the same key, recording and
// label always give the same bytes (byte-identical output), and nobody without the key can predict them.
std::array<std::uint8_t, 16> deriveFromContentKey(const acx::ContentKey& key, const std::string& label)
{
    std::array<std::uint8_t, 16> out{};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(label.data()),
                       label.size(), key.data(), key.size());
    return out;
}

// The encryption step of a track for the feed: the source as an .acx file (core/acx/FORMAT.md) written
// to `dst`. The nonce prefix is derived from the content key and the recording, so it is reused only to
// encrypt the very same content again (the content key itself is derived from the source's hash).
base::Result<acx::Header> contentForFeed(const std::filesystem::path& source,
                                         const std::filesystem::path& dst, const acx::ContentKey& contentKey,
                                         const std::string& recording)
{
    acx::WriteOptions options;
    options.fileId = deriveFromContentKey(contentKey, "accord acx file id\n" + recording);
    options.noncePrefix = deriveFromContentKey(contentKey, "accord acx nonce prefix\n" + recording);
    return acx::writeAcx(source, dst, contentKey, options);
}

} // namespace

Publisher::Publisher(std::filesystem::path dir, std::string state)
    : m_dir(std::move(dir)), m_feed(m_dir / "feed"), m_state(std::move(state))
{
}

base::Status Publisher::init(const std::filesystem::path& dir,
                             const std::vector<std::filesystem::path>& rootKeys, int threshold,
                             const std::filesystem::path& releaseKey, const std::filesystem::path& leaseKey,
                             base::Instant issued, int expiresDays)
{
    std::error_code ec;
    if (std::filesystem::exists(dir / kStateFile, ec))
        return makeError(ErrorCode::Refused, "already a publisher folder").inFile(dir.string());
    if (rootKeys.empty() || threshold < 1 || static_cast<std::size_t>(threshold) > rootKeys.size())
        return makeError(ErrorCode::InvalidArgument,
                         "the threshold must be between 1 and the number of root keys");
    const auto rootPaths = absolutePaths(rootKeys);
    auto roots = loadKeys(rootPaths);
    auto release = loadSigningKey(releaseKey);
    auto lease = loadSigningKey(leaseKey);
    if (!roots.ok())
        return std::move(roots).error();
    if (!release.ok())
        return std::move(release).error();
    if (!lease.ok())
        return std::move(lease).error();
    const Root root = makeRoot(1, *roots, threshold, *release, *lease, issued, expiresDays);
    const std::filesystem::path feed = dir / "feed";
    ACCORD_TRY(writeSigned(feed, "root/1.json", serialize(root), *roots, issued));
    json state = {{"format", "accord-publisher"},
                  {"root_version", 1},
                  {"root_keys", rootPaths},
                  {"release_key", absolutePaths({releaseKey})[0]},
                  {"lease_key", absolutePaths({leaseKey})[0]},
                  {"release", {{"version", 0}, {"catalogue", json::array()}}},
                  {"accounts", json::object()},
                  {"devices", json::object()}};
    Publisher p(dir, state.dump());
    ACCORD_TRY(p.saveState());
    auto first = p.refreshRelease(issued, 7);
    if (!first.ok())
        return std::move(first).error();
    return {};
}

base::Result<Publisher> Publisher::open(const std::filesystem::path& dir)
{
    auto text = readFileBytes(dir / kStateFile);
    if (!text.ok())
        return makeError(ErrorCode::NotFound, "not a publisher folder (run publish init)")
            .inFile(dir.string());
    const json j = json::parse(*text, nullptr, false);
    if (!j.is_object() || j.value("format", "") != "accord-publisher")
        return makeError(ErrorCode::Format, "not a publisher state file").inFile((dir / kStateFile).string());
    return Publisher(dir, *text);
}

base::Status Publisher::saveState()
{
    return writeFileAtomic(m_dir / kStateFile, json::parse(m_state).dump(2) + "\n", 0600);
}

base::Result<std::string> Publisher::storeByHash(const std::string& content)
{
    const std::string hash = sha256Hex(content);
    const auto path = m_feed / "by-hash" / "sha256" / hash;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        ACCORD_TRY(writeFileAtomic(path, content));
    return hash;
}

base::Result<std::string> Publisher::storeFileByHash(const std::filesystem::path& file)
{
    auto hash = sha256FileHex(file);
    if (!hash.ok())
        return std::move(hash).error();
    const auto path = m_feed / "by-hash" / "sha256" / *hash;
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        std::filesystem::remove(file, ec);
        return hash;
    }
    // The .acx writer makes its file private (0600); the feed is public, readable by any web server.
    std::filesystem::permissions(file,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                                     std::filesystem::perms::group_read | std::filesystem::perms::others_read,
                                 ec);
    std::filesystem::create_directories(path.parent_path(), ec);
    std::filesystem::rename(file, path, ec);
    if (ec)
        return makeError(ErrorCode::Io, ec.message()).inFile(path.string());
    return hash;
}

base::Result<std::int64_t> Publisher::rotateRoot(const std::vector<std::filesystem::path>& newRootKeys,
                                                 int threshold,
                                                 const std::optional<std::filesystem::path>& releaseKey,
                                                 const std::optional<std::filesystem::path>& leaseKey,
                                                 base::Instant issued, int expiresDays)
{
    json state = json::parse(m_state);
    if (newRootKeys.empty() || threshold < 1 || static_cast<std::size_t>(threshold) > newRootKeys.size())
        return makeError(ErrorCode::InvalidArgument,
                         "the threshold must be between 1 and the number of root keys");
    auto oldKeys = loadKeys(state["root_keys"].get<std::vector<std::string>>());
    const auto newPaths = absolutePaths(newRootKeys);
    auto newKeys = loadKeys(newPaths);
    if (releaseKey)
        state["release_key"] = absolutePaths({*releaseKey})[0];
    if (leaseKey)
        state["lease_key"] = absolutePaths({*leaseKey})[0];
    auto release = loadSigningKey(state["release_key"].get<std::string>());
    auto lease = loadSigningKey(state["lease_key"].get<std::string>());
    if (!oldKeys.ok())
        return std::move(oldKeys).error();
    if (!newKeys.ok())
        return std::move(newKeys).error();
    if (!release.ok())
        return std::move(release).error();
    if (!lease.ok())
        return std::move(lease).error();
    const std::int64_t version = state["root_version"].get<std::int64_t>() + 1;
    const Root root = makeRoot(version, *newKeys, threshold, *release, *lease, issued, expiresDays);
    // Signed by the old root keys and the new ones: a client trusting root N accepts N+1 only so.
    std::vector<SigningKey> signers = *oldKeys;
    for (const SigningKey& k : *newKeys) {
        bool seen = false;
        for (const SigningKey& o : signers)
            seen = seen || o.pub == k.pub;
        if (!seen)
            signers.push_back(k);
    }
    ACCORD_TRY(
        writeSigned(m_feed, "root/" + std::to_string(version) + ".json", serialize(root), signers, issued));
    state["root_version"] = version;
    state["root_keys"] = newPaths;
    m_state = state.dump();
    ACCORD_TRY(saveState());
    return version;
}

base::Result<std::int64_t> Publisher::publishCatalogue(const std::vector<std::filesystem::path>& files,
                                                       base::Instant issued, int expiresDays)
{
    json state = json::parse(m_state);
    for (const auto& f : files) {
        auto content = readFileBytes(f);
        if (!content.ok())
            return std::move(content).error();
        auto hash = storeByHash(*content);
        if (!hash.ok())
            return std::move(hash).error();
        state["release"]["catalogue"].push_back({{"sha256", *hash},
                                                 {"size", static_cast<std::int64_t>(content->size())},
                                                 {"format", "accord-json"}});
    }
    m_state = state.dump();
    return refreshRelease(issued, expiresDays);
}

base::Result<std::int64_t> Publisher::refreshRelease(base::Instant issued, int expiresDays)
{
    json state = json::parse(m_state);
    auto key = loadSigningKey(state["release_key"].get<std::string>());
    if (!key.ok())
        return std::move(key).error();
    Release r;
    r.version = state["release"]["version"].get<std::int64_t>() + 1;
    r.rootVersion = state["root_version"].get<std::int64_t>();
    r.issued = issued;
    r.expires = plusDays(issued, expiresDays);
    for (const json& c : state["release"]["catalogue"])
        r.catalogue.push_back(
            {c["sha256"].get<std::string>(), c["size"].get<std::int64_t>(), c["format"].get<std::string>()});
    ACCORD_TRY(writeSigned(m_feed, "release.json", serialize(r), {*key}, issued));
    state["release"]["version"] = r.version;
    m_state = state.dump();
    ACCORD_TRY(saveState());
    return r.version;
}

base::Status Publisher::registerDevice(const std::string& account, const std::string& deviceId,
                                       const std::string& deviceKeyBase64, const std::string& territory,
                                       const std::string& tier, const std::string& deviceClass,
                                       int maxDevices)
{
    auto key = fromBase64(deviceKeyBase64);
    if (!key.ok() || key->size() != 32)
        return makeError(ErrorCode::InvalidArgument, "the device key must be base64 of 32 bytes");
    std::array<std::uint8_t, 32> pk{};
    std::memcpy(pk.data(), key->data(), 32);
    if (deviceIdOf(pk) != deviceId)
        return makeError(ErrorCode::InvalidArgument, "the device id does not belong to that device key");
    json state = json::parse(m_state);
    json& devices = state["devices"];
    if (!devices.contains(deviceId)) {
        int onAccount = 0;
        for (const auto& [id, d] : devices.items())
            onAccount += d["account"] == account ? 1 : 0;
        if (onAccount >= maxDevices)
            return makeError(ErrorCode::Refused, "account " + account + " already has " +
                                                     std::to_string(onAccount) + " devices (the limit is " +
                                                     std::to_string(maxDevices) + ")")
                .forField("device_limit");
    }
    json& d = devices[deviceId];
    d["account"] = account;
    d["key"] = deviceKeyBase64;
    d["territory"] = territory;
    d["tier"] = tier;
    d["device_class"] = deviceClass;
    if (!d.contains("tracks"))
        d["tracks"] = json::object();
    if (!d.contains("lease_version"))
        d["lease_version"] = 0;
    if (!state["accounts"].contains(account))
        state["accounts"][account] = {{"playlists", json::object()}};
    m_state = state.dump();
    return saveState();
}

base::Result<std::int64_t> Publisher::setPlaylist(const std::string& account, const std::string& id,
                                                  const std::string& title,
                                                  const std::vector<std::string>& recordings)
{
    json state = json::parse(m_state);
    json& playlists = state["accounts"][account]["playlists"];
    std::int64_t version = 1;
    if (playlists.contains(id)) {
        const json& old = playlists[id];
        version = old["version"].get<std::int64_t>();
        if (old["title"] != title || old["recordings"] != json(recordings))
            ++version;
    }
    playlists[id] = {{"version", version}, {"title", title}, {"recordings", recordings}};
    m_state = state.dump();
    ACCORD_TRY(saveState());
    return version;
}

base::Result<std::int64_t> Publisher::writeLease(const std::string& deviceId,
                                                 const std::vector<TrackInput>& tracks, base::Instant issued,
                                                 int offlineDays, bool revoke)
{
    json state = json::parse(m_state);
    if (!state["devices"].contains(deviceId))
        return makeError(ErrorCode::NotFound, "no device " + deviceId + " (run publish device first)");
    json& d = state["devices"][deviceId];
    auto key = loadSigningKey(state["lease_key"].get<std::string>());
    if (!key.ok())
        return std::move(key).error();
    auto deviceKey = fromBase64(d["key"].get<std::string>());
    std::array<std::uint8_t, 32> pk{};
    std::memcpy(pk.data(), deviceKey->data(), 32);

    for (const TrackInput& t : tracks) {
        auto sourceHash = sha256FileHex(t.file);
        if (!sourceHash.ok())
            return std::move(sourceHash).error();
        const auto ck = derive(*key, "accord content key\n" + *sourceHash);
        const acx::ContentKey contentKey(std::span<const std::uint8_t, 32>(ck.data(), 32));
        // Encrypted beside by-hash, then stored under its own hash: the feed never shows a partial file.
        const auto staged = m_feed / "by-hash" / "staging.acx";
        std::error_code ec;
        std::filesystem::create_directories(staged.parent_path(), ec);
        auto written = contentForFeed(t.file, staged, contentKey, t.recording);
        if (!written.ok())
            return std::move(written).error();
        auto hash = storeFileByHash(staged);
        if (!hash.ok())
            return std::move(hash).error();
        const auto size = static_cast<std::int64_t>(written->fileSize());
        const auto seed = derive(*key, "accord seal\n" + d["key"].get<std::string>() + "\n" + *hash);
        json jt = {{"sha256", *hash},
                   {"size", size},
                   {"sealed_key", toBase64(sealDeterministic(pk, Bytes(ck.begin(), ck.end()), seed))}};
        jt["not_after"] = t.notAfter ? json(base::formatIso8601(*t.notAfter)) : json(nullptr);
        d["tracks"][t.recording] = jt;
    }

    Lease l;
    l.version = d["lease_version"].get<std::int64_t>() + 1;
    l.issued = issued;
    l.deviceId = deviceId;
    l.deviceKey = d["key"].get<std::string>();
    l.account = d["account"].get<std::string>();
    l.territory = d["territory"].get<std::string>();
    l.tier = d["tier"].get<std::string>();
    l.deviceClass = d["device_class"].get<std::string>();
    l.releaseVersion = state["release"]["version"].get<std::int64_t>();
    l.offlineUntil = plusDays(issued, offlineDays);
    l.revoked = revoke;
    for (const auto& [recording, t] : d["tracks"].items()) {
        LeaseTrack lt{recording, t["sha256"].get<std::string>(), t["size"].get<std::int64_t>(),
                      revoke ? std::string() : t["sealed_key"].get<std::string>(), std::nullopt};
        if (!t["not_after"].is_null())
            lt.notAfter = base::parseIso8601(t["not_after"].get<std::string>())->instant;
        l.tracks.push_back(lt);
    }
    for (const auto& [id, p] : state["accounts"][l.account]["playlists"].items())
        l.playlists.push_back({id, p["version"].get<std::int64_t>(), p["title"].get<std::string>(),
                               p["recordings"].get<std::vector<std::string>>()});
    ACCORD_TRY(writeSigned(m_feed, "devices/" + deviceId + "/lease.json", serialize(l), {*key}, issued));
    d["lease_version"] = l.version;
    m_state = state.dump();
    ACCORD_TRY(saveState());
    return l.version;
}

} // namespace accord::sync
