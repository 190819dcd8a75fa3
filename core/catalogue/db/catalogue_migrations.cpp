// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/db/catalogue_migrations.hpp"

#include "catalogue/model/fingerprint_terms.hpp"
#include "catalogue/model/isrc_key.hpp"
#include "catalogue/model/recording.hpp"
#include "catalogue/model/text_normaliser.hpp"

#include <sqlite3.h>

#include <array>
#include <string>
#include <string_view>

namespace accord::catalogue {
namespace {

// Instants are Unix seconds (UTC). Territories are stored as "Worldwide -CN" / "CN HK" (TerritorySet).
// use_types is a UseType bit set; commercial_models a comma-separated list of DDEX names.
// *_key columns hold text_normaliser output for identification by title and alias.
constexpr const char* kV1 = R"sql(
CREATE TABLE parties (
    id          INTEGER PRIMARY KEY,
    party_key   TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT ''
);
CREATE TABLE recordings (
    id              INTEGER PRIMARY KEY,
    catalogue_id    TEXT NOT NULL UNIQUE,
    isrc            TEXT UNIQUE,
    title           TEXT NOT NULL,
    title_key       TEXT NOT NULL,
    artists         TEXT NOT NULL DEFAULT '',
    artist_key      TEXT NOT NULL DEFAULT '',
    duration_ms     INTEGER,
    fingerprint     TEXT,
    fingerprint_duration_s INTEGER,
    label_id        INTEGER REFERENCES parties(id)
);
CREATE INDEX recordings_title_key ON recordings(title_key);
CREATE INDEX recordings_fingerprinted ON recordings(id) WHERE fingerprint IS NOT NULL;
CREATE TABLE recording_aliases (
    recording_id    INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
    alias           TEXT NOT NULL,
    alias_key       TEXT NOT NULL,
    PRIMARY KEY (recording_id, alias)
);
CREATE INDEX recording_aliases_key ON recording_aliases(alias_key);
CREATE TABLE releases (
    id          INTEGER PRIMARY KEY,
    release_key TEXT NOT NULL UNIQUE,
    icpn        TEXT,
    title       TEXT NOT NULL DEFAULT '',
    label_id    INTEGER REFERENCES parties(id)
);
CREATE INDEX releases_icpn ON releases(icpn) WHERE icpn IS NOT NULL;
CREATE TABLE release_tracks (
    release_id      INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    recording_id    INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
    PRIMARY KEY (release_id, position)
) WITHOUT ROWID;
CREATE INDEX release_tracks_recording ON release_tracks(recording_id, release_id);
CREATE TABLE deals (
    id                  INTEGER PRIMARY KEY,
    deal_key            TEXT NOT NULL UNIQUE,
    recording_id        INTEGER REFERENCES recordings(id) ON DELETE CASCADE,
    release_id          INTEGER REFERENCES releases(id) ON DELETE CASCADE,
    licensor            TEXT NOT NULL DEFAULT '',
    licensee            TEXT NOT NULL DEFAULT '',
    territories         TEXT NOT NULL,
    valid_from          INTEGER,
    valid_until         INTEGER,
    use_types           INTEGER NOT NULL,
    commercial_models   TEXT NOT NULL DEFAULT '',
    exclusive           INTEGER NOT NULL DEFAULT 0,
    parent_id           INTEGER REFERENCES deals(id) ON DELETE CASCADE,
    source              TEXT NOT NULL DEFAULT '',
    CHECK ((recording_id IS NULL) <> (release_id IS NULL))
);
CREATE INDEX deals_recording ON deals(recording_id) WHERE recording_id IS NOT NULL;
CREATE INDEX deals_release ON deals(release_id) WHERE release_id IS NOT NULL;
CREATE INDEX deals_parent ON deals(parent_id) WHERE parent_id IS NOT NULL;
CREATE TABLE takedowns (
    id              INTEGER PRIMARY KEY,
    takedown_key    TEXT NOT NULL UNIQUE,
    recording_id    INTEGER REFERENCES recordings(id) ON DELETE CASCADE,
    release_id      INTEGER REFERENCES releases(id) ON DELETE CASCADE,
    territories     TEXT NOT NULL,
    effective_at    INTEGER NOT NULL,
    transition_s    INTEGER NOT NULL DEFAULT 0,
    notice          TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',
    CHECK ((recording_id IS NULL) <> (release_id IS NULL))
);
CREATE INDEX takedowns_recording ON takedowns(recording_id) WHERE recording_id IS NOT NULL;
CREATE INDEX takedowns_release ON takedowns(release_id) WHERE release_id IS NOT NULL;
CREATE TABLE purchases (
    id              INTEGER PRIMARY KEY,
    recording_id    INTEGER REFERENCES recordings(id) ON DELETE CASCADE,
    release_id      INTEGER REFERENCES releases(id) ON DELETE CASCADE,
    purchased_at    INTEGER,
    CHECK ((recording_id IS NULL) <> (release_id IS NULL))
);
CREATE UNIQUE INDEX purchases_recording ON purchases(recording_id) WHERE recording_id IS NOT NULL;
CREATE UNIQUE INDEX purchases_release ON purchases(release_id) WHERE release_id IS NOT NULL;
CREATE TABLE tier_policy (
    tier                TEXT PRIMARY KEY CHECK (tier IN ('free', 'vip', 'svip')),
    commercial_models   TEXT NOT NULL,
    devices             TEXT NOT NULL,
    resolution_cap      TEXT NOT NULL CHECK (resolution_cap IN ('standard', 'hires'))
);
INSERT INTO tier_policy VALUES
    ('free', 'AdvertisementSupportedModel,FreeOfChargeModel', 'desktop', 'standard'),
    ('vip', 'AdvertisementSupportedModel,FreeOfChargeModel,SubscriptionModel', 'desktop,car', 'standard'),
    ('svip', 'AdvertisementSupportedModel,FreeOfChargeModel,SubscriptionModel', 'desktop,car,tv', 'hires');
CREATE TABLE settings (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO settings VALUES ('preview_seconds', '30'), ('utc_offset_seconds', '0'),
    ('unidentified_playable', '1');
)sql";

// Version 2: one compact rights row per recording (rights_codec), keyed by its ISRC as an integer (isrc_key),
// so an uncached decision is one rowid lookup (ISRC -> row) instead of a dozen index seeks. Triggers note
// every write that could change a row in rights_dirty; refreshRights() rebuilds the rows affected and clears
// the marks in the writing transaction, and readers trust the rows only while no mark is pending. Kinds: 0
// recording, 1 release, 2 deal (a deal's sublicences are found when the marks are expanded). A recording
// without an ISRC has no row (it is decided from the tables). Every existing recording is marked, so the
// first read-write open after the upgrade builds all rows.
constexpr const char* kV2 = R"sql(
CREATE TABLE recording_rights (
    isrc_key        INTEGER PRIMARY KEY,
    recording_id    INTEGER NOT NULL,
    data            BLOB NOT NULL
);
CREATE TABLE rights_dirty (
    kind    INTEGER NOT NULL CHECK (kind IN (0, 1, 2)),
    id      INTEGER NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;
CREATE TRIGGER rights_recording_insert AFTER INSERT ON recordings BEGIN
    INSERT OR IGNORE INTO rights_dirty VALUES (0, NEW.id);
END;
CREATE TRIGGER rights_recording_isrc AFTER UPDATE OF isrc ON recordings WHEN OLD.isrc IS NOT NEW.isrc BEGIN
    DELETE FROM recording_rights WHERE isrc_key = @OLD_KEY@ AND recording_id = OLD.id;
    INSERT OR IGNORE INTO rights_dirty VALUES (0, NEW.id);
END;
CREATE TRIGGER rights_recording_delete AFTER DELETE ON recordings BEGIN
    DELETE FROM recording_rights WHERE isrc_key = @OLD_KEY@ AND recording_id = OLD.id;
END;
CREATE TRIGGER rights_track_insert AFTER INSERT ON release_tracks BEGIN
    INSERT OR IGNORE INTO rights_dirty VALUES (0, NEW.recording_id);
END;
CREATE TRIGGER rights_track_update AFTER UPDATE ON release_tracks BEGIN
    INSERT OR IGNORE INTO rights_dirty VALUES (0, OLD.recording_id), (0, NEW.recording_id);
END;
CREATE TRIGGER rights_track_delete AFTER DELETE ON release_tracks BEGIN
    INSERT OR IGNORE INTO rights_dirty VALUES (0, OLD.recording_id);
END;
CREATE TRIGGER rights_deal_insert AFTER INSERT ON deals BEGIN
    INSERT OR IGNORE INTO rights_dirty VALUES (2, NEW.id);
END;
CREATE TRIGGER rights_deal_update AFTER UPDATE ON deals BEGIN
    INSERT OR IGNORE INTO rights_dirty VALUES (2, NEW.id),
        (CASE WHEN OLD.recording_id IS NULL THEN 1 ELSE 0 END, coalesce(OLD.recording_id, OLD.release_id));
END;
CREATE TRIGGER rights_deal_delete AFTER DELETE ON deals BEGIN
    INSERT OR IGNORE INTO rights_dirty VALUES
        (CASE WHEN OLD.recording_id IS NULL THEN 1 ELSE 0 END, coalesce(OLD.recording_id, OLD.release_id));
END;
CREATE TRIGGER rights_takedown_insert AFTER INSERT ON takedowns BEGIN
    INSERT OR IGNORE INTO rights_dirty VALUES
        (CASE WHEN NEW.recording_id IS NULL THEN 1 ELSE 0 END, coalesce(NEW.recording_id, NEW.release_id));
END;
CREATE TRIGGER rights_takedown_update AFTER UPDATE ON takedowns BEGIN
    INSERT OR IGNORE INTO rights_dirty VALUES
        (CASE WHEN OLD.recording_id IS NULL THEN 1 ELSE 0 END, coalesce(OLD.recording_id, OLD.release_id)),
        (CASE WHEN NEW.recording_id IS NULL THEN 1 ELSE 0 END, coalesce(NEW.recording_id, NEW.release_id));
END;
CREATE TRIGGER rights_takedown_delete AFTER DELETE ON takedowns BEGIN
    INSERT OR IGNORE INTO rights_dirty VALUES
        (CASE WHEN OLD.recording_id IS NULL THEN 1 ELSE 0 END, coalesce(OLD.recording_id, OLD.release_id));
END;
CREATE TRIGGER rights_purchase_insert AFTER INSERT ON purchases BEGIN
    INSERT OR IGNORE INTO rights_dirty VALUES
        (CASE WHEN NEW.recording_id IS NULL THEN 1 ELSE 0 END, coalesce(NEW.recording_id, NEW.release_id));
END;
CREATE TRIGGER rights_purchase_update AFTER UPDATE ON purchases BEGIN
    INSERT OR IGNORE INTO rights_dirty VALUES
        (CASE WHEN OLD.recording_id IS NULL THEN 1 ELSE 0 END, coalesce(OLD.recording_id, OLD.release_id)),
        (CASE WHEN NEW.recording_id IS NULL THEN 1 ELSE 0 END, coalesce(NEW.recording_id, NEW.release_id));
END;
CREATE TRIGGER rights_purchase_delete AFTER DELETE ON purchases BEGIN
    INSERT OR IGNORE INTO rights_dirty VALUES
        (CASE WHEN OLD.recording_id IS NULL THEN 1 ELSE 0 END, coalesce(OLD.recording_id, OLD.release_id));
END;
INSERT OR IGNORE INTO rights_dirty SELECT 0, id FROM recordings;
)sql";

// Version 3: the decision index (rights_snapshot.hpp), a memory-mapped file beside the catalogue holding a
// copy of recording_rights as of one generation, and the log of the rows changed since. rights_state is one
// row: the catalogue's identity (an index file names the catalogue it was built from), the generation that
// changes are tagged with (an index build bumps it before it reads the rows), min_base (an index built
// before that generation can no longer be completed from the log: it was pruned, or a bulk refresh did not
// log) and whether changes are logged. Triggers on recording_rights log every inserted, replaced or deleted
// row, whoever writes it. Their conflict handling is an upsert clause: an OR clause in a trigger is
// overridden by the conflict policy of the statement that fired it (an upsert's is ABORT), an upsert clause
// is not.
//
// Version 3 also replaces every trigger of version 2 (see version3()): their INSERT OR IGNORE into
// rights_dirty failed with a UNIQUE error when the firing statement was an upsert (CatalogueWriter's) and
// the subject was already marked in the transaction, e.g. a release imported a second time.
constexpr const char* kV3 = R"sql(
CREATE TABLE rights_state (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    catalogue_uuid  TEXT NOT NULL,
    generation      INTEGER NOT NULL,
    min_base        INTEGER NOT NULL,
    log_changes     INTEGER NOT NULL
);
INSERT INTO rights_state VALUES (1, lower(hex(randomblob(16))), 1, 1, 1);
CREATE TABLE rights_changes (
    isrc_key    INTEGER PRIMARY KEY,
    generation  INTEGER NOT NULL
);
CREATE TRIGGER rights_row_insert AFTER INSERT ON recording_rights
WHEN (SELECT log_changes FROM rights_state) BEGIN
    INSERT INTO rights_changes VALUES (NEW.isrc_key, (SELECT generation FROM rights_state))
        ON CONFLICT (isrc_key) DO UPDATE SET generation = excluded.generation;
END;
CREATE TRIGGER rights_row_update AFTER UPDATE ON recording_rights
WHEN (SELECT log_changes FROM rights_state) BEGIN
    INSERT INTO rights_changes VALUES (OLD.isrc_key, (SELECT generation FROM rights_state))
        ON CONFLICT (isrc_key) DO UPDATE SET generation = excluded.generation;
    INSERT INTO rights_changes VALUES (NEW.isrc_key, (SELECT generation FROM rights_state))
        ON CONFLICT (isrc_key) DO UPDATE SET generation = excluded.generation;
END;
CREATE TRIGGER rights_row_delete AFTER DELETE ON recording_rights
WHEN (SELECT log_changes FROM rights_state) BEGIN
    INSERT INTO rights_changes VALUES (OLD.isrc_key, (SELECT generation FROM rights_state))
        ON CONFLICT (isrc_key) DO UPDATE SET generation = excluded.generation;
END;
)sql";

// Version 5: the tier policy's preview rule (issue 13): may a listener whose tier or device a play deal does
// not cover hear a preview when no deal grants a preview use? Stored explicitly, default no (a preview needs
// a deal that grants preview use). Catalogues migrated from earlier versions get the default too: their
// earlier implicit "yes" was the bug.
constexpr const char* kV5 = R"sql(
INSERT INTO settings(key, value) VALUES ('preview_without_preview_use', '0')
    ON CONFLICT (key) DO NOTHING;
)sql";

