// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl sync init|(sync)|status|download: the subscriber's client of a signed feed
// (core/sync/sync_client.hpp). A refused sync exits 1 with its reason code and leaves sync.db as it was.
#include "commands.hpp"

#include "sync/refusal.hpp"
#include "sync/sync_client.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>

namespace accord::cli {

namespace {

using nlohmann::json;

base::Instant atOption(Args& args)
{
    const auto text = args.option("--at");
    if (!text)
        return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    auto t = base::parseIso8601(*text);
    if (!t.ok())
        throw UsageError("--at: not an ISO-8601 time: " + *text);
    return t->instant;
}

json optionalTime(const std::optional<base::Instant>& t)
{
    return t ? json(base::formatIso8601(*t)) : json(nullptr);
}

// A failure: the reason code (a refusal's, else the error kind) on stderr, and as JSON with --json.
int fail(const char* command, const base::Error& e, bool asJson)
{
    std::string code = sync::refusalCode(e);
    if (code.empty())
        code = e.code == base::ErrorCode::Refused && !e.field.empty() ? e.field : base::toString(e.code);
    std::fprintf(stderr, "accordctl %s: %s: %s\n", command, code.c_str(), e.describe().c_str());
    if (asJson)
        std::printf("%s\n", json({{"ok", false}, {"code", code}, {"message", e.describe()}}).dump(2).c_str());
    return kExitFailure;
}

} // namespace

int runSyncInit(Context& ctx)
{
    const auto url = ctx.args.option("--url");
    const auto root = ctx.args.option("--root");
    const std::string ca = ctx.args.option("--ca-file").value_or("");
    const bool asJson = ctx.args.flag("--json");
    const auto now = atOption(ctx.args);
    ctx.args.finish();
    if (!url || !root)
        throw UsageError("--url URL and --root FILE are required");
    auto r = sync::SyncClient::init(ctx.dataDir, *url, *root, ca, now);
    if (!r.ok())
        return fail("sync init", r.error(), asJson);
    if (asJson)
        std::printf("%s\n", json({{"device_id", r->deviceId}, {"public_key", r->publicKey}}).dump(2).c_str());
    else
        std::printf(
            "device id %s\npublic key %s\nregister this device with your service, then run accordctl sync\n",
            r->deviceId.c_str(), r->publicKey.c_str());
    return kExitOk;
}

int runSync(Context& ctx)
{
    const bool asJson = ctx.args.flag("--json");
    const auto now = atOption(ctx.args);
    ctx.args.finish();
    auto r = sync::SyncClient::sync(ctx.dataDir, now);
    if (!r.ok())
        return fail("sync", r.error(), asJson);
    if (asJson)
        std::printf("%s\n", json({{"ok", true},
                                  {"up_to_date", r->upToDate},
                                  {"root_version", r->rootVersion},
                                  {"release_version", r->releaseVersion},
                                  {"lease_version", r->leaseVersion},
                                  {"deltas_imported", r->deltasImported},
                                  {"revoked", r->revoked}})
                                .dump(2)
                                .c_str());
    else if (r->upToDate)
        std::printf("up to date (release %lld, lease %lld)\n", static_cast<long long>(r->releaseVersion),
                    static_cast<long long>(r->leaseVersion));
    else
        std::printf("synced: root %lld, release %lld (%d catalogue deltas imported), lease %lld%s\n",
                    static_cast<long long>(r->rootVersion), static_cast<long long>(r->releaseVersion),
                    r->deltasImported, static_cast<long long>(r->leaseVersion),
                    r->revoked ? " (revoked)" : "");
    return kExitOk;
}

int runSyncStatus(Context& ctx)
{
    const bool asJson = ctx.args.flag("--json");
    const auto now = atOption(ctx.args);
    ctx.args.finish();
    auto s = sync::SyncClient::status(ctx.dataDir, now);
    if (!s.ok())
        return fail("sync status", s.error(), asJson);
    json playlists = json::array();
    for (const auto& p : s->playlists)
        playlists.push_back({{"id", p.id},
                             {"title", p.title},
                             {"version", p.version},
                             {"tracks", p.tracks},
                             {"downloaded", p.downloaded}});
    const json out = {{"device_id", s->deviceId},
                      {"url", s->url},
                      {"root_version", s->rootVersion},
                      {"release_version", s->releaseVersion},
                      {"lease_version", s->leaseVersion},
                      {"last_online", optionalTime(s->lastOnline)},
                      {"offline_until", optionalTime(s->offlineUntil)},
                      {"highest_seen", optionalTime(s->highestSeen)},
                      {"offline_days_left", static_cast<int>(s->offlineDaysLeft)},
                      {"revoked", s->revoked},
                      {"tracks", s->tracks},
                      {"downloaded", s->downloaded},
                      {"bytes", s->bytes},
                      {"playlists", playlists}};
    if (asJson) {
        std::printf("%s\n", out.dump(2).c_str());
        return kExitOk;
    }
    std::printf("device %s\nfeed %s\nroot %lld, release %lld, lease %lld\n", s->deviceId.c_str(),
                s->url.c_str(), static_cast<long long>(s->rootVersion),
                static_cast<long long>(s->releaseVersion), static_cast<long long>(s->leaseVersion));
    std::printf("last online %s\n", s->lastOnline ? base::formatIso8601(*s->lastOnline).c_str() : "never");
    if (s->offlineUntil)
        std::printf("offline: %d days left%s\n", static_cast<int>(s->offlineDaysLeft),
                    s->revoked ? " (revoked)" : "");
    std::printf("%d of %d tracks downloaded (%lld bytes)\n", s->downloaded, s->tracks,
                static_cast<long long>(s->bytes));
    for (const auto& p : s->playlists)
        std::printf("  %-20s %s (%d of %d downloaded)\n", p.id.c_str(), p.title.c_str(), p.downloaded,
                    p.tracks);
    return kExitOk;
}

int runSyncDownload(Context& ctx)
{
    const bool asJson = ctx.args.flag("--json");
    const bool quiet = ctx.args.flag("--quiet");
    const auto playlists = ctx.args.positionals();
    auto r = sync::SyncClient::download(
        ctx.dataDir, playlists, [quiet](const std::string& rec, std::int64_t done, std::int64_t total) {
            if (!quiet)
                std::fprintf(stderr, "\r%s %lld/%lld", rec.c_str(), static_cast<long long>(done),
                             static_cast<long long>(total));
        });
    if (!quiet)
        std::fprintf(stderr, "\n");
    if (!r.ok())
        return fail("sync download", r.error(), asJson);
    if (asJson)
        std::printf(
            "%s\n",
            json({{"ok", true}, {"downloaded", r->downloaded}, {"present", r->present}, {"bytes", r->bytes}})
                .dump(2)
                .c_str());
    else
        std::printf("downloaded %d tracks (%lld bytes), %d already present\n", r->downloaded,
                    static_cast<long long>(r->bytes), r->present);
    return kExitOk;
}

} // namespace accord::cli
