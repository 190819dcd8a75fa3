// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/import/ddex/ddex_reader.hpp"

#include "catalogue/model/catalogue_time.hpp"
#include "catalogue/model/recording.hpp"

#include <algorithm>
#include <map>

namespace accord::catalogue {

using base::Error;
using base::ErrorCode;
using base::Result;

namespace {

class Reader {
public:
    explicit Reader(const std::string& file) : m_file(file) {}

    Error error(const XmlNode& at, const std::string& field, const std::string& message) const
    {
        return Error(ErrorCode::Format, message).inFile(m_file).atLine(at.line).forField(field);
    }

    Result<DdexMessage> read(const XmlNode& root)
    {
        if (root.name != "NewReleaseMessage" && root.name != "PurgeReleaseMessage")
            return error(root, root.name,
                         "expected a DDEX ERN NewReleaseMessage or PurgeReleaseMessage, found <" + root.name +
                             ">");
        DdexMessage m;
        m.majorVersion = detectVersion(root);
        if (const XmlNode* h = root.child("MessageHeader")) {
            m.messageId = h->childText("MessageId");
            m.createdAt = h->childText("MessageCreatedDateTime");
            if (const XmlNode* s = h->child("MessageSender")) {
                m.senderId = s->childText("PartyId");
                m.senderName = fullName(*s);
            }
            if (const XmlNode* r = h->child("MessageRecipient")) {
                m.recipientId = r->childText("PartyId");
                m.recipientName = fullName(*r);
            }
        }
        if (root.name == "PurgeReleaseMessage") {
            // A standard ERN message: the sender withdraws everything it sent about these releases. Accord
            // applies it to what it keeps of them, their deals (see FORMAT.md).
            m.purge = true;
            for (const XmlNode* p : root.all("PurgedRelease")) {
                DdexPurgedRelease purged;
                purged.line = p->line;
                purged.key = releaseKey(p->child("ReleaseId"));
                if (purged.key.empty())
                    return error(*p, "PurgedRelease/ReleaseId",
                                 "purged release without an ICPN, GRid, ISRC or proprietary id");
                m.purgedReleases.push_back(std::move(purged));
            }
            if (m.purgedReleases.empty())
                return error(root, "PurgeReleaseMessage/PurgedRelease",
                             "a PurgeReleaseMessage names no release");
            return m;
        }
        readParties(root);
        if (const XmlNode* list = root.child("ResourceList"))
            for (const XmlNode* sr : list->all("SoundRecording")) {
                auto r = recording(*sr);
                if (!r.ok())
                    return std::move(r).error();
                m.recordings.push_back(std::move(*r));
            }
        if (const XmlNode* list = root.child("ReleaseList"))
            for (const auto& rel : list->children) {
                if (rel->name != "Release" && rel->name != "TrackRelease")
                    continue;
                auto r = release(*rel, m);
                if (!r.ok())
                    return std::move(r).error();
                m.releases.push_back(std::move(*r));
            }
        if (const XmlNode* list = root.child("DealList"))
            for (const XmlNode* rd : list->all("ReleaseDeal")) {
                std::vector<std::string> refs;
                for (const XmlNode* ref : rd->all("DealReleaseReference"))
                    refs.push_back(ref->text);
                if (refs.empty())
                    return error(*rd, "ReleaseDeal/DealReleaseReference", "a ReleaseDeal names no release");
                for (const XmlNode* d : rd->all("Deal")) {
                    auto deal = readDeal(*d, refs);
                    if (!deal.ok())
                        return std::move(deal).error();
                    m.deals.push_back(std::move(*deal));
                }
            }
        return m;
    }

private:
    static int detectVersion(const XmlNode& root)
    {
        std::string v = root.attribute("MessageSchemaVersionId");
        for (const auto& [k, val] : root.attributes)
            if (v.empty() && val.find("ddex.net/xml/ern/") != std::string::npos)
                v = val; // the namespace declaration (attribute names are local: xmlns:ern -> ern)
        const size_t pos = v.find("ern/");
        return pos != std::string::npos && pos + 4 < v.size() && v[pos + 4] == '4' ? 4 : 3;
    }

    static std::string fullName(const XmlNode& n)
    {
        if (const XmlNode* name = n.path("PartyName/FullName"))
            return name->text;
        return n.childText("FullName");
    }

    void readParties(const XmlNode& root)
    {
        if (const XmlNode* list = root.child("PartyList"))
            for (const XmlNode* p : list->all("Party"))
                m_parties[p->childText("PartyReference")] = fullName(*p);
    }