// Version 6: the fingerprint index (README.md "Fingerprint index"): one row per indexed term of each
// catalogued fingerprint, keyed by term so a lookup is one B-tree descent; the position lets candidates be
// voted for by alignment. accord_fingerprint_terms(fingerprint) (registerCatalogueFunctions) gives a
// fingerprint's terms as a JSON array of [term, position]; the triggers keep the table in step with every
// write of recordings.fingerprint, whoever writes it (importers, the synthesiser, a future editor), and the
// last statement indexes the fingerprints already stored, in the migration's own transaction.
constexpr const char* kV6 = R"sql(
CREATE TABLE fingerprint_terms (
    term            INTEGER NOT NULL,
    recording_id    INTEGER NOT NULL,
    position        INTEGER NOT NULL,
    PRIMARY KEY (term, recording_id, position)
) WITHOUT ROWID;
CREATE TRIGGER fingerprint_terms_insert AFTER INSERT ON recordings WHEN NEW.fingerprint IS NOT NULL BEGIN
    INSERT OR IGNORE INTO fingerprint_terms
        SELECT t.value ->> 0, NEW.id, t.value ->> 1 FROM json_each(accord_fingerprint_terms(NEW.fingerprint)) t;
END;
CREATE TRIGGER fingerprint_terms_update AFTER UPDATE OF fingerprint ON recordings
WHEN OLD.fingerprint IS NOT NEW.fingerprint BEGIN
    DELETE FROM fingerprint_terms WHERE (term, recording_id, position) IN
        (SELECT t.value ->> 0, OLD.id, t.value ->> 1 FROM json_each(accord_fingerprint_terms(OLD.fingerprint)) t);
    INSERT OR IGNORE INTO fingerprint_terms
        SELECT t.value ->> 0, NEW.id, t.value ->> 1 FROM json_each(accord_fingerprint_terms(NEW.fingerprint)) t;
