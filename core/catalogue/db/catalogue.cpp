// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/db/catalogue.hpp"

#include "base/log.hpp"
#include "catalogue/db/catalogue_migrations.hpp"
#include "catalogue/db/catalogue_rows.hpp"
#include "catalogue/model/isrc_key.hpp"
#include "catalogue/rights/rights_codec.hpp"
#include "catalogue/rights/rights_file_writer.hpp"
#include "catalogue/rights/rights_index.hpp"
#include "catalogue/rights/rights_query.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace accord::catalogue {

using base::Error;
using base::ErrorCode;
using base::Result;
using storage::Statement;

namespace {

constexpr std::int64_t kLargeRefresh = 100'000; // rows; above this, truncate the WAL after the refresh

// The tables' answer takes several statements: in autocommit each would see its own snapshot, so they run
// in one read transaction unless the caller already has one open.
Result<RecordingRights> loadConsistently(storage::Connection& conn, RightsQuery& query,
                                         std::int64_t recordingId)
{
    if (conn.inTransaction())
        return query.load(recordingId);
    ACCORD_TRY(conn.exec("BEGIN"));
    auto loaded = query.load(recordingId);
    const auto ended = conn.exec(loaded.ok() ? "COMMIT" : "ROLLBACK");
    if (loaded.ok() && !ended.ok())
        return ended.error();
    return loaded;
}

// Runs a bound statement whose columns are (recording id, stored rights row): the decoded row, or nullopt
// when there is no current row or it does not decode (the caller then asks the tables).
Result<std::optional<RecordingRights>> storedRights(Statement& st)
{
    auto row = st.step();
    if (!row.ok())
        return std::move(row).error();
    std::optional<RecordingRights> out;
    if (*row) {
        auto decoded = decodeRights(st.columnBlobView(1), st.columnInt(0));
        if (decoded.ok())
            out = std::move(*decoded);
    }
    st.reset();
    return out;
}

} // namespace

struct Catalogue::Impl {
    storage::Connection conn;
    std::map<std::string, Statement, std::less<>> statements;

    explicit Impl(storage::Connection c) : conn(std::move(c)) {}

    // The decision path's statements, looked up once (map nodes never move): no SQL text compared per call.
    Statement* isrcStatement = nullptr;
    Statement* rightsStatement = nullptr;
    Statement* isrcRightsStatement = nullptr;
    RightsQuery query{conn}; // the tables' answer when a stored row is missing or stale
    FingerprintIndex fingerprints{conn};

    // Prepared once per connection, then reused (reset before each use).
    Result<Statement*> prepared(std::string_view sql)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            auto st = Statement::prepare(conn, sql);
            if (!st.ok())
                return std::move(st).error();
            it = statements.emplace(std::string(sql), std::move(*st)).first;
        }
        it->second.reset();
        return &it->second;
    }

    Result<Statement*> prepared(Statement*& slot, std::string_view sql)
    {
        if (slot) {
            slot->reset();
            return slot;
        }
        auto st = prepared(sql);
        if (!st.ok())
            return std::move(st).error();
        slot = *st;
        return slot;
    }

    base::Status loadAliases(Recording& r)
    {
        auto st = prepared("SELECT alias FROM recording_aliases WHERE recording_id = ? ORDER BY rowid");
        if (!st.ok())
            return std::move(st).error();
        (*st)->bind(1, r.id);
        for (;;) {
            auto row = (*st)->step();
            if (!row.ok())
                return std::move(row).error();
            if (!*row)
                break;
            r.aliases.push_back((*st)->columnText(0));
        }
        return {};
    }

    Result<std::optional<Recording>> findOne(const std::string& where, const auto& binder)
    {
        auto st =
            prepared(std::string("SELECT ") + rows::kRecordingColumns + " FROM recordings r WHERE " + where);
        if (!st.ok())
            return std::move(st).error();
        binder(**st);
        auto row = (*st)->step();
        if (!row.ok())
            return std::move(row).error();
        if (!*row)
            return std::optional<Recording>();
        Recording r = rows::readRecording(**st);
        (*st)->reset();
        ACCORD_TRY(loadAliases(r));
        return std::optional<Recording>(std::move(r));
    }
};

