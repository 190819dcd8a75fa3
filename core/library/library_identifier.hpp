// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "identify/identifier.hpp"
#include "library/library_db.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace accord::library {

/// A track's stored identification: the catalogue id of the recording (empty when unidentified).
struct StoredIdentification {
    std::string catalogueId;
    identify::Method method = identify::Method::Unidentified;
    double confidence = 0;
    std::int64_t identifiedAt = 0;
};

struct IdentifyStats {
    std::size_t considered = 0;
    std::size_t identified = 0;
    std::size_t unidentified = 0;
};

/// The evidence a stored track offers (tags, duration, path for the fingerprint). [any thread] Pure.
identify::Evidence evidenceOf(const StoredTrack& track);

/// Identifies library tracks against the catalogue and stores method and confidence per track
/// (table identifications; a track's row goes with it). With `onlyStale`, only tracks never identified
/// or changed since are considered. One transaction per 500 tracks.
/// [the thread owning both `db` and the identifier's catalogue]
base::Result<IdentifyStats> identifyLibrary(LibraryDb& db, identify::Identifier& identifier,
                                            bool onlyStale = true);

/// The recording a library file is, for the player's gate: the stored identification when it is current,
/// else identified now (and stored). nullopt when the path is not in the library. [db's thread]
base::Result<std::optional<StoredIdentification>>
identifyPath(LibraryDb& db, identify::Identifier& identifier, const std::string& path);

/// The same for a track already read from the library. [db's thread]
base::Result<std::optional<StoredIdentification>>
identifyTrack(LibraryDb& db, identify::Identifier& identifier, const StoredTrack& track);

/// For readers that must not write the library (a read-only data dir, a full disk, a command that only
/// reads): the same answers without storing anything. A track whose stored identification is current
/// gets it; a track never identified or changed since is identified now, in memory.
/// [the thread owning both `db` and the identifier's catalogue]
base::Result<StoredIdentification> identifyTrackReadOnly(LibraryDb& db, identify::Identifier& identifier,
                                                         const StoredTrack& track);
/// Every track's identification (by track id, ascending), as identifyTrackReadOnly() gives it.
base::Result<std::vector<std::pair<std::int64_t, StoredIdentification>>>
currentIdentifications(LibraryDb& db, identify::Identifier& identifier);

/// Stores one identification for the track at `trackId`. [db's thread]
base::Status storeIdentification(LibraryDb& db, std::int64_t trackId, const identify::Identification& id);

/// The stored identification of a track, if any. [db's thread]
base::Result<std::optional<StoredIdentification>> identificationOf(LibraryDb& db, std::int64_t trackId);

/// Every stored identification, by track id (ascending), in one query. [db's thread]
base::Result<std::vector<std::pair<std::int64_t, StoredIdentification>>> storedIdentifications(LibraryDb& db);

} // namespace accord::library
