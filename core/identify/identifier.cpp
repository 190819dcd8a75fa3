// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "identify/identifier.hpp"

#include "catalogue/model/text_normaliser.hpp"
#include "identify/fingerprinter.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace accord::identify {

namespace {

std::string percent(double v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", v * 100.0);
    return buf;
}

// Fingerprints cover at most the first 120 s; compare durations on that scale.
bool durationsCompatible(double fileS, std::int64_t catalogueS)
{
    if (fileS <= 0 || catalogueS <= 0)
        return true;
    const double a = std::min(fileS, 120.0), b = std::min(static_cast<double>(catalogueS), 120.0);
    return std::fabs(a - b) <= std::max(10.0, 0.15 * b);
}

} // namespace

Identifier::Identifier(catalogue::Catalogue& catalogue, FingerprintFn fingerprinter)
    : m_catalogue(catalogue), m_fingerprinter(std::move(fingerprinter))
{
    if (!m_fingerprinter)
        m_fingerprinter = [](const std::filesystem::path& p) { return fingerprintFile(p); };
}

const Fingerprint* Identifier::fileFingerprint(const Evidence& e, std::string& note)
{
    if (!m_current)
        m_current.emplace(m_fingerprinter(e.path));
    if (!m_current->ok()) {
        note = "no fingerprint: " + m_current->error().message;
        return nullptr;
    }
    return &m_current->value();
}

std::optional<double> Identifier::verify(const catalogue::Recording& r, const Evidence& e, std::string& note)
{
    if (!r.fingerprint)
        return std::nullopt;
    auto stored = decodeFingerprint(*r.fingerprint);
    if (!stored)
        return std::nullopt;
    const Fingerprint* fp = fileFingerprint(e, note);
    if (!fp)
        return std::nullopt;
    return fingerprintSimilarity(fp->raw, *stored);
}

base::Result<std::optional<Identification>>
Identifier::searchFingerprint(const Evidence& e, std::int64_t exclude, std::string& note)
{
    auto any = m_catalogue.hasFingerprints();
    if (!any)
        return std::move(any).error();
    if (!*any)
        return std::optional<Identification>();
    const Fingerprint* fp = fileFingerprint(e, note);
    if (!fp)
        return std::optional<Identification>();
    // The index proposes a few recordings and the alignment each lines up at; the aligned bit-error
    // comparison decides, near that alignment only.
    auto candidates = m_catalogue.fingerprintCandidates(fp->raw, kCandidates);
    if (!candidates)
        return std::move(candidates).error();
    double best = 0;
    std::optional<catalogue::Recording> bestRecording;
    for (const catalogue::FingerprintCandidate& c : *candidates) {
        if (c.recordingId == exclude)
            continue;
        auto rec = m_catalogue.findById(c.recordingId);
        if (!rec)
            return std::move(rec).error();
        if (!*rec || !(*rec)->fingerprint ||
            !durationsCompatible(fp->durationS, (*rec)->fingerprintDurationS.value_or(0)))
            continue;
        auto stored = decodeFingerprint(*(*rec)->fingerprint);
        if (!stored)
            continue;
        const double s = matchScore(fp->raw, *stored, c.offset);
        if (s > best) {
            best = s;
            bestRecording = std::move(**rec);
        }
    }
    if (!bestRecording || best < kFingerprintMatch)
        return std::optional<Identification>();
    Identification id;
    id.method = Method::Fingerprint;
    id.confidence = best;
    id.recording = std::move(bestRecording);
    id.note = "audio matches at " + percent(best);
    return std::optional<Identification>(std::move(id));
}

