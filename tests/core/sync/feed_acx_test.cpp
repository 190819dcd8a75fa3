// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The publisher's encrypted tracks (.acx) through the real nginx: what a subscriber downloads decodes to
// exactly the source's samples with the keys of its lease, damage is caught at download or at decode,
// another device decrypts nothing, and the gated player honours the offline lease for a download.
#include "acx/header.hpp"
#include "acx/key_seal.hpp"
#include "acx/writer.hpp"
#include "audio/decoder.hpp"
#include "core/sync/feed_fixture.hpp"
#include "support/audio_fixtures.hpp"
#include "sync/bytes.hpp"
#include "sync/device_key.hpp"
#include "sync/feed_types.hpp"
#include "sync/lease_key_provider.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <cstring>
#include <thread>

using namespace accord;
using namespace accord::test;
namespace fs = std::filesystem;

namespace {

// A real FLAC of ACC-0001 (tagged with its ISRC), published as the lease's ACC-0001 track, synced and
// downloaded. Returns the source.
fs::path publishFlac(const FeedFixture& f, double seconds = 5.0)
{
    const fs::path wav = f.tmp() / "porcelain.wav";
    const fs::path flac = f.tmp() / "porcelain.flac";
    makeWav(wav, seconds, 7);
    encode(wav, flac);
    tagFile(flac, {{"ISRC", "CNB011500001"}, {"TITLE", "Blue and White Porcelain"}});
    const auto lease =
        f.publish("publish lease --dir " + shellQuote(f.pubDir().string()) + " --device-id " + f.deviceId() +
                  " --track ACC-0001=" + shellQuote(flac.string()) + " --issued " + kIssued);
    INFO(f.lastStderr());
    REQUIRE(lease.exitCode == 0);
    const auto synced = f.ctl("sync --json --at " + std::string(kNow));
    INFO(f.lastStderr());
    REQUIRE(synced.exitCode == 0);
    return flac;
}

sync::LeaseTrack servedTrack(const FeedFixture& f, const std::string& recording)
{
    auto text = sync::readFileBytes(f.feed() / "devices" / f.deviceId() / "lease.json");
    REQUIRE(text.ok());
    auto lease = sync::parseLease(*text);
    REQUIRE(lease.ok());
    for (const auto& t : lease->tracks)
        if (t.recording == recording)
            return t;
    FAIL("no track " << recording << " in the served lease");
    return {};
}

fs::path downloaded(const FeedFixture& f, const sync::LeaseTrack& t)
{
    return f.dataDir() / "sync" / "content" / t.sha256;
}

std::vector<std::byte> decodeAll(audio::Decoder& d)
{
    std::vector<std::byte> out;
    std::vector<std::byte> buf(4096 * d.format().bytesPerFrame());
    for (;;) {
        auto got = d.read(buf.data(), 4096);
        REQUIRE(got.ok());
        if (*got == 0)
            break;
        out.insert(out.end(), buf.begin(),
                   buf.begin() + static_cast<std::ptrdiff_t>(*got * d.format().bytesPerFrame()));
    }
    return out;
}

std::vector<std::byte> readAt(audio::Decoder& d, std::uint64_t frame, std::size_t frames)
{
    REQUIRE(d.seek(frame).ok());
    std::vector<std::byte> buf(frames * d.format().bytesPerFrame());
    auto got = d.read(buf.data(), frames);
    REQUIRE(got.ok());
    buf.resize(*got * d.format().bytesPerFrame());
    return buf;
}

void flipByte(const fs::path& p, std::size_t at)
{
    std::string s = *sync::readFileBytes(p);
    REQUIRE(at < s.size());
    s[at] = static_cast<char>(s[at] ^ 0x01);
    writeFile(p, s);
}

std::string sha256Of(const CommandRun& r)
{
    return sync::sha256Hex(r.out);
}

} // namespace