END;
CREATE TRIGGER fingerprint_terms_delete AFTER DELETE ON recordings WHEN OLD.fingerprint IS NOT NULL BEGIN
    DELETE FROM fingerprint_terms WHERE (term, recording_id, position) IN
        (SELECT t.value ->> 0, OLD.id, t.value ->> 1 FROM json_each(accord_fingerprint_terms(OLD.fingerprint)) t);
END;
INSERT OR IGNORE INTO fingerprint_terms
    SELECT t.value ->> 0, r.id, t.value ->> 1
    FROM recordings r, json_each(accord_fingerprint_terms(r.fingerprint)) t WHERE r.fingerprint IS NOT NULL;
)sql";

// Version 7: the fingerprint index keyed by pairs of terms (fingerprint_terms.hpp, README.md "Fingerprint
// index"): version 6's single terms were so common that a query read postings in proportion to the
// catalogue's size. Version 6's table and triggers go (IF EXISTS: a bulk load that died leaves no
// triggers); fingerprint_keys replaces them, kept in step by triggers through accord_fingerprint_keys, and
// the last statement indexes the fingerprints already stored, sorted so that the B-tree is appended to.
constexpr const char* kV7 = R"sql(
DROP TRIGGER IF EXISTS fingerprint_terms_insert;
DROP TRIGGER IF EXISTS fingerprint_terms_update;
DROP TRIGGER IF EXISTS fingerprint_terms_delete;
DROP TABLE fingerprint_terms;
CREATE TABLE fingerprint_keys (
    key             INTEGER NOT NULL,
    recording_id    INTEGER NOT NULL,
    position        INTEGER NOT NULL,
    PRIMARY KEY (key, recording_id, position)
) WITHOUT ROWID;
CREATE TRIGGER fingerprint_keys_insert AFTER INSERT ON recordings WHEN NEW.fingerprint IS NOT NULL BEGIN
    INSERT OR IGNORE INTO fingerprint_keys
        SELECT t.value ->> 0, NEW.id, t.value ->> 1 FROM json_each(accord_fingerprint_keys(NEW.fingerprint)) t;
