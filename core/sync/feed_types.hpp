// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "base/time_point.hpp"
#include "sync/minisign.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace accord::sync {

/// The documents of a feed (FORMAT in core/sync/README.md). Serialisation is canonical: keys sorted,
/// two-space indent, a final newline, so that the same values always give the same bytes (the
/// publisher's output is byte-identical for a fixed --issued). Parsing checks types and the "type" field
/// and returns a Format error naming the field. [any thread] Plain value types, pure functions.

/// The keys trusted for one role and how many of them must sign.
struct RoleKeys {
    int threshold = 1;
    std::vector<PublicKey> keys;
};

/// root/N.json: the trusted keys of each role ("root", "release", "lease").
struct Root {
    std::int64_t version = 1;
    base::Instant issued{};
    base::Instant expires{};
    std::map<std::string, RoleKeys> roles;
};

/// One immutable by-hash file.
struct ContentRef {
    std::string sha256; ///< lower-case hex; the file is by-hash/sha256/<sha256>
    std::int64_t size = 0;
    std::string format; ///< "accord-json" for a catalogue delta
};

/// release.json: the catalogue deltas, all of them, oldest first.
struct Release {
    std::int64_t version = 0;
    std::int64_t rootVersion = 1; ///< the root whose release keys sign it
    base::Instant issued{};
    base::Instant expires{};
    std::vector<ContentRef> catalogue;
};

/// A track licensed to the device for download.
struct LeaseTrack {
    std::string recording; ///< the catalogue id of the recording
    std::string sha256;
    std::int64_t size = 0;
    std::string sealedKey; ///< base64 of the 32-byte content key sealed to the device; empty once revoked
    std::optional<base::Instant> notAfter;
};

struct Playlist {
    std::string id;
    std::int64_t version = 1;
    std::string title;
    std::vector<std::string> recordings; ///< catalogue ids, in order
};

/// devices/<device-id>/lease.json: the device's entitlement.
struct Lease {
    std::int64_t version = 0;
    base::Instant issued{};
    std::string deviceId;
    std::string deviceKey; ///< base64 of the device's X25519 public key
    std::string account;
    std::string territory;
    std::string tier;
    std::string deviceClass;
    std::int64_t releaseVersion = 0;
    base::Instant offlineUntil{};
    bool revoked = false;
    std::vector<LeaseTrack> tracks;
    std::vector<Playlist> playlists;
};

std::string serialize(const Root& root);
std::string serialize(const Release& release);
std::string serialize(const Lease& lease);
base::Result<Root> parseRoot(std::string_view text);
base::Result<Release> parseRelease(std::string_view text);
base::Result<Lease> parseLease(std::string_view text);

} // namespace accord::sync
