// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/db/catalogue_rows.hpp"

namespace accord::catalogue::rows {

std::string joinList(const std::vector<std::string>& items, char sep)
{
    std::string out;
    for (const std::string& s : items) {
        if (!out.empty())
            out += sep;
        out += s;
    }
    return out;
}

std::vector<std::string> splitList(std::string_view text, char sep)
{
    std::vector<std::string> out;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find(sep, pos);
        if (end == std::string_view::npos)
            end = text.size();
        if (end > pos)
            out.emplace_back(text.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

Recording readRecording(const storage::Statement& st)
{
    Recording r;
    r.id = st.columnInt(0);
    r.catalogueId = st.columnText(1);
    r.isrc = st.columnOptText(2);
    r.title = st.columnText(3);
    r.artists = splitArtists(st.columnText(4));
    r.durationMs = st.columnOptInt(5);
    r.fingerprint = st.columnOptText(6);
    r.fingerprintDurationS = st.columnOptInt(7);
    return r;
}

namespace {

void readScope(const storage::Statement& st, int recordingCol, Scope& scope, std::int64_t& subject)
{
    if (!st.columnIsNull(recordingCol)) {
        scope = Scope::Recording;
        subject = st.columnInt(recordingCol);
    } else {
        scope = Scope::Release;
        subject = st.columnInt(recordingCol + 1);
    }
}

std::optional<base::Instant> optInstant(const storage::Statement& st, int col)
{
    if (st.columnIsNull(col))
        return std::nullopt;
    return base::Instant(std::chrono::seconds(st.columnInt(col)));
}

} // namespace

base::Result<Deal> readDeal(const storage::Statement& st)
{
    Deal d;
    d.id = st.columnInt(0);
    d.dealKey = st.columnText(1);
    readScope(st, 2, d.scope, d.subjectId);
    d.licensor = st.columnText(4);
    d.licensee = st.columnText(5);
    auto territories = TerritorySet::parse(st.columnText(6));
    if (!territories.ok())
        return std::move(territories).error();
    d.territories = std::move(*territories);
    d.validFrom = optInstant(st, 7);
    d.validUntil = optInstant(st, 8);
    d.useTypes = static_cast<UseTypes>(st.columnInt(9));
    d.commercialModels = splitList(st.columnText(10), ',');
    d.exclusive = st.columnInt(11) != 0;
    d.parentId = st.columnOptInt(12);
    return d;
}

base::Result<Takedown> readTakedown(const storage::Statement& st)
{
    Takedown t;
    t.id = st.columnInt(0);
    t.takedownKey = st.columnText(1);
    readScope(st, 2, t.scope, t.subjectId);
    auto territories = TerritorySet::parse(st.columnText(4));
    if (!territories.ok())
        return std::move(territories).error();
    t.territories = std::move(*territories);
    t.effective = base::Instant(std::chrono::seconds(st.columnInt(5)));
    t.transition = std::chrono::seconds(st.columnInt(6));
    t.notice = st.columnText(7);
    return t;
}

Purchase readPurchase(const storage::Statement& st)
{
    Purchase p;
    p.id = st.columnInt(0);
    readScope(st, 1, p.scope, p.subjectId);
    p.purchasedAt = optInstant(st, 3);
    return p;
}

} // namespace accord::catalogue::rows