    // Every TitleText under n (any depth up to the details blocks), in document order.
    static void titles(const XmlNode& n, std::vector<std::string>& out)
    {
        for (const auto& c : n.children) {
            if ((c->name == "TitleText" || c->name == "DisplayTitleText") && !c->text.empty() &&
                std::find(out.begin(), out.end(), c->text) == out.end())
                out.push_back(c->text);
            else if (c->name == "ReferenceTitle" || c->name == "Title" || c->name == "DisplayTitle" ||
                     c->name == "AdditionalTitle" || c->name == "SoundRecordingDetailsByTerritory")
                titles(*c, out);
        }
    }

    void artists(const XmlNode& n, std::vector<std::string>& out) const
    {
        const auto add = [&](const std::string& a) {
            if (!a.empty() && std::find(out.begin(), out.end(), a) == out.end())
                out.push_back(a);
        };
        for (const auto& c : n.children) {
            if (c->name == "DisplayArtistName")
                add(c->text);
            else if (c->name == "DisplayArtist") {
                add(fullName(*c));
                const auto it = m_parties.find(c->childText("ArtistPartyReference"));
                if (it != m_parties.end())
                    add(it->second);
            } else if (c->name == "SoundRecordingDetailsByTerritory")
                artists(*c, out);
        }
    }

    Result<DdexSoundRecording> recording(const XmlNode& sr)
    {
        DdexSoundRecording r;
        r.line = sr.line;
        r.reference = sr.childText("ResourceReference");
        const XmlNode* ids = sr.child("SoundRecordingId"); // 3.8.2
        if (!ids)
            ids = sr.child("ResourceId"); // 4.1 / 4.2
        if (!ids)
            ids = sr.path("SoundRecordingEdition/ResourceId"); // 4.3
        const XmlNode* isrc = ids ? ids->child("ISRC") : nullptr;
        if (isrc && !isrc->text.empty()) {
            if (!normaliseIsrc(isrc->text, r.isrc))
                return error(*isrc, "ISRC", "invalid ISRC '" + isrc->text + "'");
        } else {
            // An ISRC is optional in every ERN version (e.g. the supplemental recordings of a DjMix): such a
            // recording is keyed by its first ProprietaryId, with its namespace, and identified by
            // title/artist/fingerprint.
            const XmlNode* prop = ids ? ids->child("ProprietaryId") : nullptr;
            if (!prop || prop->text.empty())
                return error(sr, "SoundRecording/SoundRecordingId/ISRC",
                             "sound recording without an ISRC or a ProprietaryId");
            r.proprietaryKey = "prop:" + prop->attribute("Namespace") + ":" + prop->text;
        }
        if (r.reference.empty())
            return error(sr, "SoundRecording/ResourceReference",
                         "sound recording without a ResourceReference");
        std::vector<std::string> all;
        titles(sr, all);
        if (all.empty())
            return error(sr, "SoundRecording/ReferenceTitle/TitleText", "sound recording without a title");
        r.title = all.front();
        r.otherTitles.assign(all.begin() + 1, all.end());
        artists(sr, r.artists);
        if (const XmlNode* d = sr.child("Duration"); d && !d->text.empty()) {
            auto ms = parseIsoDuration(d->text);
            if (!ms.ok())
                return error(*d, "Duration", ms.error().message);
            r.durationMs = ms->count();
        }
        return r;
    }

    static void resourceRefs(const XmlNode& n, std::vector<std::string>& out)
    {
        for (const auto& c : n.children) {
            if (c->name == "ReleaseResourceReference" &&
                std::find(out.begin(), out.end(), c->text) == out.end())
                out.push_back(c->text);
            else if (c->name == "ReleaseResourceReferenceList" || c->name == "ResourceGroup" ||
                     c->name == "ResourceGroupContentItem" || c->name == "ReleaseDetailsByTerritory")
                resourceRefs(*c, out);
        }
    }

    // The release's stable key: ICPN, else GRid, ISRC or proprietary id ("" when it has none).
    static std::string releaseKey(const XmlNode* id)
    {
        if (!id)
            return {};
        if (std::string icpn = id->childText("ICPN"); !icpn.empty())
            return icpn;
        if (std::string grid = id->childText("GRid"); !grid.empty())
            return "grid:" + grid;
        if (std::string isrc = id->childText("ISRC"); !isrc.empty())
            return "isrc:" + isrc;
        if (std::string prop = id->childText("ProprietaryId"); !prop.empty())
            return "prop:" + id->child("ProprietaryId")->attribute("Namespace") + ":" + prop;
        return {};
    }

