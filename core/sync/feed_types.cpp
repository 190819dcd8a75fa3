// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/feed_types.hpp"

#include <nlohmann/json.hpp>

namespace accord::sync {

namespace {

using nlohmann::json;

std::string dump(const json& j)
{
    // nlohmann::json objects are std::maps: keys come out sorted, so the bytes are canonical.
    return j.dump(2) + "\n";
}

// Reading helpers: a field of the wrong type or missing throws FieldError, turned into a Format error.
struct FieldError {
    std::string field;
};

const json& need(const json& j, const char* field)
{
    if (!j.is_object() || !j.contains(field))
        throw FieldError{field};
    return j.at(field);
}

std::string str(const json& j, const char* field)
{
    const json& v = need(j, field);
    if (!v.is_string())
        throw FieldError{field};
    return v.get<std::string>();
}

std::int64_t num(const json& j, const char* field)
{
    const json& v = need(j, field);
    if (!v.is_number_integer())
        throw FieldError{field};
    return v.get<std::int64_t>();
}

base::Instant instant(const json& j, const char* field)
{
    auto t = base::parseIso8601(str(j, field));
    if (!t.ok())
        throw FieldError{field};
    return t->instant;
}

template <typename T, typename F> base::Result<T> parseDoc(std::string_view text, const char* type, F&& body)
{
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return base::makeError(base::ErrorCode::Format, std::string("not a JSON object (") + type + ")");
    try {
        if (str(j, "type") != type)
            return base::makeError(base::ErrorCode::Format, std::string("not an ") + type).forField("type");
        return body(j);
    } catch (const FieldError& e) {
        return base::makeError(base::ErrorCode::Format, std::string("missing or malformed field in ") + type)
            .forField(e.field);
    } catch (const json::exception& e) {
        return base::makeError(base::ErrorCode::Format, std::string(type) + ": " + e.what());
    }
}

} // namespace

std::string serialize(const Root& root)
{
    json roles = json::object();
    for (const auto& [name, role] : root.roles) {
        json keys = json::array();
        for (const PublicKey& k : role.keys)
            keys.push_back(k.toBase64());
        roles[name] = {{"threshold", role.threshold}, {"keys", keys}};
    }
    return dump({{"type", "accord-root"},
                 {"version", root.version},
                 {"issued", base::formatIso8601(root.issued)},
                 {"expires", base::formatIso8601(root.expires)},
                 {"roles", roles}});
}

std::string serialize(const Release& release)
{
    json cat = json::array();
    for (const ContentRef& c : release.catalogue)
        cat.push_back({{"sha256", c.sha256}, {"size", c.size}, {"format", c.format}});
    return dump({{"type", "accord-release"},
                 {"version", release.version},
                 {"root_version", release.rootVersion},
                 {"issued", base::formatIso8601(release.issued)},
                 {"expires", base::formatIso8601(release.expires)},
                 {"catalogue", cat}});
}

std::string serialize(const Lease& lease)
{
    json tracks = json::array();
    for (const LeaseTrack& t : lease.tracks) {
        json jt = {
            {"recording", t.recording}, {"sha256", t.sha256}, {"size", t.size}, {"sealed_key", t.sealedKey}};
        jt["not_after"] = t.notAfter ? json(base::formatIso8601(*t.notAfter)) : json(nullptr);
        tracks.push_back(jt);
    }
    json playlists = json::array();
    for (const Playlist& p : lease.playlists)
        playlists.push_back(
            {{"id", p.id}, {"version", p.version}, {"title", p.title}, {"recordings", p.recordings}});
    return dump({{"type", "accord-lease"},
                 {"version", lease.version},
                 {"issued", base::formatIso8601(lease.issued)},
                 {"device_id", lease.deviceId},
                 {"device_key", lease.deviceKey},
                 {"account", lease.account},
                 {"territory", lease.territory},
                 {"tier", lease.tier},
                 {"device_class", lease.deviceClass},
                 {"release_version", lease.releaseVersion},
                 {"offline_until", base::formatIso8601(lease.offlineUntil)},
                 {"revoked", lease.revoked},
                 {"tracks", tracks},
                 {"playlists", playlists}});
}

base::Result<Root> parseRoot(std::string_view text)
{
    return parseDoc<Root>(text, "accord-root", [](const json& j) -> base::Result<Root> {
        Root r;
        r.version = num(j, "version");
        r.issued = instant(j, "issued");
        r.expires = instant(j, "expires");
        const json& roles = need(j, "roles");
        if (!roles.is_object())
            throw FieldError{"roles"};
        for (const auto& [name, role] : roles.items()) {
            RoleKeys rk;
            rk.threshold = static_cast<int>(num(role, "threshold"));
            for (const json& k : need(role, "keys")) {
                auto key = PublicKey::parse(k.is_string() ? k.get<std::string>() : std::string());
                if (!key.ok())
                    throw FieldError{"keys"};
                rk.keys.push_back(*key);
            }
            if (rk.threshold < 1 || static_cast<std::size_t>(rk.threshold) > rk.keys.size())
                throw FieldError{"threshold"};
            r.roles[name] = rk;
        }
        for (const char* needed : {"root", "release", "lease"})
            if (!r.roles.count(needed))
                throw FieldError{needed};
        return r;
    });
}

base::Result<Release> parseRelease(std::string_view text)
{
    return parseDoc<Release>(text, "accord-release", [](const json& j) -> base::Result<Release> {
        Release r;
        r.version = num(j, "version");
        r.rootVersion = num(j, "root_version");
        r.issued = instant(j, "issued");
        r.expires = instant(j, "expires");
        for (const json& c : need(j, "catalogue"))
            r.catalogue.push_back({str(c, "sha256"), num(c, "size"), str(c, "format")});
        return r;
    });
}

base::Result<Lease> parseLease(std::string_view text)
{
    return parseDoc<Lease>(text, "accord-lease", [](const json& j) -> base::Result<Lease> {
        Lease l;
        l.version = num(j, "version");
        l.issued = instant(j, "issued");
        l.deviceId = str(j, "device_id");
        l.deviceKey = str(j, "device_key");
        l.account = str(j, "account");
        l.territory = str(j, "territory");
        l.tier = str(j, "tier");
        l.deviceClass = str(j, "device_class");
        l.releaseVersion = num(j, "release_version");
        l.offlineUntil = instant(j, "offline_until");
        const json& revoked = need(j, "revoked");
        if (!revoked.is_boolean())
            throw FieldError{"revoked"};
        l.revoked = revoked.get<bool>();
        for (const json& t : need(j, "tracks")) {
            LeaseTrack lt{str(t, "recording"), str(t, "sha256"), num(t, "size"), str(t, "sealed_key"),
                          std::nullopt};
            if (!need(t, "not_after").is_null())
                lt.notAfter = instant(t, "not_after");
            l.tracks.push_back(lt);
        }
        for (const json& p : need(j, "playlists")) {
            Playlist pl{str(p, "id"), num(p, "version"), str(p, "title"), {}};
            for (const json& r : need(p, "recordings")) {
                if (!r.is_string())
                    throw FieldError{"recordings"};
                pl.recordings.push_back(r.get<std::string>());
            }
            l.playlists.push_back(pl);
        }
        return l;
    });
}

} // namespace accord::sync