Catalogue::Catalogue(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Catalogue::Catalogue(Catalogue&&) noexcept = default;
Catalogue& Catalogue::operator=(Catalogue&&) noexcept = default;
Catalogue::~Catalogue() = default;

Result<Catalogue> Catalogue::open(const std::filesystem::path& path, storage::Connection::Mode mode)
{
    auto conn = storage::Connection::open(path, mode);
    if (!conn.ok())
        return std::move(conn).error();
    if (mode == storage::Connection::Mode::ReadWrite) {
        ACCORD_TRY(registerCatalogueFunctions(*conn));
        ACCORD_TRY(storage::migrate(*conn, catalogueMigrations(), "catalogue"));
    } else {
        auto version = conn->userVersion();
        if (!version.ok())
            return std::move(version).error();
        if (*version == 0) {
            // Version 0 is no schema at all: say what the file is rather than "schema version 0".
            auto check = storage::Statement::prepare(*conn, "SELECT count(*) FROM sqlite_master");
            base::Result<bool> row = check.ok() ? check->step() : base::Result<bool>(check.error());
            if (!row.ok())
                return Error(ErrorCode::Database, "damaged catalogue database: " + row.error().message)
                    .inFile(path.string());
            const std::int64_t count = *row ? check->columnInt(0) : 0;
            return Error(ErrorCode::NotFound,
                         count == 0
                             ? "no catalogue here yet (an empty database): import one first"
                             : "not an Accord catalogue, or a damaged one (it has tables but no schema "
                               "version)")
                .inFile(path.string());
        }
        if (*version != catalogueMigrations().back().version)
            return Error(ErrorCode::Unsupported, "catalogue schema version " + std::to_string(*version) +
                                                     " is not the one this build reads")
                .inFile(path.string());
    }
    Catalogue cat(std::make_unique<Impl>(std::move(*conn)));
    if (mode == storage::Connection::Mode::ReadWrite) {
        // Rows left stale by a write that did not refresh them (an upgrade from version 1, a sqlite3 shell).
        auto pending = rightsNeedRefresh(cat.m_impl->conn);
        if (!pending.ok())
            return std::move(pending).error().inFile(path.string());
        if (*pending) {
            base::logInfo("catalogue", "bringing stored rights rows up to date in " + path.string());
            auto rebuilt = cat.refreshRights();
            if (!rebuilt.ok())
                return std::move(rebuilt).error().inFile(path.string());
            // An upgrade rebuilds every row in one transaction: give the WAL's space back afterwards.
            if (*rebuilt > kLargeRefresh)
                ACCORD_TRY(cat.m_impl->conn.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
            base::logInfo("catalogue", std::to_string(*rebuilt) + " rights rows rebuilt");
            maintainRightsIndex(cat.m_impl->conn);
        }
    }
    return cat;
}

namespace {

// A database closed cleanly has no -wal file: read it through a query-only handle, which removes the -wal
// and -shm files SQLite makes for it when it closes last, so the folder is left as it was. With a -wal
// there (another process has it open, or one crashed), a plain read-only handle leaves it alone.
storage::Connection::Mode readerMode(const std::filesystem::path& path)
{
    std::error_code ec;
    return std::filesystem::exists(path.string() + "-wal", ec) ? storage::Connection::Mode::ReadOnly
                                                               : storage::Connection::Mode::QueryOnly;
}

} // namespace

Result<Catalogue> Catalogue::openForReading(const std::filesystem::path& path)
{
    std::error_code ec;
    if (path.empty() || path == ":memory:" || !std::filesystem::exists(path, ec))
        return open(path); // nothing to read yet: an empty catalogue, as before
    const auto readable = [](Result<Catalogue>& cat) -> bool {
        // SQLite opens lazily: the first read is what fails on a read-only folder without a -shm file.
        return cat.ok() && cat->connection().userVersion().ok();
    };
    const storage::WalFiles before = storage::WalFiles::of(path);
    auto cat = open(path, readerMode(path));
    if (!readable(cat)) {
        Error why = cat.ok() ? Error(ErrorCode::Database, "cannot read the catalogue") : cat.error();
        if (cat.ok())
            if (auto v = cat->connection().userVersion(); !v.ok())
                why = v.error();
        cat = why; // closes the connection: what its attempt left beside the file can go
        before.removeCreatedSince(path);
        // A read-only folder or a full disk: the WAL index cannot be created. Read the file as it is.
        std::string uri = "file:";
        for (char c : path.string()) {
            if (c == '%' || c == '?' || c == '#') {
                char hex[4];
                std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned char>(c));
                uri += hex;
            } else {
                uri += c;
            }
        }
        auto immutable = open(uri + "?immutable=1", storage::Connection::Mode::ReadOnly);
        if (readable(immutable))
            return immutable;
        if (why.message.find("schema version") == std::string::npos)
            return cat;
    }
    if (cat.ok())
        return cat;
    // An older schema: migrating is a write, which a writable catalogue allows.
    auto version = storage::Connection::open(path, storage::Connection::Mode::ReadOnly);
    if (version.ok())
        if (auto v = version->userVersion(); v.ok() && *v > 0 && *v < catalogueMigrations().back().version) {
            auto migrated = open(path);
            if (migrated.ok())
                return migrated;
            return Error(ErrorCode::Unsupported,
                         "the catalogue (schema version " + std::to_string(*v) +
                             ") must be upgraded by a write, and it cannot be written: " +
                             migrated.error().message)
                .inFile(path.string());
        }
    return cat;
}

storage::Connection& Catalogue::connection()
{
    return m_impl->conn;
}

Result<std::optional<Recording>> Catalogue::findByIsrc(std::string_view isrc)
{
    std::string norm;
    if (!normaliseIsrc(isrc, norm))
        return std::optional<Recording>();
    return m_impl->findOne("r.isrc = ?", [&](Statement& st) { st.bind(1, norm); });
}

Result<std::optional<Recording>> Catalogue::findByCatalogueId(std::string_view catalogueId)
{
    return m_impl->findOne("r.catalogue_id = ?", [&](Statement& st) { st.bind(1, catalogueId); });
}

Result<std::optional<Recording>> Catalogue::findById(std::int64_t recordingId)
{
    return m_impl->findOne("r.id = ?", [&](Statement& st) { st.bind(1, recordingId); });
}

Result<std::vector<std::string>> Catalogue::aliasesOf(std::int64_t recordingId)
{
    Recording r;
    r.id = recordingId;
    if (auto s = m_impl->loadAliases(r); !s.ok())
        return std::move(s).error();
    return std::move(r.aliases);
}

Result<std::optional<std::int64_t>> Catalogue::recordingIdByIsrc(std::string_view isrc)
{
    std::string norm;
    if (!normaliseIsrc(isrc, norm))
        return std::optional<std::int64_t>();
    auto st = m_impl->prepared(m_impl->isrcStatement, "SELECT id FROM recordings WHERE isrc = ?");
    if (!st.ok())
        return std::move(st).error();
    (*st)->bind(1, norm);
    auto row = (*st)->step();
    if (!row.ok())
        return std::move(row).error();
    if (!*row)
        return std::optional<std::int64_t>();
    const std::int64_t id = (*st)->columnInt(0);
    (*st)->reset(); // an active statement would hold this connection's read snapshot open
    return std::optional<std::int64_t>(id);
}

base::Status Catalogue::forEachFingerprinted(const std::function<bool(const FingerprintEntry&)>& visit)
{
    // Its own statement (not the shared cache) so that visit may call other queries meanwhile.
    auto st = Statement::prepare(m_impl->conn, "SELECT id, catalogue_id, fingerprint, fingerprint_duration_s "
                                               "FROM recordings WHERE fingerprint IS NOT NULL ORDER BY id");
    if (!st.ok())
        return std::move(st).error();
    FingerprintEntry e;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return std::move(row).error();
        if (!*row)
            return {};
        e.recordingId = st->columnInt(0);
        e.catalogueId = st->columnText(1);
        e.fingerprint = st->columnText(2);
        e.durationS = st->columnOptInt(3).value_or(0);
        if (!visit(e))
            return {};
    }
}