TEST_CASE("acx feed: a downloaded .acx decodes to exactly the source's samples and seeks to the exact frame",
          "[sync][acx]")
{
    FeedFixture f;
    const fs::path flac = publishFlac(f);
    const auto dl = f.ctl("sync download --json --quiet");
    INFO(f.lastStderr());
    REQUIRE(dl.exitCode == 0);
    const sync::LeaseTrack t = servedTrack(f, "ACC-0001");
    const fs::path acxFile = downloaded(f, t);

    // The lease lists the .acx (not the source): its hash and size, an encrypted file of the source.
    REQUIRE(fs::exists(acxFile));
    CHECK(static_cast<std::int64_t>(fs::file_size(acxFile)) == t.size);
    CHECK(*sync::sha256FileHex(acxFile) == t.sha256);
    CHECK(t.sha256 != *sync::sha256FileHex(flac));
    auto header = acx::readHeader(acxFile);
    REQUIRE(header.ok());
    CHECK(header->plaintextSize == fs::file_size(flac));
    CHECK(header->fileSize() == fs::file_size(acxFile));
    CHECK(header->chunkCount() >= 3);
    // The plaintext is nowhere in the served file: its first 4 KiB of FLAC do not appear.
    const std::string served = *sync::readFileBytes(f.feed() / "by-hash" / "sha256" / t.sha256);
    const std::string plain = *sync::readFileBytes(flac);
    CHECK(served.find(plain.substr(1024, 64)) == std::string::npos);

    // The sealed key opens with acx::openContentKey and the device key of the data dir.
    auto device = sync::DeviceKey::load(f.dataDir() / "sync" / "device.key");
    REQUIRE(device.ok());
    auto sealed = sync::fromBase64(t.sealedKey);
    REQUIRE(sealed.ok());
    const acx::DeviceSecretKey secret(std::span<const std::uint8_t, 32>(device->secretKey));
    auto key = acx::openContentKey(*sealed, device->publicKey, secret);
    REQUIRE(key.ok());
    CHECK(acx::verifyTag(*header, *key));

    // Decoded with the lease's keys: the very samples of the plain source.
    const sync::LeaseKeyProvider keys(f.dataDir());
    CHECK(keys.keyCount() == 2);
    auto enc = audio::openDecoder(acxFile, &keys);
    INFO((enc.ok() ? std::string() : enc.error().describe()));
    REQUIRE(enc.ok());
    auto src = audio::openDecoder(flac, nullptr);
    REQUIRE(src.ok());
    CHECK((*enc)->encrypted());
    CHECK((*enc)->codec() == (*src)->codec());
    REQUIRE((*enc)->frames() == (*src)->frames());
    CHECK((*enc)->format().sampleRate == (*src)->format().sampleRate);
    CHECK((*enc)->format().channels == (*src)->format().channels);
    const auto all = decodeAll(**src);
    REQUIRE(all.size() == (*src)->frames() * (*src)->format().bytesPerFrame());
    CHECK(decodeAll(**enc) == all);

    // Seeks land on the exact frame: the frames read after a seek are the source's frames there.
    const std::size_t bpf = (*src)->format().bytesPerFrame();
    const std::uint64_t frames = (*src)->frames();
    for (const std::uint64_t at : {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{12345}, frames / 2 + 17,
                                   frames - 1000, std::uint64_t{44100 * 3 + 1}}) {
        INFO("seek to frame " << at);
        const auto got = readAt(**enc, at, 1000);
        REQUIRE(got.size() == std::min<std::uint64_t>(1000, frames - at) * bpf);
        CHECK(std::memcmp(got.data(), all.data() + at * bpf, got.size()) == 0);
        CHECK(got == readAt(**src, at, 1000));
    }

    // accordctl decode takes the lease's keys when no --content-key-file is given.
    const auto rawAcx = f.ctl("decode --raw " + shellQuote(acxFile.string()));
    INFO(f.lastStderr());
    REQUIRE(rawAcx.exitCode == 0);
    const auto rawSrc = f.ctl("decode --raw " + shellQuote(flac.string()));
    REQUIRE(rawSrc.exitCode == 0);
    CHECK(rawAcx.out.size() == all.size());
    CHECK(sha256Of(rawAcx) == sha256Of(rawSrc));
    const auto info = f.json(f.ctl("decode --info " + shellQuote(acxFile.string())));
    CHECK(info["encrypted"] == true);
    CHECK(info["frames"] == frames);
}

