// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "identify/identifier.hpp"
#include "library/library_db.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace accord::library {

/// A track's stored identification: the catalogue id of the recording (empty when unidentified).
struct StoredIdentification {
    std::string catalogueId;
    identify::Method method = identify::Method::Unidentified;
    double confidence = 0;
    std::int64_t identifiedAt = 0;
    /// The recording's catalogue row as stored beside it (storeRecordingRows()); usable only while the
    /// library's RecordingRowsMark still holds for the catalogue. nullopt: not stored (look it up).
    std::optional<std::int64_t> recordingRow;
};

/// Which catalogue the stored recording rows name: its identity (rights_state.catalogue_uuid) and its
/// highest recording row with that row's catalogue id when they were stored. The catalogue only grows
/// under Accord's writers, so rows stored under a mark stay right while the catalogue has the same uuid and
/// the marked row still has the same catalogue id.
struct RecordingRowsMark {
    std::string catalogueUuid;
    std::int64_t lastRow = 0;
    std::string lastCatalogueId;
    bool operator==(const RecordingRowsMark&) const = default;
};

/// One track's recording row, to store beside its identification while that still names `catalogueId`.
struct RecordingRow {
    std::int64_t trackId = 0;
    std::string_view catalogueId;
    std::int64_t row = 0;
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

/// The mark of the catalogue the stored recording rows name; nullopt when none were stored. [db's thread]
base::Result<std::optional<RecordingRowsMark>> recordingRowsMark(LibraryDb& db);

/// Stores recording rows beside the identifications (a row only where the track's identification still
/// names the same catalogue id: a rescan may have re-identified it meanwhile) and `mark` as the catalogue
/// they name, in one transaction. With `replace`, every row stored before is cleared first (they named
/// another catalogue). [db's thread]
base::Status storeRecordingRows(LibraryDb& db, const RecordingRowsMark& mark,
                                const std::vector<RecordingRow>& rows, bool replace);

/// Every stored identification, by track id (ascending), in one query. [db's thread]
base::Result<std::vector<std::pair<std::int64_t, StoredIdentification>>> storedIdentifications(LibraryDb& db);

} // namespace accord::library
