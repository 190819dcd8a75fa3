// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl publish keygen|init|root|catalogue|device|playlist|lease: the publisher of a signed feed of
// static files (core/sync/publisher.hpp). Output is byte-identical for a fixed --issued.
#include "commands.hpp"

#include "sync/bytes.hpp"
#include "sync/publisher.hpp"
#include "sync/signing_key_file.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>

namespace accord::cli {

namespace {

base::Instant instantOption(Args& args, const std::string& name)
{
    const auto text = args.option(name);
    if (!text)
        return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    auto t = base::parseIso8601(*text);
    if (!t.ok())
        throw UsageError(name + ": not an ISO-8601 time: " + *text);
    return t->instant;
}

int intOption(Args& args, const std::string& name, int fallback)
{
    const auto text = args.option(name);
    return text ? static_cast<int>(parseInteger(*text, name)) : fallback;
}

std::string required(Args& args, const std::string& name)
{
    auto v = args.option(name);
    if (!v)
        throw UsageError(name + " is required");
    return *v;
}

int fail(const char* command, const base::Error& e)
{
    std::fprintf(stderr, "accordctl publish %s: %s\n", command, e.describe().c_str());
    return kExitFailure;
}

base::Result<sync::Publisher> openPublisher(Args& args)
{
    return sync::Publisher::open(required(args, "--dir"));
}

std::vector<std::filesystem::path> pathsOf(const std::vector<std::string>& v)
{
    return {v.begin(), v.end()};
}

} // namespace

int runPublishKeygen(Context& ctx)
{
    const std::string out = required(ctx.args, "--out");
    const bool json = ctx.args.flag("--json");
    ctx.args.finish();
    const auto key = sync::SigningKey::generate();
    if (auto st = sync::saveSigningKey(key, out); !st.ok())
        return fail("keygen", st.error());
    if (json)
        std::printf("%s\n", nlohmann::json({{"key_id", key.pub.keyIdHex()},
                                            {"public_key", key.pub.toBase64()},
                                            {"secret_key_file", out},
                                            {"public_key_file", out + ".pub"}})
                                .dump(2)
                                .c_str());
    else
        std::printf("key %s\npublic key %s (in %s.pub)\n", key.pub.keyIdHex().c_str(),
                    key.pub.toBase64().c_str(), out.c_str());
    return kExitOk;
}

int runPublishInit(Context& ctx)
{
    const std::string dir = required(ctx.args, "--dir");
    const auto rootKeys = ctx.args.options("--root-key");
    const int threshold = intOption(ctx.args, "--threshold", 1);
    const std::string releaseKey = required(ctx.args, "--release-key");
    const std::string leaseKey = required(ctx.args, "--lease-key");
    const auto issued = instantOption(ctx.args, "--issued");
    const int expires = intOption(ctx.args, "--expires-days", 365);
    ctx.args.finish();
    if (rootKeys.empty())
        throw UsageError("at least one --root-key is required");
    if (auto st =
            sync::Publisher::init(dir, pathsOf(rootKeys), threshold, releaseKey, leaseKey, issued, expires);
        !st.ok())
        return fail("init", st.error());
    std::printf("feed in %s/feed: root 1, release 1\n", dir.c_str());
    return kExitOk;
}

int runPublishRoot(Context& ctx)
{
    auto pub = openPublisher(ctx.args);
    const auto rootKeys = ctx.args.options("--root-key");
    const int threshold = intOption(ctx.args, "--threshold", 1);
    const auto releaseKey = ctx.args.option("--release-key");
    const auto leaseKey = ctx.args.option("--lease-key");
    const auto issued = instantOption(ctx.args, "--issued");
    const int expires = intOption(ctx.args, "--expires-days", 365);
    ctx.args.finish();
    if (rootKeys.empty())
        throw UsageError("at least one --root-key (of the new root) is required");
    if (!pub.ok())
        return fail("root", pub.error());
    auto v = pub->rotateRoot(pathsOf(rootKeys), threshold,
                             releaseKey ? std::optional<std::filesystem::path>(*releaseKey) : std::nullopt,
                             leaseKey ? std::optional<std::filesystem::path>(*leaseKey) : std::nullopt,
                             issued, expires);
    if (!v.ok())
        return fail("root", v.error());
    std::printf("root %lld\n", static_cast<long long>(*v));
    return kExitOk;
}

int runPublishCatalogue(Context& ctx)
{
    auto pub = openPublisher(ctx.args);
    const auto issued = instantOption(ctx.args, "--issued");
    const int expires = intOption(ctx.args, "--expires-days", 7);
    const auto files = ctx.args.positionals();
    if (!pub.ok())
        return fail("catalogue", pub.error());
    auto v = files.empty() ? pub->refreshRelease(issued, expires)
                           : pub->publishCatalogue(pathsOf(files), issued, expires);
    if (!v.ok())
        return fail("catalogue", v.error());
    std::printf("release %lld\n", static_cast<long long>(*v));
    return kExitOk;
}

int runPublishDevice(Context& ctx)
{
    auto pub = openPublisher(ctx.args);
    const std::string account = required(ctx.args, "--account");
    const std::string id = required(ctx.args, "--device-id");
    const std::string key = required(ctx.args, "--device-key");
    const std::string territory = required(ctx.args, "--territory");
    const std::string tier = required(ctx.args, "--tier");
    const std::string deviceClass = ctx.args.option("--device-class").value_or("desktop");
    const int maxDevices = intOption(ctx.args, "--max-devices", 5);
    ctx.args.finish();
    if (!pub.ok())
        return fail("device", pub.error());
    if (auto st = pub->registerDevice(account, id, key, territory, tier, deviceClass, maxDevices); !st.ok())
        return fail("device", st.error());
    std::printf("device %s registered with account %s\n", id.c_str(), account.c_str());
    return kExitOk;
}

int runPublishPlaylist(Context& ctx)
{
    auto pub = openPublisher(ctx.args);
    const std::string account = required(ctx.args, "--account");
    const std::string id = required(ctx.args, "--id");
    const std::string title = required(ctx.args, "--title");
    const auto recordings = ctx.args.positionals();
    if (!pub.ok())
        return fail("playlist", pub.error());
    auto v = pub->setPlaylist(account, id, title, recordings);
    if (!v.ok())
        return fail("playlist", v.error());
    std::printf("playlist %s version %lld\n", id.c_str(), static_cast<long long>(*v));
    return kExitOk;
}

int runPublishLease(Context& ctx)
{
    auto pub = openPublisher(ctx.args);
    const std::string id = required(ctx.args, "--device-id");
    std::vector<sync::Publisher::TrackInput> tracks;
    for (const std::string& spec : ctx.args.options("--track")) {
        // RECORDING=FILE or RECORDING=FILE@NOT_AFTER
        const auto eq = spec.find('=');
        if (eq == std::string::npos || eq == 0)
            throw UsageError("--track takes RECORDING=FILE[@NOT_AFTER]: " + spec);
        sync::Publisher::TrackInput t{spec.substr(0, eq), spec.substr(eq + 1), std::nullopt};
        const auto at = spec.rfind('@');
        if (at != std::string::npos && at > eq) {
            auto na = base::parseIso8601(spec.substr(at + 1));
            if (!na.ok())
                throw UsageError("--track: not an ISO-8601 time after @: " + spec);
            t.notAfter = na->instant;
            t.file = spec.substr(eq + 1, at - eq - 1);
        }
        tracks.push_back(t);
    }
    const auto issued = instantOption(ctx.args, "--issued");
    const int offlineDays = intOption(ctx.args, "--offline-days", 30);
    const bool revoke = ctx.args.flag("--revoke");
    ctx.args.finish();
    if (!pub.ok())
        return fail("lease", pub.error());
    auto v = pub->writeLease(id, tracks, issued, offlineDays, revoke);
    if (!v.ok())
        return fail("lease", v.error());
    std::printf("lease %lld for device %s\n", static_cast<long long>(*v), id.c_str());
    return kExitOk;
}

} // namespace accord::cli