TEST_CASE("acx feed: a chunk altered in the served folder is refused at download, an .acx altered after "
          "download fails to decode naming the file",
          "[sync][acx]")
{
    FeedFixture f;
    const fs::path flac = publishFlac(f);
    const sync::LeaseTrack t = servedTrack(f, "ACC-0001");
    const fs::path served = f.feed() / "by-hash" / "sha256" / t.sha256;
    const std::size_t inChunk1 = acx::kHeaderSize + acx::kChunkSize + acx::kChunkTagSize + 100;

    // The server's copy altered: the download checks the lease's hash and keeps nothing.
    flipByte(served, inChunk1);
    const auto bad = f.ctl("sync download --json --quiet");
    CHECK(bad.exitCode == 1);
    CHECK(f.json(bad)["code"] == "hash_mismatch");
    CHECK(f.lastStderr().find("hash_mismatch") != std::string::npos);
    CHECK_FALSE(fs::exists(downloaded(f, t)));
    CHECK_FALSE(fs::exists(downloaded(f, t).string() + ".part"));
    flipByte(served, inChunk1);
    const auto good = f.ctl("sync download --json --quiet");
    INFO(f.lastStderr());
    REQUIRE(good.exitCode == 0);
    const fs::path file = downloaded(f, t);
    REQUIRE(fs::exists(file));
    const std::string intact = *sync::readFileBytes(file);
    const sync::LeaseKeyProvider keys(f.dataDir());

    auto decodeFails = [&](const std::string& what) {
        INFO(what);
        const auto r = f.ctl("decode --raw " + shellQuote(file.string()));
        CHECK(r.exitCode == 1);
        CHECK(f.lastStderr().find(file.string()) != std::string::npos);
        // In process: an error naming the file at open or at the damaged chunk, never silent samples.
        auto d = audio::openDecoder(file, &keys);
        std::string error;
        if (!d.ok()) {
            error = d.error().describe();
        } else {
            std::vector<std::byte> buf(4096 * (*d)->format().bytesPerFrame());
            for (;;) {
                auto got = (*d)->read(buf.data(), 4096);
                if (!got.ok()) {
                    error = got.error().describe();
                    break;
                }
                if (*got == 0)
                    break;
            }
        }
        CHECK(error.find(file.string()) != std::string::npos);
        writeFile(file, intact);
    };
    // An altered byte in a chunk after the download.
    flipByte(file, inChunk1);
    decodeFails("altered chunk 1");
    // Chunks 1 and 2 swapped.
    {
        std::string s = intact;
        const std::size_t stride = acx::kChunkSize + acx::kChunkTagSize;
        const std::size_t c1 = acx::kHeaderSize + stride;
        std::string chunk1 = s.substr(c1, stride);
        s.replace(c1, stride, s.substr(c1 + stride, stride));
        s.replace(c1 + stride, stride, chunk1);
        writeFile(file, s);
        decodeFails("chunks 1 and 2 swapped");
    }
    // Cut at a chunk boundary.
    writeFile(file, intact.substr(0, acx::kHeaderSize + 2 * (acx::kChunkSize + acx::kChunkTagSize)));
    decodeFails("truncated");
    // Intact again: it decodes.
    CHECK(f.ctl("decode --raw " + shellQuote(file.string())).exitCode == 0);
}

TEST_CASE("acx feed: a sync folder copied to another data dir, a data dir without its device key and a "
          "revoked lease decrypt nothing",
          "[sync][acx]")
{
    FeedFixture f;
    publishFlac(f);
    REQUIRE(f.ctl("sync download --json --quiet").exitCode == 0);
    const sync::LeaseTrack t = servedTrack(f, "ACC-0001");
    REQUIRE(f.ctl("decode --raw " + shellQuote(downloaded(f, t).string()) + " >/dev/null").exitCode == 0);

    auto decodeIn = [&](const fs::path& dataDir, const std::string& expect) {
        const fs::path file = dataDir / "sync" / "content" / t.sha256;
        const auto r =
            runCommand(std::string(ACCORDCTL_PATH) + " --data-dir " + shellQuote(dataDir.string()) +
                       " decode --raw " + shellQuote(file.string()) + " 2>&1 >/dev/null");
        INFO(r.out);
        CHECK(r.exitCode == 1);
        CHECK(r.out.find(expect) != std::string::npos);
        CHECK(r.out.find(file.string()) != std::string::npos);
        const sync::LeaseKeyProvider keys(dataDir);
        CHECK(keys.keyCount() == 0);
        CHECK(keys.whyNone().find(expect) != std::string::npos);
    };

    // Another machine: the whole data dir copied, with that machine's own device key.
    const fs::path copy = f.tmp() / "copy";
    fs::copy(f.dataDir(), copy, fs::copy_options::recursive);
    fs::remove(copy / "sync" / "device.key");
    REQUIRE(sync::DeviceKey::generate().save(copy / "sync" / "device.key").ok());
    decodeIn(copy, "sealed to another device");

    // The same data dir without any device key.
    const fs::path keyless = f.tmp() / "keyless";
    fs::copy(f.dataDir(), keyless, fs::copy_options::recursive);
    fs::remove(keyless / "sync" / "device.key");
    decodeIn(keyless, "no device key");

    // Revoked: the synced lease carries no keys, the download already on disk no longer decodes.
    REQUIRE(f.publish("publish lease --dir " + shellQuote(f.pubDir().string()) + " --device-id " +
                      f.deviceId() + " --revoke --issued 2015-03-02T00:00:00Z")
                .exitCode == 0);
    REQUIRE(f.ctl("sync --json --at 2015-03-03T00:00:00Z").exitCode == 0);
    decodeIn(f.dataDir(), "revoked");
}

