// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/import/ddex/ddex_importer.hpp"

#include "catalogue/import/ddex/ddex_reader.hpp"
#include "catalogue/import/ddex/xml_tree.hpp"
#include "catalogue/model/catalogue_time.hpp"

#include <algorithm>
#include <map>

namespace accord::catalogue {

using base::Error;
using base::ErrorCode;
using base::Result;

namespace {

// Adds the file and line to errors that come back from the database without them.
Error located(Error e, const std::string& file, long line, const char* field)
{
    if (e.file.empty())
        e.file = file;
    if (e.line == 0)
        e.line = line;
    if (e.field.empty())
        e.field = field;
    return e;
}

Error dealError(const std::string& file, long line, const char* field, const std::string& message)
{
    return Error(ErrorCode::Format, message).inFile(file).atLine(line).forField(field);
}

bool contains(const std::vector<std::string>& v, const std::string& s)
{
    return std::find(v.begin(), v.end(), s) != v.end();
}

// Where a covers and b does not. Exclusions only qualify a worldwide set (as TerritorySet::covers reads
// them), so a listed set's own exclusions are left out of the result's list.
TerritorySet minus(const TerritorySet& a, const TerritorySet& b)
{
    if (b.isWorldwide()) { // b leaves only its exclusions
        std::vector<std::string> kept;
        for (const std::string& c : b.excluded())
            if (a.covers(c))
                kept.push_back(c);
        return TerritorySet::fromNormalised(false, std::move(kept), {});
    }
    std::vector<std::string> cut;
    for (const std::string& c : b.included())
        if (!contains(b.excluded(), c))
            cut.push_back(c);
    if (a.isWorldwide()) {
        std::vector<std::string> excluded = a.excluded();
        for (const std::string& c : cut)
            if (!contains(excluded, c))
                excluded.push_back(c);
        return TerritorySet::fromNormalised(true, {}, std::move(excluded));
    }
    std::vector<std::string> kept;
    for (const std::string& c : a.included())
        if (!contains(cut, c) && a.covers(c))
            kept.push_back(c);
    return TerritorySet::fromNormalised(false, std::move(kept), {});
}

// Where both a and b cover.
TerritorySet intersect(const TerritorySet& a, const TerritorySet& b)
{
    if (b.isWorldwide()) {
        std::vector<std::string> excluded = a.excluded();
        for (const std::string& c : b.excluded())
            if (!contains(excluded, c))
                excluded.push_back(c);
        return TerritorySet::fromNormalised(a.isWorldwide(), a.included(), std::move(excluded));
    }
    std::vector<std::string> kept;
    for (const std::string& c : b.included())
        if (b.covers(c) && a.covers(c))
            kept.push_back(c);
    return TerritorySet::fromNormalised(false, std::move(kept), {});
}

struct Window {
    std::optional<base::Instant> from;
    std::optional<base::Instant> until;
};

// 3.x AllDealsCancelled: every deal of the release in these territories ends at `from` (now when absent).
struct Cancellation {
    TerritorySet territories;
    std::optional<base::Instant> from;
};

// The deal split by one cancellation: untouched outside its territories; inside them, ended at its start
// (or gone when it has none, or when the deal would only start after it).
std::vector<Deal> applyCancellation(const Deal& d, const Cancellation& c)
{
    const TerritorySet inside = intersect(d.territories, c.territories);
    if (inside.empty())
        return {d};
    std::vector<Deal> out;
    if (TerritorySet outside = minus(d.territories, c.territories); !outside.empty()) {
        Deal part = d;
        part.territories = std::move(outside);
        out.push_back(std::move(part));
    }
    if (c.from && (!d.validFrom || *d.validFrom < *c.from)) {
        Deal part = d;
        part.territories = inside;
        if (!part.validUntil || *part.validUntil > *c.from)
            part.validUntil = c.from;
        out.push_back(std::move(part));
    }
    return out;
}

} // namespace

Result<ImportReport> importDdex(CatalogueWriter& w, const TierPolicy& policy, std::string_view text,
                                const std::string& fileName, const ImportLimits& limits)
{
    auto tree = parseXml(text, fileName, limits);
    if (!tree.ok())
        return std::move(tree).error();
    auto message = readDdexMessage(**tree, fileName);
    if (!message.ok())
        return std::move(message).error();
    const DdexMessage& m = *message;
    ImportReport report;
    report.file = fileName;
    report.format = m.majorVersion == 4 ? "ddex-ern-4" : "ddex-ern-3";
    const int offset = policy.utcOffsetSeconds;

    if (m.purge) {
        // PurgeReleaseMessage: the release's deals (and DDEX takedowns) go, as a new message's would be
        // replaced; the release and its recordings stay (library files still identify against them). A
        // release the catalogue does not have is nothing to purge.
        for (const DdexPurgedRelease& p : m.purgedReleases) {
            auto id = w.releaseIdByKey(p.key);
            if (!id.ok())
                return located(std::move(id).error(), fileName, p.line, "PurgedRelease");
            if (!*id)
                continue;
            ACCORD_TRY(w.removeReleaseDeals(**id));
            ++report.releasesPurged;
        }
        return report;
    }

    const auto addParty = [&](const std::string& id, const std::string& name,
                              const char* role) -> base::Status {
        if (name.empty())
            return {};
        auto party = w.upsertParty(id.empty() ? "name:" + name : id, name, role);
        if (!party.ok())
            return located(std::move(party).error(), fileName, 0, "MessageHeader");
        ++report.parties;
        return {};
    };
    ACCORD_TRY(addParty(m.senderId, m.senderName, "licensor"));
    ACCORD_TRY(addParty(m.recipientId, m.recipientName, "licensee"));

    std::map<std::string, std::int64_t> recordingByRef;
    for (const DdexSoundRecording& sr : m.recordings) {
        Recording r;
        if (sr.isrc.empty()) {
            r.catalogueId = sr.proprietaryKey;
        } else {
            r.catalogueId = sr.isrc;
            r.isrc = sr.isrc;
        }
        r.title = sr.title;
        r.artists = sr.artists;
        r.durationMs = sr.durationMs;
        r.aliases = sr.otherTitles;
        auto id = w.upsertRecording(r, false);
        if (!id.ok())
            return located(std::move(id).error(), fileName, sr.line, "SoundRecording");
        recordingByRef[sr.reference] = *id;
        ++report.recordings;
    }

    std::map<std::string, std::pair<std::int64_t, std::string>> releaseByRef; // ref -> (row id, key)
    for (const DdexRelease& rel : m.releases) {
        Release r;
        r.releaseKey = rel.key;
        r.icpn = rel.icpn;
        r.title = rel.title;
        for (const std::string& ref : rel.resourceReferences)
            if (const auto it = recordingByRef.find(ref); it != recordingByRef.end())
                r.trackRecordingIds.push_back(it->second); // images, videos etc. are not tracks here
        auto id = w.upsertRelease(r);
        if (!id.ok())
            return located(std::move(id).error(), fileName, rel.line, "Release");
        // A new message for a release replaces that release's earlier deals.
        ACCORD_TRY(w.removeReleaseDeals(*id));
        releaseByRef[rel.reference] = {*id, rel.key};
        ++report.releases;
    }

    // Each ValidityPeriod as a window (a deal is valid in any of its periods).
    const auto windows = [&](const DdexDeal& deal) -> Result<std::vector<Window>> {
        std::vector<Window> out;
        for (const DdexPeriod& p : deal.periods) {
            Window win;
            if (!p.start.empty()) {
                auto t = windowStart(p.start, offset);
                if (!t.ok())
                    return dealError(fileName, p.line, "ValidityPeriod/StartDate", t.error().message);
                win.from = *t;
            }
            if (!p.end.empty()) {
                auto t = windowEnd(p.end, offset);
                if (!t.ok())
                    return dealError(fileName, p.line, "ValidityPeriod/EndDate", t.error().message);
                win.until = *t;
            }
            if (win.from && win.until && *win.until <= *win.from)
                return dealError(fileName, p.line, "ValidityPeriod/EndDate",
                                 "EndDate is not after StartDate");
            out.push_back(win);
        }
        if (out.empty())
            out.push_back({});
        return out;
    };
    const auto releaseFor = [&](const DdexDeal& deal,
                                const std::string& ref) -> Result<std::pair<std::int64_t, std::string>> {
        const auto rel = releaseByRef.find(ref);
        if (rel == releaseByRef.end())
            return dealError(fileName, deal.line, "ReleaseDeal/DealReleaseReference",
                             "DealReleaseReference '" + ref + "' names no release in this message");
        return rel->second;
    };

    // Cancellations first: they apply to every other deal of the release in the message, whatever the order.
    std::map<std::string, std::vector<Cancellation>> cancellations; // release key ->
    for (const DdexDeal& deal : m.deals) {
        if (!deal.allDealsCancelled || deal.takeDown)
            continue;
        auto win = windows(deal);
        if (!win.ok())
            return std::move(win).error();
        Cancellation c{deal.territories, std::nullopt};
        for (const Window& x : *win) // the earliest start cancels; a period without one cancels now
            if (!x.from) {
                c.from.reset();
                break;
            } else if (!c.from || *x.from < *c.from) {
                c.from = x.from;
            }
        for (const std::string& ref : deal.releaseReferences) {
            auto rel = releaseFor(deal, ref);
            if (!rel.ok())
                return std::move(rel).error();
            cancellations[rel->second].push_back(c);
            ++report.dealsCancelled;
        }
    }

    std::map<std::string, int> dealCount;
    for (const DdexDeal& deal : m.deals) {
        report.useTypesIgnored += deal.usesIgnored;
        if (deal.allDealsCancelled && !deal.takeDown)
            continue;
        if (!deal.takeDown && deal.useTypes == 0) {
            ++report.dealsIgnored;
            continue;
        }
        auto win = windows(deal);
        if (!win.ok())
            return std::move(win).error();
        for (const std::string& ref : deal.releaseReferences) {
            auto rel = releaseFor(deal, ref);
            if (!rel.ok())
                return std::move(rel).error();
            const auto& [releaseId, releaseKey] = *rel;
            const auto nextKey = [&, &releaseKey = releaseKey] {
                return "ddex:" + releaseKey + ":" + std::to_string(++dealCount[releaseKey]);
            };
            if (deal.takeDown) {
                Takedown t;
                t.takedownKey = nextKey();
                t.scope = Scope::Release;
                t.subjectId = releaseId;
                t.territories = deal.territories;
                std::optional<base::Instant> from = win->front().from;
                if (!from) {
                    auto created = windowStart(m.createdAt, offset);
                    if (!created.ok())
                        return dealError(fileName, deal.line, "ValidityPeriod/StartDate",
                                         "TakeDown deal without a StartDate and no MessageCreatedDateTime");
                    from = *created;
                }
                t.effective = *from;
                t.notice = m.messageId;
                auto id = w.upsertTakedown(t, "ddex");
                if (!id.ok())
                    return located(std::move(id).error(), fileName, deal.line, "Deal");
                ++report.takedowns;
                continue;
            }
            std::vector<Deal> pieces;
            for (const Window& x : *win) {
                Deal d;
                d.scope = Scope::Release;
                d.subjectId = releaseId;
                d.licensor = m.senderName;
                d.licensee = m.recipientName;
                d.territories = deal.territories;
                d.validFrom = x.from;
                d.validUntil = x.until;
                d.useTypes = deal.useTypes;
                d.commercialModels = deal.commercialModels;
                pieces.push_back(std::move(d));
            }
            if (const auto it = cancellations.find(releaseKey); it != cancellations.end())
                for (const Cancellation& c : it->second) {
                    std::vector<Deal> next;
                    for (const Deal& d : pieces)
                        for (Deal& part : applyCancellation(d, c))
                            next.push_back(std::move(part));
                    pieces = std::move(next);
                }
            for (Deal& d : pieces) {
                d.dealKey = nextKey();
                auto id = w.upsertDeal(d, "ddex");
                if (!id.ok())
                    return located(std::move(id).error(), fileName, deal.line, "Deal");
                ++report.deals;
            }
        }
    }
    return report;
}

} // namespace accord::catalogue