Result<std::vector<std::optional<std::int64_t>>>
Catalogue::recordingIdsByCatalogueIds(const std::vector<std::string_view>& catalogueIds)
{
    std::vector<std::optional<std::int64_t>> out(catalogueIds.size());
    std::vector<std::uint32_t> order;
    order.reserve(catalogueIds.size());
    for (std::size_t i = 0; i < catalogueIds.size(); ++i)
        if (!catalogueIds[i].empty())
            order.push_back(static_cast<std::uint32_t>(i));
    if (order.empty())
        return out;
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return catalogueIds[a] < catalogueIds[b]; });
    auto st = m_impl->prepared("SELECT id FROM recordings WHERE catalogue_id = ?");
    if (!st.ok())
        return std::move(st).error();
    // One snapshot and one set of locks for the whole batch, not one per lookup.
    ACCORD_TRY(m_impl->conn.exec("BEGIN"));
    base::Status status;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::uint32_t i = order[k];
        if (k > 0 && catalogueIds[i] == catalogueIds[order[k - 1]]) {
            out[i] = out[order[k - 1]];
            continue;
        }
        (*st)->reset();
        (*st)->bind(1, catalogueIds[i]);
        auto row = (*st)->step();
        if (!row.ok()) {
            status = std::move(row).error();
            break;
        }
        if (*row)
            out[i] = (*st)->columnInt(0);
    }
    (*st)->reset(); // an active statement would keep the read transaction from ending
    if (!status.ok()) {
        (void)m_impl->conn.exec("ROLLBACK");
        return std::move(status).error();
    }
    ACCORD_TRY(m_impl->conn.exec("COMMIT"));
    return out;
}

