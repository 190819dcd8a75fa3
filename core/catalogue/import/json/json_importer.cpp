// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/import/json/json_importer.hpp"

#include "catalogue/import/json/json_fields.hpp"
#include "catalogue/model/catalogue_time.hpp"
#include "catalogue/model/fingerprint_terms.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace accord::catalogue {

using base::Error;
using base::ErrorCode;
using base::Result;
using json = nlohmann::json;

namespace {

class JsonImport {
public:
    JsonImport(CatalogueWriter& w, TierPolicy& policy, const std::string& file, std::string_view text)
        : m_w(w), m_policy(policy), m_f(file, text)
    {
    }

    Result<ImportReport> run(const json& doc)
    {
        m_report.file = m_f.file();
        m_report.format = "accord-json";
        if (!doc.is_object())
            return m_f.error("", "the document must be a JSON object");
        static const char* const kKeys[] = {"format",   "version", "policy",    "parties",  "recordings",
                                            "releases", "deals",   "takedowns", "purchases"};
        for (const auto& item : doc.items()) {
            const std::string& key = item.key(); // a named variable: clang 14 cannot capture a binding
            if (std::find_if(std::begin(kKeys), std::end(kKeys), [&](const char* k) { return key == k; }) ==
                std::end(kKeys))
                return m_f.error("/" + key, "unknown member '" + key + "'");
        }
        auto format = m_f.text(doc, "", "format", true);
        if (!format.ok())
            return std::move(format).error();
        if (*format != "accord-catalogue")
            return m_f.error("/format", "expected \"accord-catalogue\"");
        if (const json* v = JsonFields::member(doc, "version"); !v || !v->is_number_integer() || *v != 1)
            return m_f.error("/version", "expected version 1");
        if (const json* p = JsonFields::member(doc, "policy"))
            ACCORD_TRY(policy(*p));
        ACCORD_TRY(each(doc, "parties", [&](const json& o, const std::string& at) { return party(o, at); }));
        ACCORD_TRY(
            each(doc, "recordings", [&](const json& o, const std::string& at) { return recording(o, at); }));
        ACCORD_TRY(
            each(doc, "releases", [&](const json& o, const std::string& at) { return release(o, at); }));
        ACCORD_TRY(each(doc, "deals", [&](const json& o, const std::string& at) { return deal(o, at); }));
        ACCORD_TRY(
            each(doc, "takedowns", [&](const json& o, const std::string& at) { return takedown(o, at); }));
        ACCORD_TRY(
            each(doc, "purchases", [&](const json& o, const std::string& at) { return purchase(o, at); }));
        return m_report;
    }

private:
    template <typename F> base::Status each(const json& doc, const char* key, const F& f)
    {
        const json* arr = JsonFields::member(doc, key);
        if (!arr)
            return {};
        const std::string path = std::string("/") + key;
        if (!arr->is_array())
            return m_f.error(path, "expected an array");
        for (size_t i = 0; i < arr->size(); ++i) {
            const std::string at = path + "/" + std::to_string(i);
            if (!(*arr)[i].is_object())
                return m_f.error(at, "expected an object");
            base::Status st = f((*arr)[i], at);
            if (!st.ok()) {
                Error e = st.error(); // database refusals (e.g. a duplicate ISRC) get the place too
                if (e.file.empty())
                    e.file = m_f.file();
                if (e.field.empty())
                    e.field = at;
                if (e.line == 0)
                    e.line = m_f.error(at, "").line;
                return e;
            }
        }
        return {};
    }