TEST_CASE("acx feed: accordctl play of a downloaded track plays before offline_until and is skipped after",
          "[sync][acx]")
{
    FeedFixture f;
    publishFlac(f, 1.0);
    REQUIRE(f.ctl("sync download --json --quiet").exitCode == 0);
    const fs::path file = downloaded(f, servedTrack(f, "ACC-0001"));
    writeFile(f.tmp() / "asound.conf", "pcm.default { type null }\n");
    auto play = [&](const char* at) {
        // No --territory/--tier: the lease's (CN, vip, desktop) apply; the lease's keys decrypt.
        return runCommand("ALSA_CONFIG_PATH=" + shellQuote((f.tmp() / "asound.conf").string()) + " " +
                          ACCORDCTL_PATH + " --data-dir " + shellQuote(f.dataDir().string()) +
                          " play --json --quiet --at " + at + " " + shellQuote(file.string()) + " 2>" +
                          shellQuote((f.tmp() / "play.err").string()));
    };
    const auto within = play("2015-03-10T00:00:00Z");
    INFO(within.out << *sync::readFileBytes(f.tmp() / "play.err"));
    CHECK(within.exitCode == 0);
    const auto w = f.json(within);
    CHECK(w["played"] == 1);
    CHECK(w["skipped"].empty());
    const auto lapsed = f.json(play("2015-04-01T00:00:00Z"));
    INFO(lapsed.dump(2));
    CHECK(lapsed["played"] == 0);
    REQUIRE(lapsed["skipped"].size() == 1);
    CHECK(lapsed["skipped"][0]["reason_code"] == "offline_lease_expired");
}

TEST_CASE("acx feed: one LeaseKeyProvider (as the window's player holds) follows the syncs of its data dir "
          "at each refresh()",
          "[sync][acx]")
{
    FeedFixture f;
    // Made before anything is synced, kept across syncs, as the long-running window does; whoever syncs
    // calls refresh() afterwards (before this fix the provider re-read sync.db by itself, on the decode
    // thread: the expectation that it follows without refresh() was that bug).
    const sync::LeaseKeyProvider keys(f.dataDir());
    CHECK(keys.keyCount() == 0);
    CHECK(keys.whyNone().find("no synced lease") != std::string::npos);
    publishFlac(f, 1.0);
    REQUIRE(f.ctl("sync download --json --quiet").exitCode == 0);
    const fs::path file = downloaded(f, servedTrack(f, "ACC-0001"));
    CHECK(keys.keyCount() == 0); // the snapshot stands until refresh()
    CHECK(keys.refresh());
    CHECK_FALSE(keys.refresh()); // sync.db unchanged: nothing read again
    CHECK(keys.keyCount() == 2);
    {
        auto d = audio::openDecoder(file, &keys);
        INFO((d.ok() ? std::string() : d.error().describe()));
        CHECK(d.ok());
    }
    // The same .acx moved out of the sync folder: found by its header tag among the lease's keys.
    const fs::path moved = f.tmp() / "moved.acx";
    fs::copy_file(file, moved);
    CHECK(audio::openDecoder(moved, &keys).ok());
    // Another .acx, not from this lease: no key, and the error names it.
    const fs::path foreign = f.tmp() / "foreign.acx";
    REQUIRE(acx::writeAcx(f.tmp() / "porcelain.flac", foreign, acx::generateContentKey()).ok());
    auto none = audio::openDecoder(foreign, &keys);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().describe().find(foreign.string()) != std::string::npos);

    REQUIRE(f.publish("publish lease --dir " + shellQuote(f.pubDir().string()) + " --device-id " +
                      f.deviceId() + " --revoke --issued 2015-03-02T00:00:00Z")
                .exitCode == 0);
    REQUIRE(f.ctl("sync --json --at 2015-03-03T00:00:00Z").exitCode == 0);
    CHECK(keys.keyCount() == 2);
    CHECK(keys.refresh());
    CHECK(keys.keyCount() == 0);
    auto revoked = audio::openDecoder(file, &keys);
    REQUIRE_FALSE(revoked.ok());
    CHECK(revoked.error().describe().find("revoked") != std::string::npos);
}