END;
CREATE TRIGGER fingerprint_keys_update AFTER UPDATE OF fingerprint ON recordings
WHEN OLD.fingerprint IS NOT NEW.fingerprint BEGIN
    DELETE FROM fingerprint_keys WHERE (key, recording_id, position) IN
        (SELECT t.value ->> 0, OLD.id, t.value ->> 1 FROM json_each(accord_fingerprint_keys(OLD.fingerprint)) t);
    INSERT OR IGNORE INTO fingerprint_keys
        SELECT t.value ->> 0, NEW.id, t.value ->> 1 FROM json_each(accord_fingerprint_keys(NEW.fingerprint)) t;
END;
CREATE TRIGGER fingerprint_keys_delete AFTER DELETE ON recordings WHEN OLD.fingerprint IS NOT NULL BEGIN
    DELETE FROM fingerprint_keys WHERE (key, recording_id, position) IN
        (SELECT t.value ->> 0, OLD.id, t.value ->> 1 FROM json_each(accord_fingerprint_keys(OLD.fingerprint)) t);
END;
INSERT OR IGNORE INTO fingerprint_keys
    SELECT t.value ->> 0, r.id, t.value ->> 1
    FROM recordings r, json_each(accord_fingerprint_keys(r.fingerprint)) t WHERE r.fingerprint IS NOT NULL
    ORDER BY 1, 2, 3;
)sql";