    base::Status policy(const json& p)
    {
        if (!p.is_object())
            return m_f.error("/policy", "expected an object");
        auto tz = m_f.text(p, "/policy", "time_zone", false);
        if (!tz.ok())
            return std::move(tz).error();
        if (!tz->empty()) {
            auto offset = base::parseUtcOffset(*tz);
            if (!offset.ok())
                return m_f.error("/policy/time_zone", offset.error().message);
            m_policy.utcOffsetSeconds = *offset;
        }
        if (const json* v = JsonFields::member(p, "preview_seconds")) {
            if (!v->is_number_integer() || *v < 1 || *v > 600)
                return m_f.error("/policy/preview_seconds", "expected whole seconds between 1 and 600");
            m_policy.previewLength = std::chrono::seconds(v->get<std::int64_t>());
        }
        if (const json* v = JsonFields::member(p, "unidentified_playable")) {
            if (!v->is_boolean())
                return m_f.error("/policy/unidentified_playable", "expected true or false");
            m_policy.unidentifiedPlayable = v->get<bool>();
        }
        if (const json* v = JsonFields::member(p, "preview_without_preview_use")) {
            if (!v->is_boolean())
                return m_f.error("/policy/preview_without_preview_use", "expected true or false");
            m_policy.previewWithoutPreviewUse = v->get<bool>();
        }
        if (const json* tiers = JsonFields::member(p, "tiers")) {
            if (!tiers->is_object())
                return m_f.error("/policy/tiers", "expected an object keyed by free, vip, svip");
            for (const auto& [name, rule] : tiers->items()) {
                const std::string at = "/policy/tiers/" + name;
                const auto tier = parseTier(name);
                if (!tier)
                    return m_f.error(at, "unknown tier '" + name + "' (expected free, vip or svip)");
                auto r = tierRule(rule, at);
                if (!r.ok())
                    return std::move(r).error();
                m_policy.rule(*tier) = std::move(*r);
            }
        }
        m_report.policy = true;
        return m_w.setPolicy(m_policy);
    }

    Result<TierRule> tierRule(const json& o, const std::string& at)
    {
        if (!o.is_object())
            return m_f.error(at, "expected an object");
        TierRule rule;
        auto models = m_f.textList(o, at, "commercial_models", true);
        if (!models.ok())
            return std::move(models).error();
        rule.commercialModels = std::move(*models);
        auto devices = m_f.textList(o, at, "devices", true);
        if (!devices.ok())
            return std::move(devices).error();
        for (size_t i = 0; i < devices->size(); ++i) {
            const auto d = parseDeviceClass((*devices)[i]);
            if (!d)
                return m_f.error(at + "/devices/" + std::to_string(i), "unknown device class '" +
                                                                           (*devices)[i] +
                                                                           "' (expected desktop, car or tv)");
            rule.devices.push_back(*d);
        }
        auto cap = m_f.text(o, at, "resolution", true);
        if (!cap.ok())
            return std::move(cap).error();
        const auto c = parseResolutionCap(*cap);
        if (!c || *c == ResolutionCap::None)
            return m_f.error(at + "/resolution", "expected standard or hires");
        rule.cap = *c;
        return rule;
    }

    base::Status party(const json& o, const std::string& at)
    {
        auto id = m_f.text(o, at, "id", true);
        auto name = m_f.text(o, at, "name", true);
        auto role = m_f.text(o, at, "role", false);
        for (const auto* r : {&id, &name, &role})
            if (!r->ok())
                return r->error();
        ACCORD_TRY(m_w.upsertParty(*id, *name, *role));
        m_partyNames[*id] = *name;
        ++m_report.parties;
        return {};
    }

    base::Status recording(const json& o, const std::string& at)
    {
        Recording r;
        auto id = m_f.text(o, at, "id", true);
        auto title = m_f.text(o, at, "title", true);
        auto isrc = m_f.text(o, at, "isrc", false);
        auto fp = m_f.text(o, at, "fingerprint", false);
        for (const auto* x : {&id, &title, &isrc, &fp})
            if (!x->ok())
                return x->error();
        r.catalogueId = *id;
        r.title = *title;
        if (!isrc->empty()) {
            std::string norm;
            if (!normaliseIsrc(*isrc, norm))
                return m_f.error(at + "/isrc", "invalid ISRC '" + *isrc + "'");
            r.isrc = norm;
        }
        auto artists = m_f.textList(o, at, "artists", false);
        auto aliases = m_f.textList(o, at, "aliases", false);
        if (!artists.ok())
            return std::move(artists).error();
        if (!aliases.ok())
            return std::move(aliases).error();
        r.artists = std::move(*artists);
        r.aliases = std::move(*aliases);
        auto duration = m_f.duration(o, at, "duration");
        if (!duration.ok())
            return std::move(duration).error();
        if (*duration)
            r.durationMs = (*duration)->count();
        if (!fp->empty()) {
            // A value that does not decode would be stored, indexed by nothing and never match: refused here,
            // where the feed's author can still be told which recording carries it.
            if (!decodeStoredFingerprint(*fp))
                return m_f.error(at + "/fingerprint",
                                 "not a Chromaprint fingerprint (the compressed, base64 form fpcalc prints)");
            r.fingerprint = *fp;
            auto fpDuration = m_f.duration(o, at, "fingerprint_duration");
            if (!fpDuration.ok())
                return std::move(fpDuration).error();
            if (*fpDuration)
                r.fingerprintDurationS = (*fpDuration)->count() / 1000;
            else if (r.durationMs)
                r.fingerprintDurationS = *r.durationMs / 1000;
        }
        ACCORD_TRY(m_w.upsertRecording(r, true));
        ++m_report.recordings;
        return {};
    }

