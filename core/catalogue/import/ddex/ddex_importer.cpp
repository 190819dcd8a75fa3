// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/import/ddex/ddex_importer.hpp"

#include "catalogue/import/ddex/ddex_reader.hpp"
#include "catalogue/import/ddex/xml_tree.hpp"
#include "catalogue/model/catalogue_time.hpp"

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
        r.catalogueId = sr.isrc;
        r.isrc = sr.isrc;
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

    std::map<std::string, int> dealCount;
    for (const DdexDeal& deal : m.deals) {
        if (!deal.takeDown && deal.useTypes == 0) {
            ++report.dealsIgnored;
            continue;
        }
        std::optional<base::Instant> from;
        std::optional<base::Instant> until;
        if (!deal.start.empty()) {
            auto t = windowStart(deal.start, offset);
            if (!t.ok())
                return Error(ErrorCode::Format, t.error().message)
                    .inFile(fileName)
                    .atLine(deal.line)
                    .forField("ValidityPeriod/StartDate");
            from = *t;
        }
        if (!deal.end.empty()) {
            auto t = windowEnd(deal.end, offset);
            if (!t.ok())
                return Error(ErrorCode::Format, t.error().message)
                    .inFile(fileName)
                    .atLine(deal.line)
                    .forField("ValidityPeriod/EndDate");
            until = *t;
        }
        if (from && until && *until <= *from)
            return Error(ErrorCode::Format, "EndDate is not after StartDate")
                .inFile(fileName)
                .atLine(deal.line)
                .forField("ValidityPeriod/EndDate");
        for (const std::string& ref : deal.releaseReferences) {
            const auto rel = releaseByRef.find(ref);
            if (rel == releaseByRef.end())
                return Error(ErrorCode::Format,
                             "DealReleaseReference '" + ref + "' names no release in this message")
                    .inFile(fileName)
                    .atLine(deal.line)
                    .forField("ReleaseDeal/DealReleaseReference");
            const auto& [releaseId, releaseKey] = rel->second;
            const std::string key = "ddex:" + releaseKey + ":" + std::to_string(++dealCount[releaseKey]);
            if (deal.takeDown) {
                Takedown t;
                t.takedownKey = key;
                t.scope = Scope::Release;
                t.subjectId = releaseId;
                t.territories = deal.territories;
                if (!from) {
                    auto created = windowStart(m.createdAt, offset);
                    if (!created.ok())
                        return Error(ErrorCode::Format,
                                     "TakeDown deal without a StartDate and no MessageCreatedDateTime")
                            .inFile(fileName)
                            .atLine(deal.line)
                            .forField("ValidityPeriod/StartDate");
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
            Deal d;
            d.dealKey = key;
            d.scope = Scope::Release;
            d.subjectId = releaseId;
            d.licensor = m.senderName;
            d.licensee = m.recipientName;
            d.territories = deal.territories;
            d.validFrom = from;
            d.validUntil = until;
            d.useTypes = deal.useTypes;
            d.commercialModels = deal.commercialModels;
            auto id = w.upsertDeal(d, "ddex");
            if (!id.ok())
                return located(std::move(id).error(), fileName, deal.line, "Deal");
            ++report.deals;
        }
    }
    return report;
}

} // namespace accord::catalogue