// Version 6's function, still called by version 6's SQL (its triggers and its last statement) while a
// catalogue is migrated through it: '[]', since version 7 drops the table it would fill.
void noTermsFunction(sqlite3_context* ctx, int, sqlite3_value**)
{
    sqlite3_result_text(ctx, "[]", 2, SQLITE_STATIC);
}

// The index keys of a stored fingerprint as a JSON array of [key, position] (fingerprint_terms.hpp);
// '[]' for NULL or a value that is not a fingerprint (it cannot match anything).
void fingerprintKeysFunction(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    std::string json = "[";
    if (sqlite3_value_type(argv[0]) != SQLITE_NULL) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
        const auto raw = decodeStoredFingerprint(
            std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(argv[0]))));
        if (raw)
            for (const FingerprintKey& k : indexKeys(*raw)) {
                if (json.size() > 1)
                    json += ',';
                json += '[' + std::to_string(k.key) + ',' + std::to_string(k.position) + ']';
            }
    }
    json += ']';
    sqlite3_result_text(ctx, json.data(), static_cast<int>(json.size()), SQLITE_TRANSIENT);
}

// Version 2 with the ISRC key expression spliced in (isrc_key.hpp: one definition for SQL and C++).
std::string version2()
{
    std::string sql = kV2;
    const std::string key = isrcKeySql("OLD.isrc");
    for (std::size_t at = sql.find("@OLD_KEY@"); at != std::string::npos; at = sql.find("@OLD_KEY@", at))
        sql.replace(at, 9, key);
    return sql;
}