    // A recording referenced by catalogue id (or by ISRC).
    Result<std::int64_t> recordingRef(const std::string& ref, const std::string& at)
    {
        auto byId = m_w.recordingIdByCatalogueId(ref);
        if (!byId.ok())
            return std::move(byId).error();
        if (*byId)
            return **byId;
        std::string isrc;
        if (normaliseIsrc(ref, isrc)) {
            auto byIsrc = m_w.recordingIdByIsrc(isrc);
            if (!byIsrc.ok())
                return std::move(byIsrc).error();
            if (*byIsrc)
                return **byIsrc;
        }
        return m_f.error(at, "unknown recording '" + ref + "'");
    }

    Result<std::int64_t> releaseRef(const std::string& ref, const std::string& at)
    {
        auto id = m_w.releaseIdByKey(ref);
        if (!id.ok())
            return std::move(id).error();
        if (!*id)
            return m_f.error(at, "unknown release '" + ref + "'");
        return **id;
    }

    base::Status release(const json& o, const std::string& at)
    {
        Release rel;
        auto id = m_f.text(o, at, "id", true);
        auto icpn = m_f.text(o, at, "icpn", false);
        auto title = m_f.text(o, at, "title", false);
        auto tracks = m_f.textList(o, at, "tracks", true);
        for (const auto* x : {&id, &icpn, &title})
            if (!x->ok())
                return x->error();
        if (!tracks.ok())
            return std::move(tracks).error();
        rel.releaseKey = *id;
        if (!icpn->empty())
            rel.icpn = *icpn;
        rel.title = *title;
        for (size_t i = 0; i < tracks->size(); ++i) {
            auto rid = recordingRef((*tracks)[i], at + "/tracks/" + std::to_string(i));
            if (!rid.ok())
                return std::move(rid).error();
            rel.trackRecordingIds.push_back(*rid);
        }
        ACCORD_TRY(m_w.upsertRelease(rel));
        ++m_report.releases;
        return {};
    }

    // "recording": id or "release": id, exactly one.
    base::Status subject(const json& o, const std::string& at, Scope& scope, std::int64_t& id)
    {
        auto rec = m_f.text(o, at, "recording", false);
        auto rel = m_f.text(o, at, "release", false);
        if (!rec.ok())
            return std::move(rec).error();
        if (!rel.ok())
            return std::move(rel).error();
        if (rec->empty() == rel->empty())
            return m_f.error(at, "needs exactly one of \"recording\" or \"release\"");
        auto sid = rec->empty() ? releaseRef(*rel, at + "/release") : recordingRef(*rec, at + "/recording");
        if (!sid.ok())
            return std::move(sid).error();
        scope = rec->empty() ? Scope::Release : Scope::Recording;
        id = *sid;
        return {};
    }

    std::string partyName(const std::string& ref) const
    {
        const auto it = m_partyNames.find(ref);
        return it == m_partyNames.end() ? ref : it->second;
    }

    base::Status deal(const json& o, const std::string& at);
    base::Status takedown(const json& o, const std::string& at);
    base::Status purchase(const json& o, const std::string& at);