    Result<DdexRelease> release(const XmlNode& rel, const DdexMessage& m)
    {
        DdexRelease r;
        r.line = rel.line;
        r.reference = rel.childText("ReleaseReference");
        const XmlNode* id = rel.child("ReleaseId");
        r.key = releaseKey(id);
        if (id)
            if (std::string icpn = id->childText("ICPN"); !icpn.empty())
                r.icpn = icpn;
        if (r.key.empty()) {
            if (r.reference.empty() || m.senderId.empty())
                return error(rel, "Release/ReleaseId",
                             "release without an ICPN, GRid, ISRC or proprietary id");
            r.key = "ref:" + m.senderId + ":" + r.reference;
        }
        std::vector<std::string> t;
        titles(rel, t);
        r.title = t.empty() ? std::string() : t.front();
        resourceRefs(rel, r.resourceReferences);
        return r;
    }

    Result<DdexDeal> readDeal(const XmlNode& d, const std::vector<std::string>& refs)
    {
        DdexDeal deal;
        deal.line = d.line;
        deal.releaseReferences = refs;
        const XmlNode* terms = d.child("DealTerms");
        if (!terms)
            return error(d, "Deal/DealTerms", "deal without DealTerms");
        for (const auto& c : terms->children) {
            if (c->name == "TerritoryCode") {
                if (auto st = deal.territories.include(c->text); !st.ok())
                    return error(*c, "DealTerms/TerritoryCode", st.error().message);
            } else if (c->name == "ExcludedTerritoryCode") {
                if (auto st = deal.territories.exclude(c->text); !st.ok())
                    return error(*c, "DealTerms/ExcludedTerritoryCode", st.error().message);
            } else if (c->name == "CommercialModelType") {
                deal.commercialModels.push_back(c->text);
            } else if (c->name == "UseType") {
                addUse(deal, c->text);
            } else if (c->name == "Usage") {
                for (const XmlNode* u : c->all("UseType"))
                    addUse(deal, u->text);
            } else if (c->name == "TakeDown") {
                deal.takeDown = c->text == "true" || c->text == "1";
            } else if (c->name == "AllDealsCancelled") {
                deal.allDealsCancelled = c->text == "true" || c->text == "1";
            } else if (c->name == "ValidityPeriod") {
                auto period = readPeriod(*c);
                if (!period.ok())
                    return std::move(period).error();
                deal.periods.push_back(std::move(*period));
            }
        }
        // TerritoryCode and ExcludedTerritoryCode are an xs:choice: only exclusions mean everywhere else.
        if (!deal.territories.isWorldwide() && deal.territories.included().empty() &&
            !deal.territories.excluded().empty())
            (void)deal.territories.include("Worldwide");
        if (deal.territories.empty())
            return error(*terms, "DealTerms/TerritoryCode",
                         "deal without a TerritoryCode or ExcludedTerritoryCode");
        return deal;
    }

    // One ValidityPeriod. An element that is present must say something: an empty <EndDate/> is refused
    // rather than read as "open-ended".
    Result<DdexPeriod> readPeriod(const XmlNode& vp) const
    {
        DdexPeriod p;
        p.line = vp.line;
        bool any = false;
        for (const char* name : {"StartDate", "StartDateTime", "EndDate", "EndDateTime"}) {
            const XmlNode* n = vp.child(name);
            if (!n)
                continue;
            if (n->text.empty())
                return error(*n, std::string("ValidityPeriod/") + name,
                             std::string("empty ") + name + " (omit the element for an open-ended period)");
            any = true;
            std::string& slot = name[0] == 'S' ? p.start : p.end;
            if (slot.empty())
                slot = n->text;
        }
        if (!any)
            return error(vp, "ValidityPeriod", "ValidityPeriod without a start or an end");
        return p;
    }

    static void addUse(DdexDeal& deal, const std::string& text)
    {
        if (const auto u = parseUseType(text))
            deal.useTypes = static_cast<UseTypes>(deal.useTypes | bit(*u));
        else
            ++deal.usesIgnored;
    }

    const std::string& m_file;
    std::map<std::string, std::string> m_parties;
};

} // namespace

Result<DdexMessage> readDdexMessage(const XmlNode& root, const std::string& fileName)
{
    return Reader(fileName).read(root);
}

} // namespace accord::catalogue
