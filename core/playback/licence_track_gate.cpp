// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playback/licence_track_gate.hpp"

#include "catalogue/db/catalogue.hpp"
#include "identify/identifier.hpp"
#include "library/library_db.hpp"
#include "library/library_identifier.hpp"
#include "library/tag_reader.hpp"
#include "licence/licence_gate.hpp"

#include <chrono>
#include <map>

namespace accord::playback {

struct LicenceTrackGate::Impl {
    std::filesystem::path dataDir;
    ListenerSettings settings;
    licence::LicenceGate gate;
    catalogue::Catalogue catalogue;
    identify::Identifier identifier;
    std::optional<library::LibraryDb> library;
    // Files outside the library are identified once per path and content (size, mtime).
    struct Known {
        std::uintmax_t size;
        std::filesystem::file_time_type mtime;
        identify::Identification id;
    };
    std::map<std::string, Known> adHoc;

    Impl(std::filesystem::path dir, ListenerSettings s, licence::LicenceGate g, catalogue::Catalogue c)
        : dataDir(std::move(dir)), settings(std::move(s)), gate(std::move(g)), catalogue(std::move(c)),
          identifier(catalogue)
    {
    }

    /// The decision for a stored or fresh identification: the recording its catalogue id names, or the
    /// personal-file policy when there is none (or the recording left the catalogue since).
    base::Status judge(const std::string& catalogueId, const licence::Context& ctx, GateExplanation& out)
    {
        std::optional<std::int64_t> recordingId;
        if (!catalogueId.empty()) {
            auto rec = catalogue.findByCatalogueId(catalogueId);
            if (!rec.ok())
                return std::move(rec).error();
            if (*rec)
                recordingId = (*rec)->id;
        }
        return decide(recordingId, ctx, out);
    }

    base::Status decide(std::optional<std::int64_t> recordingId, const licence::Context& ctx,
                        GateExplanation& out)
    {
        if (!recordingId) {
            out.method = identify::Method::Unidentified;
            out.catalogueId.clear();
            out.decision = gate.decideUnidentified(ctx);
            return {};
        }
        auto decision = gate.decideRecording(*recordingId, ctx);
        if (!decision.ok())
            return std::move(decision).error();
        out.decision = std::move(*decision);
        return {};
    }