Result<std::vector<FingerprintCandidate>>
Catalogue::fingerprintCandidates(const std::vector<std::uint32_t>& raw, std::size_t limit)
{
    return m_impl->fingerprints.candidates(raw, limit);
}

Result<bool> Catalogue::hasFingerprints()
{
    return m_impl->fingerprints.any();
}

Result<std::vector<RecordingKey>> Catalogue::recordingKeysAfter(std::int64_t afterId, std::size_t limit)
{
    auto st =
        m_impl->prepared("SELECT id, catalogue_id, isrc FROM recordings WHERE id > ? ORDER BY id LIMIT ?");
    if (!st.ok())
        return std::move(st).error();
    (*st)->bind(1, afterId).bind(2, static_cast<std::int64_t>(limit));
    std::vector<RecordingKey> out;
    out.reserve(limit);
    for (;;) {
        auto row = (*st)->step();
        if (!row.ok())
            return std::move(row).error();
        if (!*row)
            break;
        out.push_back({(*st)->columnInt(0), (*st)->columnText(1), (*st)->columnOptText(2)});
    }
    (*st)->reset();
    return out;
}

Result<std::vector<Recording>> Catalogue::findByTitleKey(std::string_view key, std::size_t limit)
{
    auto st =
        m_impl->prepared(std::string("SELECT ") + rows::kRecordingColumns +
                         " FROM recordings r WHERE r.id IN (SELECT id FROM recordings WHERE title_key = ?1 "
                         "UNION SELECT recording_id FROM recording_aliases WHERE alias_key = ?1) "
                         "ORDER BY r.id LIMIT ?2");
    if (!st.ok())
        return std::move(st).error();
    (*st)->bind(1, key).bind(2, static_cast<std::int64_t>(limit));
    std::vector<Recording> out;
    for (;;) {
        auto row = (*st)->step();
        if (!row.ok())
            return std::move(row).error();
        if (!*row)
            break;
        out.push_back(rows::readRecording(**st));
    }
    for (Recording& r : out)
        ACCORD_TRY(m_impl->loadAliases(r));
    return out;
}

Result<RecordingRights> Catalogue::rights(std::int64_t recordingId)
{
    static const std::string sql =
        "SELECT rr.recording_id, rr.data FROM recordings r JOIN recording_rights rr "
        "ON rr.isrc_key = " +
        isrcKeySql("r.isrc") +
        " AND rr.recording_id = r.id "
        "WHERE r.id = ?1 AND NOT EXISTS (SELECT 1 FROM rights_dirty)";
    auto st = m_impl->prepared(m_impl->rightsStatement, sql);
    if (!st.ok())
        return std::move(st).error();
    (*st)->bind(1, recordingId);
    auto stored = storedRights(**st);
    if (!stored.ok())
        return std::move(stored).error();
    if (*stored)
        return std::move(**stored);
    return loadConsistently(m_impl->conn, m_impl->query, recordingId);
}

