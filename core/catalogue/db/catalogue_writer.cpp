// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/db/catalogue_writer.hpp"

#include "catalogue/db/catalogue_rows.hpp"
#include "catalogue/model/text_normaliser.hpp"

#include <string>

namespace accord::catalogue {

using base::Result;
using storage::Statement;

namespace {

std::optional<std::int64_t> seconds(const std::optional<base::Instant>& t)
{
    if (!t)
        return std::nullopt;
    return t->time_since_epoch().count();
}

// Runs a single-value query: the int64 in column 0 of the first row, or nullopt.
Result<std::optional<std::int64_t>> scalar(Statement& st)
{
    auto row = st.step();
    if (!row.ok())
        return std::move(row).error();
    if (!*row)
        return std::optional<std::int64_t>();
    std::optional<std::int64_t> v = st.columnInt(0);
    st.reset();
    return v;
}

} // namespace

CatalogueWriter::CatalogueWriter(storage::Connection& conn) : m_conn(conn) {}
CatalogueWriter::~CatalogueWriter() = default;

Result<Statement*> CatalogueWriter::prepared(std::string_view sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto st = Statement::prepare(m_conn, sql);
        if (!st.ok())
            return std::move(st).error();
        it = m_statements.emplace(std::string(sql), std::make_unique<Statement>(std::move(*st))).first;
    }
    it->second->reset();
    return it->second.get();
}

