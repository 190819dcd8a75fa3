// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/sync_client.hpp"

#include "acx/key_seal.hpp"
#include "catalogue/db/catalogue.hpp"
#include "catalogue/import/catalogue_importer.hpp"
#include "sync/bytes.hpp"
#include "sync/device_key.hpp"
#include "sync/feed_types.hpp"
#include "sync/fetcher.hpp"
#include "sync/hashing_file_writer.hpp"
#include "sync/refusal.hpp"
#include "sync/sync_store.hpp"
#include "sync/trust.hpp"

#include <algorithm>
#include <future>
#include <set>

namespace accord::sync {

namespace {

using base::ErrorCode;
using base::makeError;

// Caps on what the server may send; content is capped at its declared size.
constexpr std::int64_t kRootCap = 64 * 1024;
constexpr std::int64_t kSignatureCap = 4 * 1024;
constexpr std::int64_t kReleaseCap = 1024 * 1024;
constexpr std::int64_t kLeaseCap = 8 * 1024 * 1024;
constexpr int kMaxRootSteps = 64;

std::filesystem::path storePath(const std::filesystem::path& dataDir)
{
    return dataDir / "sync.db";
}
std::filesystem::path keyPath(const std::filesystem::path& dataDir)
{
    return dataDir / "sync" / "device.key";
}
std::filesystem::path contentDir(const std::filesystem::path& dataDir)
{
    return dataDir / "sync" / "content";
}

struct Loaded {
    SyncStore store;
    SyncState state;
    Root root;
};

// `forWriting`: sync saves the store; status and download only read it (a read-only data dir answers).
base::Result<Loaded> loadState(const std::filesystem::path& dataDir, bool forWriting)
{
    std::error_code ec;
    if (!std::filesystem::exists(storePath(dataDir), ec))
        return makeError(ErrorCode::NotFound, "no sync set up here (run accordctl sync init)")
            .inFile(dataDir.string());
    auto store =
        forWriting ? SyncStore::open(storePath(dataDir)) : SyncStore::openForReading(storePath(dataDir));
    if (!store.ok())
        return std::move(store).error();
    auto state = store->load();
    if (!state.ok())
        return std::move(state).error();
    if (!*state)
        return makeError(ErrorCode::NotFound, "no sync set up here (run accordctl sync init)")
            .inFile(dataDir.string());
    auto root = parseRoot((*state)->rootText);
    if (!root.ok())
        return std::move(root).error();
    return Loaded{std::move(*store), std::move(**state), std::move(*root)};
}

// The signatures of `doc` by the keys of the given roles; a missing signature file is simply absent.
base::Result<SignatureSet> fetchSignatures(const Fetcher& f, const std::string& doc,
                                           std::initializer_list<const RoleKeys*> roles)
{
    SignatureSet set;
    for (const RoleKeys* role : roles)
        for (const PublicKey& k : role->keys) {
            if (set.count(k.keyIdHex()))
                continue;
            auto sig = f.get(signaturePath(doc, k), kSignatureCap);
            if (sig.ok())
                set[k.keyIdHex()] = std::move(*sig);
            else if (sig.error().code != ErrorCode::NotFound)
                return std::move(sig).error();
        }
    return set;
}

// A verified document: fetched, then its signatures against `role`.
base::Result<std::string> fetchSigned(const Fetcher& f, const std::string& doc, const RoleKeys& role,
                                      std::int64_t cap)
{
    auto text = f.get(doc, cap);
    if (!text.ok())
        return std::move(text).error();
    auto sigs = fetchSignatures(f, doc, {&role});
    if (!sigs.ok())
        return std::move(sigs).error();
    auto ok = verifyThreshold(*text, role, *sigs, refusal::kBadSignature);
    if (!ok.ok())
        return refuse(refusal::kBadSignature, doc + ": " + ok.error().message);
    return text;
}

base::Instant maxInstant(std::optional<base::Instant> a, base::Instant b)
{
    return a ? std::max(*a, b) : b;
}

} // namespace

base::Result<SyncClient::InitResult> SyncClient::init(const std::filesystem::path& dataDir,
                                                      const std::string& url,
                                                      const std::filesystem::path& rootFile,
                                                      const std::string& caFile, base::Instant now)
{
    if (url.rfind("https://", 0) != 0)
        return makeError(ErrorCode::InvalidArgument, "the feed URL must be https://");
    auto rootText = readFileBytes(rootFile);
    if (!rootText.ok())
        return std::move(rootText).error();
    // The initial root is trusted as given (obtained out of band), but must at least sign itself.
    auto root = parseRoot(*rootText);
    if (!root.ok())
        return std::move(root).error().inFile(rootFile.string());
    std::error_code ec;
    if (std::filesystem::exists(storePath(dataDir), ec) || std::filesystem::exists(keyPath(dataDir), ec))
        return makeError(ErrorCode::Refused, "sync is already set up in this data dir")
            .inFile(dataDir.string());
    std::filesystem::create_directories(keyPath(dataDir).parent_path(), ec);
    const DeviceKey key = DeviceKey::generate();
    ACCORD_TRY(key.save(keyPath(dataDir)));
    auto store = SyncStore::open(storePath(dataDir));
    if (!store.ok())
        return std::move(store).error();
    SyncState s;
    s.url = url;
    s.caFile = caFile.empty() ? std::string() : std::filesystem::absolute(caFile).string();
    s.rootText = *rootText;
    s.highestSeen = maxInstant(root->issued, now);
    ACCORD_TRY(store->save(s));
    return InitResult{key.deviceId(), key.publicKeyBase64()};
}

base::Result<SyncReport> SyncClient::sync(const std::filesystem::path& dataDir, base::Instant now)
{
    auto loaded = loadState(dataDir, true);
    if (!loaded.ok())
        return std::move(loaded).error();
    SyncState next = loaded->state;
    Root root = loaded->root;
    auto device = DeviceKey::load(keyPath(dataDir));
    if (!device.ok())
        return std::move(device).error();
    const Fetcher f(next.url, next.caFile);
    SyncReport report;

    // 1. The root chain, one version at a time, each signed by the old and the new root keys.
    for (int step = 0; step < kMaxRootSteps; ++step) {
        const std::string doc = "root/" + std::to_string(root.version + 1) + ".json";
        auto text = f.get(doc, kRootCap);
        if (!text.ok() && text.error().code == ErrorCode::NotFound)
            break;
        if (!text.ok())
            return std::move(text).error();
        // The next root's own keys are only known once it is parsed; signatures by either set are fetched.
        auto candidate = parseRoot(*text);
        const RoleKeys& oldKeys = root.roles.at("root");
        auto sigs = candidate.ok() ? fetchSignatures(f, doc, {&oldKeys, &candidate->roles.at("root")})
                                   : fetchSignatures(f, doc, {&oldKeys});
        if (!sigs.ok())
            return std::move(sigs).error();
        auto verified = verifyNextRoot(root, *text, *sigs);
        if (!verified.ok())
            return std::move(verified).error();
        root = std::move(*verified);
        next.rootText = std::move(*text);
    }
    if (now >= root.expires)
        return refuse(refusal::kExpiredMetadata, "root " + std::to_string(root.version) + " expired " +
                                                     base::formatIso8601(root.expires));
    report.rootVersion = root.version;

    // 2. release.json, signed by the root's release keys, not older than the one we have, not expired.
    auto releaseText = fetchSigned(f, "release.json", root.roles.at("release"), kReleaseCap);
    if (!releaseText.ok())
        return std::move(releaseText).error();
    auto release = parseRelease(*releaseText);
    if (!release.ok())
        return std::move(release).error().inFile("release.json");
    if (release->rootVersion > root.version)
        return refuse(refusal::kRootChainBroken, "release.json is signed under root " +
                                                     std::to_string(release->rootVersion) +
                                                     ", the chain reaches " + std::to_string(root.version));
    std::int64_t storedRelease = 0;
    if (next.releaseText) {
        auto old = parseRelease(*next.releaseText);
        if (old.ok())
            storedRelease = old->version;
    }
    if (release->version < storedRelease)
        return refuse(refusal::kRollback, "release " + std::to_string(release->version) + " is older than " +
                                              std::to_string(storedRelease));
    if (now >= release->expires)
        return refuse(refusal::kExpiredMetadata,
                      "release.json expired " + base::formatIso8601(release->expires));
    report.releaseVersion = release->version;
    bool changed = release->version != storedRelease || next.rootText != loaded->state.rootText;

    // 3. New catalogue deltas, by hash, each checked for size and SHA-256 before anything is imported.
    std::vector<std::filesystem::path> deltaFiles;
    std::vector<std::string> deltaHashes;
    const auto staging = dataDir / "sync" / "staging";
    for (const ContentRef& c : release->catalogue) {
        if (next.appliedContent.count(c.sha256))
            continue;
        auto body = f.get("by-hash/sha256/" + c.sha256, c.size);
        if (!body.ok()) {
            if (refusalCode(body.error()) == refusal::kTooLarge)
                return refuse(refusal::kHashMismatch, "by-hash/sha256/" + c.sha256 + " is larger than " +
                                                          std::to_string(c.size) + " bytes");
            return std::move(body).error();
        }
        if (static_cast<std::int64_t>(body->size()) != c.size || sha256Hex(*body) != c.sha256)
            return refuse(refusal::kHashMismatch, "by-hash/sha256/" + c.sha256 + ": content does not match");
        const auto path = staging / (c.sha256 + ".json");
        ACCORD_TRY(writeFileAtomic(path, *body));
        deltaFiles.push_back(path);
        deltaHashes.push_back(c.sha256);
    }

    // 4. This device's lease, signed by the lease keys, for this device, not older than ours.
    base::Instant highest = maxInstant(next.highestSeen, std::max(now, release->issued));
    const std::string leaseDoc = "devices/" + device->deviceId() + "/lease.json";
    auto leaseText = fetchSigned(f, leaseDoc, root.roles.at("lease"), kLeaseCap);
    if (!leaseText.ok() && leaseText.error().code != ErrorCode::NotFound)
        return std::move(leaseText).error();
    if (leaseText.ok()) {
        auto lease = parseLease(*leaseText);
        if (!lease.ok())
            return std::move(lease).error().inFile(leaseDoc);
        if (lease->deviceId != device->deviceId() || lease->deviceKey != device->publicKeyBase64())
            return refuse(refusal::kWrongDevice,
                          "the lease is for device " + lease->deviceId + ", this is " + device->deviceId());
        // A lease is made against a release (release_version): one newer than the release just verified
        // would pair the lease with catalogue data it was not made against. As a TUF client checks its
        // metadata against the snapshot it has verified, the sync refuses and keeps its previous state; the
        // next sync, once the server serves that release, takes both. An older release is fine: a lease
        // stays valid across catalogue releases published after it.
        if (lease->releaseVersion > release->version)
            return refuse(refusal::kStaleRelease,
                          leaseDoc + " was made against release " + std::to_string(lease->releaseVersion) +
                              ", the server's release.json is version " + std::to_string(release->version));
        std::int64_t storedLease = 0;
        if (next.leaseText) {
            auto old = parseLease(*next.leaseText);
            if (old.ok())
                storedLease = old->version;
        }
        if (lease->version < storedLease)
            return refuse(refusal::kRollback, "lease " + std::to_string(lease->version) + " is older than " +
                                                  std::to_string(storedLease));
        changed = changed || lease->version != storedLease;
        report.leaseVersion = lease->version;
        report.revoked = lease->revoked;
        highest = std::max(highest, lease->issued);
        if (lease->revoked) {
            // A revoked device keeps no way to open its downloads.
            for (LeaseTrack& t : lease->tracks)
                t.sealedKey.clear();
            next.leaseText = serialize(*lease);
        } else {
            next.leaseText = std::move(*leaseText);
        }
    } else if (next.leaseText) {
        // A lease we had is gone from the server: keep ours (offline rules still apply to it).
        auto old = parseLease(*next.leaseText);
        if (old.ok())
            report.leaseVersion = old->version;
    }

    // 5. Everything checked: import the deltas (one catalogue transaction), then commit sync.db (one
    // transaction). A crash between the two re-imports the same deltas next time, which is idempotent.
    if (!deltaFiles.empty()) {
        auto cat = catalogue::Catalogue::open(dataDir / "catalogue.db");
        if (!cat.ok())
            return std::move(cat).error();
        auto imported = catalogue::importCatalogueFiles(*cat, deltaFiles);
        if (!imported.ok())
            return std::move(imported).error();
        for (const auto& h : deltaHashes)
            next.appliedContent.insert(h);
        report.deltasImported = static_cast<int>(deltaFiles.size());
    }
    next.releaseText = std::move(*releaseText);
    next.highestSeen = highest;
    next.lastOnline = now;
    ACCORD_TRY(loaded->store.save(next));
    std::error_code ec;
    std::filesystem::remove_all(staging, ec);
    report.upToDate = !changed;
    return report;
}

base::Result<SyncStatus> SyncClient::status(const std::filesystem::path& dataDir, base::Instant now)
{
    auto loaded = loadState(dataDir, false);
    if (!loaded.ok())
        return std::move(loaded).error();
    auto device = DeviceKey::load(keyPath(dataDir));
    if (!device.ok())
        return std::move(device).error();
    SyncStatus s;
    s.deviceId = device->deviceId();
    s.url = loaded->state.url;
    s.rootVersion = loaded->root.version;
    s.lastOnline = loaded->state.lastOnline;
    s.highestSeen = loaded->state.highestSeen;
    if (loaded->state.releaseText)
        if (auto r = parseRelease(*loaded->state.releaseText); r.ok())
            s.releaseVersion = r->version;
    if (!loaded->state.leaseText)
        return s;
    auto lease = parseLease(*loaded->state.leaseText);
    if (!lease.ok())
        return std::move(lease).error();
    s.leaseVersion = lease->version;
    s.offlineUntil = lease->offlineUntil;
    s.revoked = lease->revoked;
    const auto left = std::chrono::duration<double>(lease->offlineUntil - now).count() / 86400.0;
    s.offlineDaysLeft = lease->revoked ? 0 : std::max(0.0, left);
    std::set<std::string> downloaded;
    for (const LeaseTrack& t : lease->tracks) {
        ++s.tracks;
        std::error_code ec;
        const auto path = contentDir(dataDir) / t.sha256;
        if (std::filesystem::exists(path, ec)) {
            ++s.downloaded;
            s.bytes += static_cast<std::int64_t>(std::filesystem::file_size(path, ec));
            downloaded.insert(t.recording);
        }
    }
    for (const Playlist& p : lease->playlists) {
        PlaylistStatus ps{p.id, p.title, p.version, static_cast<int>(p.recordings.size()), 0};
        for (const std::string& r : p.recordings)
            ps.downloaded += downloaded.count(r) ? 1 : 0;
        s.playlists.push_back(ps);
    }
    return s;
}

base::Result<DownloadReport>
SyncClient::download(const std::filesystem::path& dataDir, const std::vector<std::string>& playlists,
                     const std::function<void(const std::string&, std::int64_t, std::int64_t)>& progress,
                     const std::atomic<bool>* cancel)
{
    auto loaded = loadState(dataDir, false);
    if (!loaded.ok())
        return std::move(loaded).error();
    if (!loaded->state.leaseText)
        return makeError(ErrorCode::NotFound, "no lease for this device yet (register it, then sync)");
    auto lease = parseLease(*loaded->state.leaseText);
    if (!lease.ok())
        return std::move(lease).error();
    if (lease->revoked)
        return makeError(ErrorCode::Refused, "this device was revoked").forField("device_revoked");
    auto device = DeviceKey::load(keyPath(dataDir));
    if (!device.ok())
        return std::move(device).error();

    std::set<std::string> wanted;
    for (const std::string& name : playlists) {
        const auto it = std::find_if(lease->playlists.begin(), lease->playlists.end(),
                                     [&](const Playlist& p) { return p.id == name || p.title == name; });
        if (it == lease->playlists.end())
            return makeError(ErrorCode::NotFound, "no playlist " + name + " in the lease");
        wanted.insert(it->recordings.begin(), it->recordings.end());
    }
    const Fetcher f(loaded->state.url, loaded->state.caFile);
    DownloadReport report;
    std::error_code ec;
    std::filesystem::create_directories(contentDir(dataDir), ec);
    // A checked file's fsync(), rename and folder sync run on a second thread while the next file
    // transfers, so the disk's wait overlaps the network's. At most one file waits to be committed; it is
    // counted once committed, and every return below waits for it first (a .part is only ever renamed
    // after its fsync).
    std::future<base::Status> committing;
    std::int64_t committingBytes = 0;
    std::filesystem::path committingFinal;
    const auto settle = [&]() -> base::Status {
        if (!committing.valid())
            return {};
        base::Status done = committing.get();
        if (done.ok()) {
            ++report.downloaded;
            report.bytes += committingBytes;
        }
        return done;
    };
    const auto fail = [&](base::Error e) -> base::Error {
        (void)settle(); // the earlier file is whole and checked: it is kept, and this error is the one told
        return e;
    };
    for (const LeaseTrack& t : lease->tracks) {
        if (!playlists.empty() && !wanted.count(t.recording))
            continue;
        if (cancel && cancel->load())
            return fail(makeError(ErrorCode::Cancelled, "download cancelled"));
        // The content key must open with this device's key before the file is worth having.
        auto sealed = fromBase64(t.sealedKey);
        if (!sealed.ok())
            return fail(refuse(refusal::kWrongDevice, t.recording + ": no content key for this device"));
        // The very function the player's key provider opens it with (LeaseKeyProvider).
        const acx::DeviceSecretKey secret(std::span<const std::uint8_t, 32>(device->secretKey));
        if (!acx::openContentKey(*sealed, device->publicKey, secret).ok())
            return fail(refuse(refusal::kWrongDevice,
                               t.recording + ": the content key is not sealed to this device"));
        const auto final = contentDir(dataDir) / t.sha256;
        if (committing.valid() && final == committingFinal) {
            // The same content listed twice: the first copy must be in place before it counts as present.
            if (auto previous = settle(); !previous.ok())
                return std::move(previous).error();
        }
        if (std::filesystem::exists(final, ec)) {
            ++report.present;
            continue;
        }
        const auto part = contentDir(dataDir) / (t.sha256 + ".part");
        std::string hash;
        std::unique_ptr<HashingFileWriter> unsynced;
        auto got = f.download(
            "by-hash/sha256/" + t.sha256, part, t.size,
            [&](std::int64_t done, std::int64_t total) {
                if (progress)
                    progress(t.recording, done, total);
            },
            cancel, &hash, &unsynced);
        if (!got.ok()) {
            if (refusalCode(got.error()) == refusal::kTooLarge)
                std::filesystem::remove(part, ec);
            return fail(std::move(got).error());
        }
        // Hashed as it arrived by the fetcher: no second read of the file.
        const auto size = static_cast<std::int64_t>(std::filesystem::file_size(part, ec));
        if (size != t.size || hash != t.sha256) {
            unsynced.reset();
            std::filesystem::remove(part, ec);
            return fail(refuse(refusal::kHashMismatch, "by-hash/sha256/" + t.sha256 + " (" + t.recording +
                                                           "): content does not match the lease"));
        }
        if (auto previous = settle(); !previous.ok())
            return std::move(previous).error();
        committingBytes = size;
        committingFinal = final;
        committing = std::async(
            std::launch::async,
            [file = std::move(unsynced), part, final, dir = contentDir(dataDir)]() mutable -> base::Status {
                // The bytes reach the disk before the rename makes them visible (a
                // file already whole when resumed was synced by the fetcher).
                if (file && !file->syncAndClose())
                    return makeError(ErrorCode::Io, "fsync failed").inFile(part.string());
                std::error_code renameError;
                std::filesystem::rename(part, final, renameError);
                if (renameError)
                    return makeError(ErrorCode::Io, renameError.message()).inFile(final.string());
                syncFolder(dir); // the rename itself reaches the disk
                return {};
            });
    }
    if (auto last = settle(); !last.ok())
        return std::move(last).error();
    return report;
}

} // namespace accord::sync