Result<std::optional<RecordingRights>> Catalogue::rightsByIsrc(std::string_view isrc)
{
    std::string norm;
    if (!normaliseIsrc(isrc, norm))
        return std::optional<RecordingRights>();
    // One rowid lookup: the rows are keyed by the ISRC as a number. Trusted only while no write is pending a
    // refresh.
    static const std::string sql =
        "SELECT recording_id, data FROM recording_rights WHERE isrc_key = " + isrcKeySql("?1") +
        " AND NOT EXISTS (SELECT 1 FROM rights_dirty)";
    auto st = m_impl->prepared(m_impl->isrcRightsStatement, sql);
    if (!st.ok())
        return std::move(st).error();
    (*st)->bind(1, norm);
    auto stored = storedRights(**st);
    if (!stored.ok())
        return std::move(stored).error();
    if (*stored)
        return stored;
    // No current row: an unknown ISRC, or a write not yet refreshed. Ask the tables.
    auto id = recordingIdByIsrc(norm);
    if (!id.ok())
        return std::move(id).error();
    if (!*id)
        return std::optional<RecordingRights>();
    auto loaded = loadConsistently(m_impl->conn, m_impl->query, **id);
    if (!loaded.ok())
        return std::move(loaded).error();
    return std::optional<RecordingRights>(std::move(*loaded));
}

base::Result<std::int64_t> Catalogue::refreshRights()
{
    auto tx = storage::Transaction::begin(m_impl->conn);
    if (!tx.ok())
        return std::move(tx).error();
    auto rebuilt = catalogue::refreshRights(m_impl->conn);
    if (!rebuilt.ok())
        return std::move(rebuilt).error();
    ACCORD_TRY(tx->commit());
    return *rebuilt;
}

Result<TierPolicy> Catalogue::tierPolicy()
{
    TierPolicy policy = TierPolicy::defaults();
    auto st = m_impl->prepared("SELECT tier, commercial_models, devices, resolution_cap FROM tier_policy");
    if (!st.ok())
        return std::move(st).error();
    ACCORD_TRY((*st)->forEachRow([&](storage::Statement& r) {
        const auto tier = parseTier(r.columnText(0));
        if (!tier)
            return;
        TierRule& rule = policy.rule(*tier);
        rule.commercialModels = rows::splitList(r.columnText(1), ',');
        rule.devices.clear();
        for (const std::string& d : rows::splitList(r.columnText(2), ','))
            if (auto dc = parseDeviceClass(d))
                rule.devices.push_back(*dc);
        rule.cap = parseResolutionCap(r.columnText(3)).value_or(ResolutionCap::Standard);
    }));
    auto settings = m_impl->prepared("SELECT key, value FROM settings");
    if (!settings.ok())
        return std::move(settings).error();
    ACCORD_TRY((*settings)->forEachRow([&](storage::Statement& r) {
        const std::string key = r.columnText(0);
        const std::int64_t value = r.columnInt(1);
        if (key == "preview_seconds")
            policy.previewLength = std::chrono::seconds(value);
        else if (key == "utc_offset_seconds")
            policy.utcOffsetSeconds = static_cast<int>(value);
        else if (key == "unidentified_playable")
            policy.unidentifiedPlayable = value != 0;
        else if (key == "preview_without_preview_use")
            policy.previewWithoutPreviewUse = value != 0;
    }));
    return policy;
}

Result<CatalogueStats> Catalogue::stats()
{
    auto st = m_impl->prepared(
        "SELECT (SELECT count(*) FROM recordings), (SELECT count(*) FROM recordings WHERE fingerprint IS NOT "
        "NULL),"
        " (SELECT count(*) FROM recording_aliases), (SELECT count(*) FROM releases),"
        " (SELECT count(*) FROM parties), (SELECT count(*) FROM deals),"
        " (SELECT count(*) FROM deals WHERE parent_id IS NOT NULL), (SELECT count(*) FROM takedowns),"
        " (SELECT count(*) FROM purchases)");
    if (!st.ok())
        return std::move(st).error();
    auto row = (*st)->step();
    if (!row.ok())
        return std::move(row).error();
    CatalogueStats s;
    s.recordings = (*st)->columnInt(0);
    s.fingerprinted = (*st)->columnInt(1);
    s.aliases = (*st)->columnInt(2);
    s.releases = (*st)->columnInt(3);
    s.parties = (*st)->columnInt(4);
    s.deals = (*st)->columnInt(5);
    s.sublicences = (*st)->columnInt(6);
    s.takedowns = (*st)->columnInt(7);
    s.purchases = (*st)->columnInt(8);
    (*st)->reset();
    return s;
}

} // namespace accord::catalogue