    CatalogueWriter& m_w;
    TierPolicy& m_policy;
    JsonFields m_f;
    ImportReport m_report;
    std::map<std::string, std::string> m_partyNames;
    std::set<std::string> m_dealIds; // deal ids seen in this file
};

base::Status JsonImport::deal(const json& o, const std::string& at)
{
    Deal d;
    auto id = m_f.text(o, at, "id", true);
    auto licensor = m_f.text(o, at, "licensor", false);
    auto licensee = m_f.text(o, at, "licensee", false);
    auto parent = m_f.text(o, at, "parent", false);
    for (const auto* x : {&id, &licensor, &licensee, &parent})
        if (!x->ok())
            return x->error();
    d.dealKey = *id;
    // Ids are upserted, so a second deal with the same id in one file would silently replace the first while
    // the report counted both.
    if (!m_dealIds.insert(d.dealKey).second)
        return m_f.error(at + "/id", "duplicate deal id '" + d.dealKey + "' in this file");
    d.licensor = partyName(*licensor);
    d.licensee = partyName(*licensee);
    ACCORD_TRY(subject(o, at, d.scope, d.subjectId));
    auto territories = m_f.territories(o, at);
    if (!territories.ok())
        return std::move(territories).error();
    d.territories = std::move(*territories);
    auto from = m_f.instant(o, at, "start", m_policy.utcOffsetSeconds, false);
    auto until = m_f.instant(o, at, "end", m_policy.utcOffsetSeconds, true);
    if (!from.ok())
        return std::move(from).error();
    if (!until.ok())
        return std::move(until).error();
    d.validFrom = *from;
    d.validUntil = *until;
    if (d.validFrom && d.validUntil && *d.validUntil <= *d.validFrom)
        return m_f.error(at + "/end", "the end is not after the start");
    auto uses = m_f.textList(o, at, "use_types", true);
    if (!uses.ok())
        return std::move(uses).error();
    for (size_t i = 0; i < uses->size(); ++i) {
        const auto u = parseUseType((*uses)[i]);
        if (!u)
            return m_f.error(at + "/use_types/" + std::to_string(i),
                             "unknown use type '" + (*uses)[i] + "' (expected stream, download or preview)");
        d.useTypes = static_cast<UseTypes>(d.useTypes | bit(*u));
    }
    if (d.useTypes == 0)
        return m_f.error(at + "/use_types", "at least one use type is required");
    auto models = m_f.textList(o, at, "commercial_models", true);
    if (!models.ok())
        return std::move(models).error();
    d.commercialModels = std::move(*models);
    if (const json* v = JsonFields::member(o, "exclusive")) {
        if (!v->is_boolean())
            return m_f.error(at + "/exclusive", "expected true or false");
        d.exclusive = v->get<bool>();
    }
    if (!parent->empty()) {
        auto pid = m_w.dealIdByKey(*parent);
        if (!pid.ok())
            return std::move(pid).error();
        if (!*pid)
            return m_f.error(at + "/parent", "unknown parent deal '" + *parent + "' (define it earlier)");
        if (*parent == d.dealKey)
            return m_f.error(at + "/parent", "a deal cannot be its own parent");
        d.parentId = **pid;
    }
    ACCORD_TRY(m_w.upsertDeal(d, "json"));
    ++m_report.deals;
    return {};
}

base::Status JsonImport::takedown(const json& o, const std::string& at)
{
    Takedown t;
    auto id = m_f.text(o, at, "id", true);
    auto notice = m_f.text(o, at, "notice", false);
    if (!id.ok())
        return std::move(id).error();
    if (!notice.ok())
        return std::move(notice).error();
    t.takedownKey = *id;
    t.notice = *notice;
    ACCORD_TRY(subject(o, at, t.scope, t.subjectId));
    auto territories = m_f.territories(o, at);
    if (!territories.ok())
        return std::move(territories).error();
    t.territories = std::move(*territories);
    auto effective = m_f.instant(o, at, "effective", m_policy.utcOffsetSeconds, false);
    if (!effective.ok())
        return std::move(effective).error();
    if (!*effective)
        return m_f.error(at + "/effective", "required");
    t.effective = **effective;
    auto transition = m_f.duration(o, at, "transition");
    if (!transition.ok())
        return std::move(transition).error();
    if (*transition)
        t.transition = std::chrono::duration_cast<std::chrono::seconds>(**transition);
    ACCORD_TRY(m_w.upsertTakedown(t, "json"));
    ++m_report.takedowns;
    return {};
}

base::Status JsonImport::purchase(const json& o, const std::string& at)
{
    Purchase p;
    ACCORD_TRY(subject(o, at, p.scope, p.subjectId));
    auto when = m_f.instant(o, at, "purchased_at", m_policy.utcOffsetSeconds, false);
    if (!when.ok())
        return std::move(when).error();
    p.purchasedAt = *when;
    ACCORD_TRY(m_w.addPurchase(p));
    ++m_report.purchases;
    return {};
}

} // namespace

Result<ImportReport> importAccordJson(CatalogueWriter& writer, TierPolicy& policy, std::string_view text,
                                      const std::string& fileName, const ImportLimits& limits)
{
    auto doc = JsonFields::parse(text, fileName, limits.maxDepth);
    if (!doc.ok())
        return std::move(doc).error();
    return JsonImport(writer, policy, fileName, text).run(*doc);
}

} // namespace accord::catalogue