TEST_CASE("acx feed: LeaseKeyProvider::contentKeyFor serves its snapshot without touching the disk, "
          "refresh() reads it again",
          "[sync][acx]")
{
    FeedFixture f;
    publishFlac(f, 1.0);
    REQUIRE(f.ctl("sync download --json --quiet").exitCode == 0);
    const fs::path file = downloaded(f, servedTrack(f, "ACC-0001"));
    const sync::LeaseKeyProvider keys(f.dataDir());
    REQUIRE(keys.keyCount() == 2);
    auto header = acx::readHeader(file);
    REQUIRE(header.ok());
    // The .acx copied out of the data dir, then every file the keys came from taken away: sync.db (and a
    // different file in its place, so that its stamp changes), its WAL, the device key, the downloads.
    // A provider that reads the disk on a lookup (the old one stat()ed sync.db and re-read it) finds no
    // lease; the snapshot still serves the key, by header file id and by tag.
    const fs::path copy = f.tmp() / "kept.acx";
    fs::copy_file(file, copy);
    fs::remove(f.dataDir() / "sync.db-wal");
    fs::remove(f.dataDir() / "sync.db-shm");
    fs::remove(f.dataDir() / "sync.db");
    writeFile(f.dataDir() / "sync.db", std::string(8192, 'x')); // not a database
    fs::remove(f.dataDir() / "sync" / "device.key");
    fs::remove_all(f.dataDir() / "sync" / "content");
    auto byId = keys.contentKeyFor(file, *header);
    INFO((byId.ok() ? std::string() : byId.error().describe()));
    CHECK(byId.ok());
    CHECK(keys.contentKeyFor(copy, *header).ok());
    {
        auto d = audio::openDecoder(copy, &keys);
        INFO((d.ok() ? std::string() : d.error().describe()));
        CHECK(d.ok());
    }
    CHECK(keys.keyCount() == 2);
    // Now read again: the data dir has no lease any more.
    CHECK(keys.refresh());
    CHECK(keys.keyCount() == 0);
    INFO(keys.whyNone());
    CHECK(keys.whyNone().find("cannot read the synced lease") != std::string::npos);
    auto gone = audio::openDecoder(copy, &keys);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().describe().find(copy.string()) != std::string::npos);
    fs::remove(f.dataDir() / "sync.db");
    CHECK(keys.refresh());
    CHECK(keys.whyNone().find("no synced lease") != std::string::npos);
}

TEST_CASE("acx feed: lookups on other threads go on while refresh() swaps snapshots", "[sync][acx]")
{
    FeedFixture f;
    publishFlac(f, 1.0);
    REQUIRE(f.ctl("sync download --json --quiet").exitCode == 0);
    const fs::path file = downloaded(f, servedTrack(f, "ACC-0001"));
    const sync::LeaseKeyProvider keys(f.dataDir());
    auto header = acx::readHeader(file);
    REQUIRE(header.ok());
    std::atomic<bool> stop{false};
    std::atomic<int> found{0}, missing{0};
    std::vector<std::thread> readers;
    for (int i = 0; i < 2; ++i)
        readers.emplace_back([&] {
            while (!stop.load())
                (keys.contentKeyFor(file, *header).ok() ? found : missing).fetch_add(1);
        });
    for (int i = 0; i < 20; ++i)
        CHECK(keys.refresh(true));
    stop = true;
    for (auto& t : readers)
        t.join();
    CHECK(found.load() > 0);
    CHECK(missing.load() == 0);
}