// Version 3: the decision index's tables, then version 2's triggers again, each dropped and re-created with
// `INSERT INTO rights_dirty ... ON CONFLICT DO NOTHING` in place of `INSERT OR IGNORE INTO rights_dirty`.
std::string version3(const std::string& v2)
{
    std::string sql = kV3;
    const std::string create = "CREATE TRIGGER ";
    const std::string ignore = "INSERT OR IGNORE INTO rights_dirty VALUES";
    for (std::size_t at = v2.find(create); at != std::string::npos; at = v2.find(create, at + 1)) {
        const std::size_t nameEnd = v2.find(' ', at + create.size());
        const std::size_t end = v2.find("\nEND;", at) + 5;
        std::string trigger = v2.substr(at, end - at);
        for (std::size_t i = trigger.find(ignore); i != std::string::npos; i = trigger.find(ignore, i)) {
            trigger.replace(i, ignore.size(), "INSERT INTO rights_dirty VALUES");
            const std::size_t semicolon = trigger.find(';', i);
            trigger.insert(semicolon, " ON CONFLICT DO NOTHING");
            i = semicolon;
        }
        sql += "DROP TRIGGER " + v2.substr(at + create.size(), nameEnd - at - create.size()) + ";\n" +
               trigger + "\n";
    }
    return sql;
}

// Version 4: the identification keys again, folded by foldText (text_fold.hpp), the fold the UI filter
// shares (full case folding, accents of every Latin, Greek and Cyrillic letter, compatibility forms);
// version 1's keys folded less. Runs on a connection where registerCatalogueFunctions was called.
constexpr const char* kV4 = R"sql(
UPDATE recordings SET title_key = accord_title_key(title), artist_key = accord_artist_key(artists);
UPDATE recording_aliases SET alias_key = accord_title_key(alias);
)sql";

// SQL text in, key out; NULL stays NULL.
template <std::string (*Key)(std::string_view)>
void keyFunction(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto* text = sqlite3_value_text(argv[0]);
    const std::string key = Key(std::string_view(reinterpret_cast<const char*>(text),
                                                 static_cast<std::size_t>(sqlite3_value_bytes(argv[0]))));
    sqlite3_result_text(ctx, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

// The writer keys a recording's first artist (catalogue_writer.cpp); the column holds joinArtists' text.
std::string firstArtistKey(std::string_view joined)
{
    const auto artists = splitArtists(std::string(joined));
    return artists.empty() ? std::string() : normaliseArtist(artists.front());
}

std::string titleKey(std::string_view title)
{
    return normaliseTitle(title);
}

} // namespace

base::Status registerCatalogueFunctions(storage::Connection& conn)
{
    constexpr int kFlags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS; // pure: usable in triggers
    const struct {
        const char* name;
        void (*fn)(sqlite3_context*, int, sqlite3_value**);
    } functions[] = {{"accord_title_key", keyFunction<titleKey>},
                     {"accord_artist_key", keyFunction<firstArtistKey>},
                     {"accord_fingerprint_terms", noTermsFunction},
                     {"accord_fingerprint_keys", fingerprintKeysFunction}};
    for (const auto& f : functions)
        if (sqlite3_create_function_v2(conn.handle(), f.name, 1, kFlags, nullptr, f.fn, nullptr, nullptr,
                                       nullptr) != SQLITE_OK)
            return base::Error(base::ErrorCode::Database, std::string("cannot register ") + f.name + ": " +
                                                              sqlite3_errmsg(conn.handle()));
    return {};
}

std::span<const storage::Migration> catalogueMigrations()
{
    static const std::string v2 = version2();
    static const std::string v3 = version3(v2);
    static const std::array<storage::Migration, 7> migrations{
        {{1, kV1}, {2, v2}, {3, v3}, {4, kV4}, {5, kV5}, {6, kV6}, {7, kV7}}};
    return migrations;
}

} // namespace accord::catalogue