base::Result<std::optional<Identification>> Identifier::searchTitle(const Evidence& e, std::string& note)
{
    const std::string key = catalogue::normaliseTitle(e.title);
    if (key.empty())
        return std::optional<Identification>();
    auto candidates = m_catalogue.findByTitleKey(key);
    if (!candidates)
        return std::move(candidates).error();
    std::vector<std::string> artistKeys;
    for (const std::string& a : e.artists) {
        if (auto k = catalogue::normaliseArtist(a); !k.empty())
            artistKeys.push_back(std::move(k));
    }
    std::optional<Identification> best;
    int ties = 0;
    for (catalogue::Recording& r : *candidates) {
        bool artistMatch = false;
        for (const std::string& a : r.artists)
            artistMatch = artistMatch || std::find(artistKeys.begin(), artistKeys.end(),
                                                   catalogue::normaliseArtist(a)) != artistKeys.end();
        if (!artistKeys.empty() && !artistMatch)
            continue; // a different artist's song with the same title
        const bool haveDurations = e.durationMs && r.durationMs;
        if (haveDurations) {
            const double tolerance = std::max(3000.0, 0.03 * static_cast<double>(*r.durationMs));
            if (std::fabs(static_cast<double>(*e.durationMs - *r.durationMs)) > tolerance)
                continue;
        }
        if (auto sim = verify(r, e, note); sim && *sim < kFingerprintMatch) {
            note = "title matches \"" + r.title + "\" but the audio does not (" + percent(*sim) + ")";
            continue;
        }
        const double confidence = artistMatch ? (haveDurations ? 0.7 : 0.6) : (haveDurations ? 0.5 : 0.4);
        if (best && confidence == best->confidence) {
            ++ties;
            continue;
        }
        if (!best || confidence > best->confidence) {
            ties = 0;
            best = Identification{Method::TitleArtist, confidence, std::move(r), {}, {}};
        }
    }
    if (best && ties > 0) {
        best->confidence *= 0.8; // several recordings fit equally well
        best->note = "title and artist fit " + std::to_string(ties + 1) + " recordings; the first is taken";
    } else if (best) {
        best->note = "normalised title and artist match";
    }
    return best;
}

base::Result<Identification> Identifier::identify(const Evidence& e)
{
    m_current.reset();
    std::string note;
    // 1-2: identifiers in the tags.
    std::optional<catalogue::Recording> tagged;
    Method tagMethod = Method::Isrc;
    if (std::string isrc; !e.isrc.empty() && catalogue::normaliseIsrc(e.isrc, isrc)) {
        auto r = m_catalogue.findByIsrc(isrc);
        if (!r)
            return std::move(r).error();
        tagged = std::move(*r);
    }
    if (!tagged && !e.catalogueId.empty()) {
        auto r = m_catalogue.findByCatalogueId(e.catalogueId);
        if (!r)
            return std::move(r).error();
        tagged = std::move(*r);
        tagMethod = Method::CatalogueId;
    }
    std::int64_t refused = 0;
    if (tagged) {
        const std::optional<double> sim = verify(*tagged, e, note);
        if (!sim || *sim >= kFingerprintMatch) {
            Identification id;
            id.method = tagMethod;
            id.confidence = (tagMethod == Method::Isrc ? 1.0 : 0.98) - (sim ? 0.0 : 0.05);
            id.note = sim ? "tag confirmed by the audio (" + percent(*sim) + ")"
                          : "tag (no fingerprint to confirm it)";
            id.recording = std::move(tagged);
            if (m_current && m_current->ok())
                id.fingerprint = m_current->value().encoded;
            return id;
        }
        refused = tagged->id;
        note = std::string("the ") + toString(tagMethod) + " tag names \"" + tagged->title +
               "\" but the audio does not match it (" + percent(*sim) + ")";
    }
    // 3: the audio itself.
    std::string fpNote;
    auto byPrint = searchFingerprint(e, refused, fpNote);
    if (!byPrint)
        return std::move(byPrint).error();
    if (*byPrint) {
        Identification id = std::move(**byPrint);
        if (!note.empty())
            id.note = note + "; " + id.note;
        id.fingerprint = m_current->value().encoded;
        return id;
    }
    // 4: title and artist, unless the audio already contradicted the tags.
    if (refused == 0) {
        auto byTitle = searchTitle(e, note);
        if (!byTitle)
            return std::move(byTitle).error();
        if (*byTitle) {
            if (m_current && m_current->ok())
                (*byTitle)->fingerprint = m_current->value().encoded;
            return std::move(**byTitle);
        }
    }
    Identification none;
    none.note = note.empty()
                    ? (fpNote.empty() ? "no tag, fingerprint or title matches the catalogue" : fpNote)
                    : note;
    if (m_current && m_current->ok())
        none.fingerprint = m_current->value().encoded;
    return none;
}

} // namespace accord::identify