    licence::Context context() const
    {
        licence::Context ctx;
        ctx.territory = settings.territory;
        ctx.tier = settings.tier;
        ctx.device = settings.device;
        ctx.at = settings.fixedAt
                     ? *settings.fixedAt
                     : std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
        return ctx;
    }
};

LicenceTrackGate::LicenceTrackGate(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

LicenceTrackGate::~LicenceTrackGate() = default;

base::Result<std::shared_ptr<LicenceTrackGate>> LicenceTrackGate::open(const std::filesystem::path& dataDir,
                                                                       ListenerSettings settings)
{
    auto gate = licence::LicenceGate::open(dataDir / "catalogue.db");
    if (!gate.ok())
        return std::move(gate).error();
    auto cat = catalogue::Catalogue::open(dataDir / "catalogue.db");
    if (!cat.ok())
        return std::move(cat).error();
    auto impl = std::make_unique<Impl>(dataDir, std::move(settings), std::move(*gate), std::move(*cat));
    // The library is optional: without one, every file is identified from its own tags and audio.
    if (std::filesystem::exists(library::LibraryDb::pathIn(dataDir))) {
        auto lib = library::LibraryDb::open(library::LibraryDb::pathIn(dataDir));
        if (!lib.ok())
            return std::move(lib).error();
        impl->library.emplace(std::move(*lib));
    }
    return std::shared_ptr<LicenceTrackGate>(new LicenceTrackGate(std::move(impl)));
}

void LicenceTrackGate::setSettings(ListenerSettings settings)
{
    std::lock_guard lock(m_mutex);
    m_impl->settings = std::move(settings);
}

ListenerSettings LicenceTrackGate::settings() const
{
    std::lock_guard lock(m_mutex);
    return m_impl->settings;
}

void LicenceTrackGate::invalidate()
{
    std::lock_guard lock(m_mutex);
    (void)m_impl->gate.invalidate();
    m_impl->adHoc.clear();
}

std::chrono::sys_seconds LicenceTrackGate::now() const
{
    std::lock_guard lock(m_mutex);
    return m_impl->context().at;
}

base::Result<GateExplanation> LicenceTrackGate::explain(const std::filesystem::path& file)
{
    std::lock_guard lock(m_mutex);
    return explainLocked(file);
}

base::Result<GateExplanation> LicenceTrackGate::explainLocked(const std::filesystem::path& file)
{
    Impl& d = *m_impl;
    const licence::Context ctx = d.context();
    GateExplanation out;
    if (d.library) {
        auto stored = library::identifyPath(*d.library, d.identifier, file.string());
        if (!stored.ok())
            return std::move(stored).error();
        if (*stored) {
            out.method = (*stored)->method;
            out.confidence = (*stored)->confidence;
            out.catalogueId = (*stored)->catalogueId;
            ACCORD_TRY(d.judge(out.catalogueId, ctx, out));
            return out;
        }
    }
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    const auto mtime = std::filesystem::last_write_time(file, ec);
    auto known = d.adHoc.find(file.string());
    if (known == d.adHoc.end() || known->second.size != size || known->second.mtime != mtime) {
        const library::ReadOutcome read = library::readTrackFile(file.string());
        identify::Evidence evidence;
        evidence.path = file;
        if (read.track) {
            const auto& tags = read.track->tags;
            evidence.isrc = tags.isrc;
            evidence.catalogueId = tags.catalogueId;
            evidence.title = tags.title;
            evidence.artists = tags.artists;
            if (read.track->audio.durationMs > 0)
                evidence.durationMs = read.track->audio.durationMs;
        }
        auto id = d.identifier.identify(evidence);
        if (!id.ok())
            return std::move(id).error();
        known = d.adHoc.insert_or_assign(file.string(), Impl::Known{size, mtime, std::move(*id)}).first;
    }
    const identify::Identification& id = known->second.id;
    out.method = id.method;
    out.confidence = id.confidence;
    std::optional<std::int64_t> recordingId;
    if (id.recording) {
        out.catalogueId = id.recording->catalogueId;
        recordingId = id.recording->id;
    }
    ACCORD_TRY(d.decide(recordingId, ctx, out));
    return out;
}

base::Status LicenceTrackGate::judgeLibrary(const std::function<bool(const LibraryJudgement&)>& visit)
{
    std::lock_guard lock(m_mutex);
    Impl& d = *m_impl;
    if (!d.library)
        return {};
    // What identifyPath() does per file on the player's side, done for every stale track at once.
    if (auto st = library::identifyLibrary(*d.library, d.identifier, true); !st.ok())
        return std::move(st).error();
    auto stored = library::storedIdentifications(*d.library);
    if (!stored.ok())
        return std::move(stored).error();
    const licence::Context ctx = d.context();
    // Tracks go in batches. Each identification names its recording by catalogue id, as in check();
    // a recording with an ISRC is then decided through the gate's batch lookup by that ISRC, which is
    // unique in the catalogue and so names the very same recording (same rights, same decide()), at a
    // fraction of one read transaction per track. Recordings without an ISRC are decided one by one.
    constexpr std::size_t kBatch = 4096;
    std::vector<LibraryJudgement> batch;
    std::vector<std::string> isrcs;
    std::vector<std::pair<std::size_t, std::int64_t>> byIsrc; ///< (batch index, recording id)
    batch.reserve(kBatch);
    bool stopped = false;
    auto flush = [&]() -> base::Status {
        if (!isrcs.empty()) {
            auto decided = d.gate.decideIsrcs(isrcs, ctx);
            if (!decided.ok())
                return std::move(decided).error();
            for (std::size_t k = 0; k < byIsrc.size(); ++k) {
                GateExplanation& e = batch[byIsrc[k].first].explanation;
                if ((*decided)[k])
                    e.decision = std::move(*(*decided)[k]);
                else // the ISRC changed under us (an import between the two reads): by recording id
                    ACCORD_TRY(d.decide(byIsrc[k].second, ctx, e));
            }
        }
        for (const LibraryJudgement& j : batch)
            if (!stopped && !visit(j))
                stopped = true;
        batch.clear();
        isrcs.clear();
        byIsrc.clear();
        return {};
    };
    for (const auto& [trackId, ident] : *stored) {
        LibraryJudgement& j = batch.emplace_back();
        j.trackId = trackId;
        j.explanation.method = ident.method;
        j.explanation.confidence = ident.confidence;
        j.explanation.catalogueId = ident.catalogueId;
        std::optional<catalogue::Recording> rec;
        if (!ident.catalogueId.empty()) {
            auto found = d.catalogue.findByCatalogueId(ident.catalogueId);
            if (!found.ok())
                return std::move(found).error();
            rec = std::move(*found);
        }
        if (rec && rec->isrc && !rec->isrc->empty()) {
            isrcs.push_back(*rec->isrc);
            byIsrc.emplace_back(batch.size() - 1, rec->id);
        } else {
            ACCORD_TRY(
                d.decide(rec ? std::optional<std::int64_t>(rec->id) : std::nullopt, ctx, j.explanation));
        }
        if (batch.size() == kBatch) {
            ACCORD_TRY(flush());
            if (stopped)
                return {};
        }
    }
    return flush();
}

GateVerdict LicenceTrackGate::verdictFor(const licence::Decision& decision)
{
    GateVerdict v;
    for (const licence::Reason& r : decision.reasons)
        v.reasons.push_back({r.code, r.text});
    v.validUntil = decision.validUntil;
    switch (decision.verdict) {
    case licence::Verdict::Blocked:
        v.kind = GateVerdict::Kind::Block;
        return v;
    case licence::Verdict::Preview:
        v.kind = GateVerdict::Kind::Preview;
        v.previewSeconds = static_cast<double>(decision.previewLength.count());
        break;
    case licence::Verdict::Playable:
        v.kind = GateVerdict::Kind::Play;
        break;
    }
    if (decision.cap != catalogue::ResolutionCap::None) {
        const licence::CapLimits limits = licence::limitsFor(decision.cap);
        v.maxSampleRate = limits.maxSampleRate;
        v.maxBits = limits.maxBits;
        for (const licence::Reason& r : decision.reasons)
            if (r.code == licence::reason::kHiresRequiresTier)
                v.capText = r.text;
        if (v.capText.empty())
            v.capText = decision.cap == catalogue::ResolutionCap::Standard
                            ? "standard resolution (16-bit / 48 kHz)"
                            : "hi-res (up to 24-bit / 192 kHz)";
    }
    return v;
}

GateVerdict LicenceTrackGate::check(const std::filesystem::path& file)
{
    std::lock_guard lock(m_mutex);
    auto explained = explainLocked(file);
    if (!explained.ok()) {
        GateVerdict v;
        v.kind = GateVerdict::Kind::Block;
        v.reasons.push_back(
            {"catalogue_error", "The licence catalogue could not be read: " + explained.error().describe()});
        return v;
    }
    return verdictFor(explained->decision);
}

} // namespace accord::playback
