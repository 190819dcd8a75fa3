// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/library_migrations.hpp"

namespace accord::library {

namespace {

// Paths are stored as TEXT holding the file name's raw bytes (POSIX names need not be UTF-8);
// BINARY collation compares them bytewise. Artists are joined with U+001F (unit separator).
constexpr const char* kV1 = R"sql(
CREATE TABLE covers (
    hash TEXT PRIMARY KEY,
    mime TEXT NOT NULL,
    data BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE tracks (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    content_hash INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    artists TEXT NOT NULL DEFAULT '',
    album TEXT NOT NULL DEFAULT '',
    album_artist TEXT NOT NULL DEFAULT '',
    track_number INTEGER, track_total INTEGER, disc_number INTEGER, disc_total INTEGER,
    date TEXT NOT NULL DEFAULT '',
    genre TEXT NOT NULL DEFAULT '',
    isrc TEXT NOT NULL DEFAULT '',
    catalogue_id TEXT NOT NULL DEFAULT '',
    mb_recording_id TEXT NOT NULL DEFAULT '',
    mb_release_id TEXT NOT NULL DEFAULT '',
    mb_artist_id TEXT NOT NULL DEFAULT '',
    rg_track_gain REAL, rg_track_peak REAL, rg_album_gain REAL, rg_album_peak REAL,
    lyrics TEXT NOT NULL DEFAULT '',
    synced_lyrics TEXT NOT NULL DEFAULT '',
    cover_hash TEXT REFERENCES covers(hash),
    duration_ms INTEGER NOT NULL,
    sample_rate INTEGER NOT NULL,
    bit_depth INTEGER NOT NULL,
    channels INTEGER NOT NULL,
    codec TEXT NOT NULL,
    bitrate_kbps INTEGER NOT NULL,
    added_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX tracks_isrc ON tracks(isrc) WHERE isrc <> '';
CREATE INDEX tracks_content ON tracks(size, content_hash);

CREATE TABLE bad_files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    seen_at INTEGER NOT NULL
);
)sql";

// Identification of a track against the catalogue: one row per track, dropped with the track.
constexpr const char* kV2 = R"sql(
CREATE TABLE identifications (
    track_id INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
    recording_id TEXT,
    method TEXT NOT NULL,
    confidence REAL NOT NULL,
    fingerprint BLOB,
    identified_at INTEGER NOT NULL
);
)sql";

// Playlists (core/playlist/playlist_store.hpp): ordered items with their own ids, duplicates allowed. An
// item keeps what its source said (location, title, artist, ISRC) so that it survives its track leaving the
// library: track_id is then NULL and the item shows as missing with missing_reason.
constexpr const char* kV3 = R"sql(
CREATE TABLE playlists (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE playlist_items (
    id INTEGER PRIMARY KEY,
    playlist_id INTEGER NOT NULL REFERENCES playlists(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    track_id INTEGER REFERENCES tracks(id) ON DELETE SET NULL,
    location TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    artist TEXT NOT NULL DEFAULT '',
    album TEXT NOT NULL DEFAULT '',
    isrc TEXT NOT NULL DEFAULT '',
    duration_ms INTEGER,
    matched_by TEXT NOT NULL DEFAULT '',
    missing_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX playlist_items_order ON playlist_items(playlist_id, position);
CREATE INDEX playlist_items_track ON playlist_items(track_id);
)sql";

// CUE sheets (core/library/cue_tracks.hpp): each track of a single-file album is a row of its own whose path
// names a range of the file (audio::rangePath, "<file>#cueNN@start-end"); audio_path is that file,
// cue_track/start_sample/end_sample the range (end NULL: to the end of the file). cue_sheet is the .cue
// beside the file ('' for a sheet embedded in it) with its size and mtime, so a rescan notices an edited or
// removed sheet. Whole-file rows keep audio_path NULL.
constexpr const char* kV4 = R"sql(
ALTER TABLE tracks ADD COLUMN audio_path TEXT;
ALTER TABLE tracks ADD COLUMN cue_sheet TEXT NOT NULL DEFAULT '';
ALTER TABLE tracks ADD COLUMN cue_size INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tracks ADD COLUMN cue_mtime_ns INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tracks ADD COLUMN cue_track INTEGER;
ALTER TABLE tracks ADD COLUMN start_sample INTEGER;
ALTER TABLE tracks ADD COLUMN end_sample INTEGER;
CREATE INDEX tracks_audio_path ON tracks(audio_path) WHERE audio_path IS NOT NULL;
)sql";

// ReplayGain 2.0 values measured by Accord's own scan (core/replaygain), kept apart from the rg_* columns
// (what the file's tags say) so that a rescan of the tags never overwrites a measurement, nor the other way
// round. size and mtime_ns are the file's as measured: a row whose file has since changed (tracks.size or
// tracks.mtime_ns differ) is stale and not used. Gains are NULL for silence (no loudness to normalise).
constexpr const char* kV5 = R"sql(
CREATE TABLE replaygain_scans (
    track_id INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    reference_lufs REAL NOT NULL,
    track_loudness REAL,
    track_gain REAL,
    track_peak REAL NOT NULL,
    album_key TEXT NOT NULL DEFAULT '',
    album_loudness REAL,
    album_gain REAL,
    album_peak REAL,
    scanned_at INTEGER NOT NULL
);
)sql";

// The listening history (core/history/history_store.hpp): one row per play or blocked attempt, with a
// snapshot of what played (title, artists, album, ISRC, path) so that the history survives a rescan, a
// deleted file or a track leaving the library (track_id becomes NULL). Times are UTC milliseconds since
// the epoch; heard_ms counts frames the device played (pauses excluded), not the wall clock. outcome is
// played | preview | capped | blocked; sample_rate and bit_depth are the resolution that played (0 for a
// blocked attempt). reason_code/reason say why an attempt was blocked. Nothing here leaves the machine.
constexpr const char* kV6 = R"sql(
CREATE TABLE plays (
    id INTEGER PRIMARY KEY,
    track_id INTEGER REFERENCES tracks(id) ON DELETE SET NULL,
    path TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    artists TEXT NOT NULL DEFAULT '',
    album TEXT NOT NULL DEFAULT '',
    album_artist TEXT NOT NULL DEFAULT '',
    isrc TEXT NOT NULL DEFAULT '',
    started_at INTEGER NOT NULL,
    heard_ms INTEGER NOT NULL DEFAULT 0,
    duration_ms INTEGER,
    finished INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL CHECK (outcome IN ('played', 'preview', 'capped', 'blocked')),
    sample_rate INTEGER NOT NULL DEFAULT 0,
    bit_depth INTEGER NOT NULL DEFAULT 0,
    reason_code TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plays_started ON plays(started_at);
CREATE INDEX plays_track ON plays(track_id);
)sql";

// Version 7: the catalogue row of each identified track's recording (identifications.recording_row), stored
// by judgement::Judge::judgeLibrary after it looked the catalogue id up once, so that judging the library at
// start-up needs no lookup by catalogue id. The rows name one catalogue's recordings: recording_rows_mark
// says which (its rights_state.catalogue_uuid, and its highest recording row with that row's catalogue id
// when they were stored). Accord's writers only add recordings and never change a recording's catalogue id,
// so the rows stay right while the catalogue grows; another catalogue (another uuid) or a renumbered one
// (the marked row names another recording, or is gone) makes every stored row unusable: they are looked up
// again and rewritten. A new identification of a track clears its recording_row (library_identifier.cpp).
constexpr const char* kV7 = R"sql(
ALTER TABLE identifications ADD COLUMN recording_row INTEGER;
CREATE TABLE recording_rows_mark (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    catalogue_uuid TEXT NOT NULL,
    last_row INTEGER NOT NULL,
    last_catalogue_id TEXT NOT NULL
);
)sql";

constexpr storage::Migration kMigrations[] = {{1, kV1}, {2, kV2}, {3, kV3}, {4, kV4},
                                              {5, kV5}, {6, kV6}, {7, kV7}};

} // namespace

std::span<const storage::Migration> libraryMigrations()
{
    return kMigrations;
}

} // namespace accord::library