#define ACCORD_PREPARE(var, sql)                                                                             \
    auto var##_r = prepared(sql);                                                                            \
    if (!var##_r.ok())                                                                                       \
        return std::move(var##_r).error();                                                                   \
    Statement& var = **var##_r

Result<std::int64_t> CatalogueWriter::upsertParty(std::string_view key, std::string_view name,
                                                  std::string_view role)
{
    ACCORD_PREPARE(st,
                   "INSERT INTO parties(party_key, name, role) VALUES(?1, ?2, ?3) ON CONFLICT(party_key) DO "
                   "UPDATE SET name = excluded.name, role = excluded.role RETURNING id");
    st.bind(1, key).bind(2, name).bind(3, role);
    auto id = scalar(st);
    if (!id.ok())
        return std::move(id).error();
    return **id;
}

Result<std::optional<std::int64_t>> CatalogueWriter::recordingIdByCatalogueId(std::string_view catalogueId)
{
    ACCORD_PREPARE(st, "SELECT id FROM recordings WHERE catalogue_id = ?");
    st.bind(1, catalogueId);
    return scalar(st);
}

Result<std::optional<std::int64_t>> CatalogueWriter::recordingIdByIsrc(std::string_view normalisedIsrc)
{
    ACCORD_PREPARE(st, "SELECT id FROM recordings WHERE isrc = ?");
    st.bind(1, normalisedIsrc);
    return scalar(st);
}

Result<std::optional<std::int64_t>> CatalogueWriter::releaseIdByKey(std::string_view key)
{
    ACCORD_PREPARE(st, "SELECT id FROM releases WHERE release_key = ?");
    st.bind(1, key);
    return scalar(st);
}

Result<std::optional<std::int64_t>> CatalogueWriter::dealIdByKey(std::string_view key)
{
    ACCORD_PREPARE(st, "SELECT id FROM deals WHERE deal_key = ?");
    st.bind(1, key);
    return scalar(st);
}

Result<std::int64_t> CatalogueWriter::upsertRecording(const Recording& r, bool replaceAliases)
{
    std::optional<std::int64_t> existing;
    if (r.isrc) {
        auto byIsrc = recordingIdByIsrc(*r.isrc);
        if (!byIsrc.ok())
            return std::move(byIsrc).error();
        existing = *byIsrc;
    }
    if (!existing) {
        auto byId = recordingIdByCatalogueId(r.catalogueId);
        if (!byId.ok())
            return std::move(byId).error();
        existing = *byId;
    }
    const std::string artists = joinArtists(r.artists);
    const std::string artistKey = r.artists.empty() ? std::string() : normaliseArtist(r.artists.front());
    std::int64_t id = 0;
    if (existing) {
        ACCORD_PREPARE(st, "UPDATE recordings SET isrc = ?3, title = ?4, title_key = ?5, "
                           "artists = ?6, artist_key = ?7, duration_ms = coalesce(?8, duration_ms), "
                           "fingerprint = coalesce(?9, fingerprint), "
                           "fingerprint_duration_s = coalesce(?10, fingerprint_duration_s) WHERE id = ?1");
        st.bind(1, *existing).bind(3, r.isrc).bind(4, r.title).bind(5, normaliseTitle(r.title));
        st.bind(6, artists).bind(7, artistKey).bind(8, r.durationMs).bind(9, r.fingerprint);
        st.bind(10, r.fingerprintDurationS);
        ACCORD_TRY(st.run());
        id = *existing;
    } else {
        ACCORD_PREPARE(
            st, "INSERT INTO recordings(catalogue_id, isrc, title, title_key, artists, artist_key, "
                "duration_ms, fingerprint, fingerprint_duration_s) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)");
        st.bind(1, r.catalogueId).bind(2, r.isrc).bind(3, r.title).bind(4, normaliseTitle(r.title));
        st.bind(5, artists).bind(6, artistKey).bind(7, r.durationMs).bind(8, r.fingerprint);
        st.bind(9, r.fingerprintDurationS);
        ACCORD_TRY(st.run());
        id = m_conn.lastInsertRowId();
    }
    if (replaceAliases && existing) {
        ACCORD_PREPARE(del, "DELETE FROM recording_aliases WHERE recording_id = ?");
        ACCORD_TRY(del.bind(1, id).run());
    }
    for (const std::string& alias : r.aliases) {
        ACCORD_PREPARE(
            ins, "INSERT OR IGNORE INTO recording_aliases(recording_id, alias, alias_key) VALUES(?,?,?)");
        ACCORD_TRY(ins.bind(1, id).bind(2, alias).bind(3, normaliseTitle(alias)).run());
    }
    return id;
}

Result<std::int64_t> CatalogueWriter::upsertRelease(const Release& release)
{
    ACCORD_PREPARE(
        st, "INSERT INTO releases(release_key, icpn, title) VALUES(?1, ?2, ?3) ON CONFLICT(release_key) "
            "DO UPDATE SET icpn = excluded.icpn, title = excluded.title RETURNING id");
    st.bind(1, release.releaseKey).bind(2, release.icpn).bind(3, release.title);
    auto id = scalar(st);
    if (!id.ok())
        return std::move(id).error();
    const std::int64_t releaseId = **id;
    ACCORD_PREPARE(del, "DELETE FROM release_tracks WHERE release_id = ?");
    ACCORD_TRY(del.bind(1, releaseId).run());
    std::int64_t position = 1;
    for (std::int64_t recordingId : release.trackRecordingIds) {
        ACCORD_PREPARE(ins, "INSERT INTO release_tracks(release_id, position, recording_id) VALUES(?,?,?)");
        ACCORD_TRY(ins.bind(1, releaseId).bind(2, position++).bind(3, recordingId).run());
    }
    return releaseId;
}

base::Status CatalogueWriter::removeReleaseDeals(std::int64_t releaseId)
{
    ACCORD_PREPARE(deals, "DELETE FROM deals WHERE release_id = ?");
    ACCORD_TRY(deals.bind(1, releaseId).run());
    ACCORD_PREPARE(takedowns, "DELETE FROM takedowns WHERE release_id = ? AND source = 'ddex'");
    return takedowns.bind(1, releaseId).run();
}

Result<std::int64_t> CatalogueWriter::upsertDeal(const Deal& d, std::string_view source)
{
    ACCORD_PREPARE(
        st,
        "INSERT INTO deals(deal_key, recording_id, release_id, licensor, licensee, territories, valid_from,"
        " valid_until, use_types, commercial_models, exclusive, parent_id, source)"
        " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13) ON CONFLICT(deal_key) DO UPDATE SET"
        " recording_id = excluded.recording_id, release_id = excluded.release_id,"
        " licensor = excluded.licensor, licensee = excluded.licensee, territories = excluded.territories,"
        " valid_from = excluded.valid_from, valid_until = excluded.valid_until,"
        " use_types = excluded.use_types, commercial_models = excluded.commercial_models,"
        " exclusive = excluded.exclusive, parent_id = excluded.parent_id, source = excluded.source"
        " RETURNING id");
    st.bind(1, d.dealKey);
    if (d.scope == Scope::Recording)
        st.bind(2, d.subjectId).bindNull(3);
    else
        st.bindNull(2).bind(3, d.subjectId);
    st.bind(4, d.licensor).bind(5, d.licensee).bind(6, d.territories.toString());
    st.bind(7, seconds(d.validFrom)).bind(8, seconds(d.validUntil));
    st.bind(9, static_cast<std::int64_t>(d.useTypes)).bind(10, rows::joinList(d.commercialModels, ','));
    st.bind(11, d.exclusive ? 1 : 0).bind(12, d.parentId).bind(13, source);
    auto id = scalar(st);
    if (!id.ok())
        return std::move(id).error();
    return **id;
}

Result<std::int64_t> CatalogueWriter::upsertTakedown(const Takedown& t, std::string_view source)
{
    ACCORD_PREPARE(st,
                   "INSERT INTO takedowns(takedown_key, recording_id, release_id, territories, effective_at,"
                   " transition_s, notice, source) VALUES(?1,?2,?3,?4,?5,?6,?7,?8) ON CONFLICT(takedown_key)"
                   " DO UPDATE SET recording_id = excluded.recording_id, release_id = excluded.release_id,"
                   " territories = excluded.territories, effective_at = excluded.effective_at,"
                   " transition_s = excluded.transition_s, notice = excluded.notice, source = excluded.source"
                   " RETURNING id");
    st.bind(1, t.takedownKey);
    if (t.scope == Scope::Recording)
        st.bind(2, t.subjectId).bindNull(3);
    else
        st.bindNull(2).bind(3, t.subjectId);
    st.bind(4, t.territories.toString())
        .bind(5, static_cast<std::int64_t>(t.effective.time_since_epoch().count()));
    st.bind(6, static_cast<std::int64_t>(t.transition.count())).bind(7, t.notice).bind(8, source);
    auto id = scalar(st);
    if (!id.ok())
        return std::move(id).error();
    return **id;
}

base::Status CatalogueWriter::addPurchase(const Purchase& p)
{
    ACCORD_PREPARE(st, p.scope == Scope::Recording
                           ? "INSERT OR REPLACE INTO purchases(recording_id, purchased_at) VALUES(?1, ?2)"
                           : "INSERT OR REPLACE INTO purchases(release_id, purchased_at) VALUES(?1, ?2)");
    return st.bind(1, p.subjectId).bind(2, seconds(p.purchasedAt)).run();
}

base::Status CatalogueWriter::setPolicy(const TierPolicy& policy)
{
    for (Tier tier : kAllTiers) {
        const TierRule& rule = policy.rule(tier);
        std::vector<std::string> devices;
        for (DeviceClass d : rule.devices)
            devices.emplace_back(toString(d));
        ACCORD_PREPARE(st,
                       "INSERT OR REPLACE INTO tier_policy(tier, commercial_models, devices, resolution_cap)"
                       " VALUES(?,?,?,?)");
        ACCORD_TRY(st.bind(1, toString(tier))
                       .bind(2, rows::joinList(rule.commercialModels, ','))
                       .bind(3, rows::joinList(devices, ','))
                       .bind(4, toString(rule.cap))
                       .run());
    }
    const std::pair<const char*, std::int64_t> settings[] = {
        {"preview_seconds", policy.previewLength.count()},
        {"utc_offset_seconds", policy.utcOffsetSeconds},
        {"unidentified_playable", policy.unidentifiedPlayable ? 1 : 0},
        {"preview_without_preview_use", policy.previewWithoutPreviewUse ? 1 : 0}};
    for (const auto& [key, value] : settings) {
        ACCORD_PREPARE(st, "INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)");
        ACCORD_TRY(st.bind(1, key).bind(2, std::to_string(value)).run());
    }
    return {};
}

} // namespace accord::catalogue
