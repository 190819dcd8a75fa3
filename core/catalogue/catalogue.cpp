// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/catalogue.hpp"

#include "catalogue/catalogue_migrations.hpp"
#include "catalogue/catalogue_rows.hpp"
#include "storage/statement.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace accord::catalogue {

using base::Error;
using base::ErrorCode;
using base::Result;
using storage::Statement;

struct Catalogue::Impl {
    storage::Connection conn;
    std::map<std::string, Statement, std::less<>> statements;

    explicit Impl(storage::Connection c) : conn(std::move(c)) {}

    // The decision path's statements, looked up once (map nodes never move): no SQL text compared per call.
    Statement* isrcStatement = nullptr;
    Statement* rightsStatement = nullptr;
    Statement* parentStatement = nullptr;

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
        auto st = prepared(std::string("SELECT ") + rows::kRecordingColumns + " FROM recordings r WHERE " + where);
        if (!st.ok())
            return std::move(st).error();
        binder(**st);
        auto row = (*st)->step();
        if (!row.ok())
            return std::move(row).error();
        if (!*row)
            return std::optional<Recording>();
        Recording r = rows::readRecording(**st);
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
        ACCORD_TRY(storage::migrate(*conn, catalogueMigrations(), "catalogue"));
    } else {
        auto version = conn->userVersion();
        if (!version.ok())
            return std::move(version).error();
        if (*version != catalogueMigrations().back().version)
            return Error(ErrorCode::Unsupported, "catalogue schema version " + std::to_string(*version) +
                                                     " is not the one this build reads")
                .inFile(path.string());
    }
    return Catalogue(std::make_unique<Impl>(std::move(*conn)));
}

storage::Connection& Catalogue::connection() { return m_impl->conn; }

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
    return std::optional<std::int64_t>((*st)->columnInt(0));
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

Result<std::vector<Recording>> Catalogue::findByTitleKey(std::string_view key, std::size_t limit)
{
    auto st = m_impl->prepared(std::string("SELECT ") + rows::kRecordingColumns +
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

namespace {

// Deals, takedowns and purchases of a recording and of the releases that contain it, in ONE statement
// (one execution instead of three per decision). Rows are padded to the deal's 13 columns so the row
// readers keep their column numbers; the last column tells which kind a row is.
enum RowKind : std::int64_t { kDealRow = 0, kTakedownRow = 1, kPurchaseRow = 2 };
constexpr int kKindColumn = 13;

std::string rightsSql()
{
    const std::string deal = rows::kDealColumns;
    const std::string takedown = std::string(rows::kTakedownColumns) + ", NULL, NULL, NULL, NULL, NULL";
    const std::string purchase =
        std::string(rows::kPurchaseColumns) + ", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL";
    const auto both = [](const std::string& cols, const char* table, const char* alias, int kind) {
        const std::string k = ", " + std::to_string(kind);
        return "SELECT " + cols + k + " FROM " + table + " " + alias + " WHERE " + alias +
               ".recording_id = ?1 UNION ALL SELECT " + cols + k + " FROM release_tracks rt JOIN " + table + " " +
               alias + " ON " + alias + ".release_id = rt.release_id WHERE rt.recording_id = ?1";
    };
    return both(deal, "deals", "d", kDealRow) + " UNION ALL " + both(takedown, "takedowns", "t", kTakedownRow) +
           " UNION ALL " + both(purchase, "purchases", "p", kPurchaseRow);
}

} // namespace

Result<RecordingRights> Catalogue::rights(std::int64_t recordingId)
{
    RecordingRights out;
    out.recordingId = recordingId;
    static const std::string all = rightsSql();
    const auto each = [&](Statement*& slot, const std::string& sql, std::int64_t id,
                          const auto& onRow) -> base::Status {
        auto st = m_impl->prepared(slot, sql);
        if (!st.ok())
            return std::move(st).error();
        (*st)->bind(1, id);
        for (;;) {
            auto row = (*st)->step();
            if (!row.ok())
                return std::move(row).error();
            if (!*row)
                return {};
            ACCORD_TRY(onRow(**st));
        }
    };
    ACCORD_TRY(each(m_impl->rightsStatement, all, recordingId, [&](const Statement& st) -> base::Status {
        switch (st.columnInt(kKindColumn)) {
        case kDealRow: {
            auto d = rows::readDeal(st);
            if (!d.ok())
                return std::move(d).error();
            out.deals.push_back(std::move(*d));
            return {};
        }
        case kTakedownRow: {
            auto t = rows::readTakedown(st);
            if (!t.ok())
                return std::move(t).error();
            out.takedowns.push_back(std::move(*t));
            return {};
        }
        default:
            out.purchases.push_back(rows::readPurchase(st));
            return {};
        }
    }));
    // Parents of sublicences, up the chain, whatever their scope.
    static const std::string parent = std::string("SELECT ") + rows::kDealColumns + " FROM deals d WHERE d.id = ?1";
    const auto known = [&](std::int64_t id) {
        const auto match = [&](const Deal& d) { return d.id == id; };
        return std::any_of(out.deals.begin(), out.deals.end(), match) ||
               std::any_of(out.ancestors.begin(), out.ancestors.end(), match);
    };
    // Walks candidates, then ancestors as they are appended (indexes stay valid, references may not).
    for (size_t i = 0; i < out.deals.size() + out.ancestors.size(); ++i) {
        const auto parentId = i < out.deals.size() ? out.deals[i].parentId
                                                   : out.ancestors[i - out.deals.size()].parentId;
        if (!parentId || known(*parentId))
            continue;
        ACCORD_TRY(each(m_impl->parentStatement, parent, *parentId, [&](const Statement& st) -> base::Status {
            auto d = rows::readDeal(st);
            if (!d.ok())
                return std::move(d).error();
            out.ancestors.push_back(std::move(*d));
            return {};
        }));
    }
    return out;
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
    }));
    return policy;
}

Result<CatalogueStats> Catalogue::stats()
{
    auto st = m_impl->prepared(
        "SELECT (SELECT count(*) FROM recordings), (SELECT count(*) FROM recordings WHERE fingerprint IS NOT NULL),"
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
    return s;
}

} // namespace accord::catalogue
