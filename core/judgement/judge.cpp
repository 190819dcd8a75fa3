// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "judgement/judge.hpp"

#include "catalogue/db/catalogue.hpp"
#include "identify/identifier.hpp"
#include "library/library_db.hpp"
#include "library/library_identifier.hpp"
#include "library/tag_reader.hpp"
#include "licence/licence_gate.hpp"
#include "licence/offline_terms.hpp"
#include "sync/offline_terms_loader.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace accord::judgement {

namespace {

// The connections, opened together on first use and dropped together (invalidate, releaseMemory).
struct Connections {
    licence::LicenceGate gate;
    catalogue::Catalogue catalogue;
    identify::Identifier identifier; // refers to `catalogue`: never moved once made
    std::optional<library::LibraryDb> library;
    /// The subscriber's offline lease (sync.db), read with the catalogue and again on invalidate().
    std::optional<licence::OfflineTerms> offline;
    /// The lease's downloaded files (sync::downloadKey of the path -> catalogue id), read with `offline`.
    std::map<std::string, std::string> downloads;

    Connections(licence::LicenceGate g, catalogue::Catalogue c)
        : gate(std::move(g)), catalogue(std::move(c)), identifier(catalogue)
    {
    }
};

} // namespace

struct Judge::Impl {
    std::filesystem::path dataDir;
    std::unique_ptr<Connections> open;
    // Files outside the library are identified once per path and content (size, mtime).
    struct Known {
        std::uintmax_t size;
        std::filesystem::file_time_type mtime;
        identify::Identification id;
    };
    std::map<std::string, Known> adHoc;

    base::Result<Connections*> connections()
    {
        if (!open) {
            auto gate = licence::LicenceGate::open(dataDir / "catalogue.db");
            if (!gate.ok())
                return std::move(gate).error();
            // Identification only reads the catalogue: a read-only data dir or a full disk still judges.
            auto cat = catalogue::Catalogue::openForReading(dataDir / "catalogue.db");
            if (!cat.ok())
                return std::move(cat).error();
            auto offline = sync::loadOfflineTerms(dataDir);
            if (!offline.ok())
                return std::move(offline).error();
            auto downloads = sync::loadDownloadedRecordings(dataDir);
            if (!downloads.ok())
                return std::move(downloads).error();
            open = std::make_unique<Connections>(std::move(*gate), std::move(*cat));
            open->offline = std::move(*offline);
            open->downloads = std::move(*downloads);
        }
        // The library is optional: without one, every file is identified from its own tags and audio.
        // A GUI creates it after the first judgement may have run, so look again until it is there.
        const auto libPath = library::LibraryDb::pathIn(dataDir);
        if (!open->library && std::filesystem::exists(libPath)) {
            auto lib = library::LibraryDb::open(libPath);
            if (!lib.ok())
                return std::move(lib).error();
            open->library.emplace(std::move(*lib));
        }
        return open.get();
    }

    /// The decision for a recording, or the personal-file policy when there is none (the identity is
    /// then "unidentified", whatever named a recording that is not in the catalogue).
    static base::Status decide(Connections& c, const licence::Context& ctx, Judgement& out)
    {
        if (!out.identification.recordingId) {
            out.identification = Identity{};
            out.decision = c.gate.decideUnidentified(ctx);
            return {};
        }
        auto decision = c.gate.decideRecording(*out.identification.recordingId, ctx);
        if (!decision.ok())
            return std::move(decision).error();
        out.decision = std::move(*decision);
        applyOffline(c, ctx, out);
        return {};
    }

    /// The offline lease's rules for a recording it licenses for download: every decision about a
    /// catalogue recording passes here, whichever entry made it (the gate caches the catalogue's answer
    /// only, so the lease's instant-dependent rules are applied after it).
    static void applyOffline(const Connections& c, const licence::Context& ctx, Judgement& out)
    {
        if (c.offline && !out.identification.catalogueId.empty())
            out.decision = licence::applyOfflineTerms(std::move(out.decision), *c.offline,
                                                      out.identification.catalogueId, ctx.at);
    }

    /// A stored identification names its recording by catalogue id.
    static base::Result<std::optional<catalogue::Recording>>
    recordingOf(Connections& c, const library::StoredIdentification& s)
    {
        if (s.catalogueId.empty())
            return std::optional<catalogue::Recording>();
        return c.catalogue.findByCatalogueId(s.catalogueId);
    }

    static base::Result<Judgement> fromStored(Connections& c, const library::StoredIdentification& s,
                                              const licence::Context& ctx)
    {
        Judgement out;
        out.identification = {s.method, s.confidence, s.catalogueId, std::nullopt};
        auto rec = recordingOf(c, s);
        if (!rec.ok())
            return std::move(rec).error();
        if (*rec)
            out.identification.recordingId = (*rec)->id;
        ACCORD_TRY(decide(c, ctx, out));
        return out;
    }

    base::Result<const identify::Identification*> identifyOnTheSpot(Connections& c,
                                                                    const std::filesystem::path& file)
    {
        std::error_code ec;
        const auto size = std::filesystem::file_size(file, ec);
        const auto mtime = std::filesystem::last_write_time(file, ec);
        auto known = adHoc.find(file.string());
        if (known == adHoc.end() || known->second.size != size || known->second.mtime != mtime) {
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
            // A subscriber's download is encrypted (.acx): no tags to read, but the lease names its
            // recording.
            if (evidence.isrc.empty() && evidence.catalogueId.empty() && !c.downloads.empty())
                if (auto it = c.downloads.find(sync::downloadKey(file)); it != c.downloads.end())
                    evidence.catalogueId = it->second;
            auto id = c.identifier.identify(evidence);
            if (!id.ok())
                return std::move(id).error();
            known = adHoc.insert_or_assign(file.string(), Known{size, mtime, std::move(*id)}).first;
        }
        return &known->second.id;
    }
};

Judge::Judge(std::filesystem::path dataDir) : m_impl(std::make_unique<Impl>())
{
    m_impl->dataDir = std::move(dataDir);
}

Judge::~Judge() = default;

base::Result<std::shared_ptr<Judge>> Judge::open(const std::filesystem::path& dataDir)
{
    auto judge = std::make_shared<Judge>(dataDir);
    auto opened = judge->m_impl->connections();
    if (!opened.ok())
        return std::move(opened).error();
    return judge;
}

base::Result<Judgement> Judge::judgeFile(const std::filesystem::path& file, const licence::Context& ctx)
{
    const std::lock_guard lock(m_mutex);
    auto opened = m_impl->connections();
    if (!opened.ok())
        return std::move(opened).error();
    Connections& c = **opened;
    if (c.library) {
        auto stored = library::identifyPath(*c.library, c.identifier, file.string());
        if (!stored.ok())
            return std::move(stored).error();
        if (*stored)
            return Impl::fromStored(c, **stored, ctx);
    }
    auto id = m_impl->identifyOnTheSpot(c, file);
    if (!id.ok())
        return std::move(id).error();
    Judgement out;
    out.identification.method = (*id)->method;
    out.identification.confidence = (*id)->confidence;
    if ((*id)->recording) {
        out.identification.catalogueId = (*id)->recording->catalogueId;
        out.identification.recordingId = (*id)->recording->id;
    }
    ACCORD_TRY(Impl::decide(c, ctx, out));
    return out;
}

base::Result<std::optional<Judgement>> Judge::judgeTrack(std::int64_t trackId, const licence::Context& ctx)
{
    const std::lock_guard lock(m_mutex);
    auto opened = m_impl->connections();
    if (!opened.ok())
        return std::move(opened).error();
    Connections& c = **opened;
    if (!c.library)
        return std::optional<Judgement>();
    auto track = c.library->trackById(trackId);
    if (!track.ok())
        return std::move(track).error();
    if (!*track)
        return std::optional<Judgement>();
    auto stored = library::identifyTrack(*c.library, c.identifier, **track);
    if (!stored.ok())
        return std::move(stored).error();
    auto judged = Impl::fromStored(c, stored->value_or(library::StoredIdentification{}), ctx);
    if (!judged.ok())
        return std::move(judged).error();
    return std::optional<Judgement>(std::move(*judged));
}

base::Result<std::optional<Judgement>> Judge::judgeIsrc(std::string_view isrc, const licence::Context& ctx)
{
    const std::lock_guard lock(m_mutex);
    auto opened = m_impl->connections();
    if (!opened.ok())
        return std::move(opened).error();
    Connections& c = **opened;
    auto decided = c.gate.decideIsrc(isrc, ctx);
    if (!decided.ok())
        return std::move(decided).error();
    if (!*decided)
        return std::optional<Judgement>();
    Judgement out;
    out.identification.method = identify::Method::Isrc;
    out.identification.confidence = 1.0;
    auto rec = c.catalogue.findByIsrc(isrc);
    if (!rec.ok())
        return std::move(rec).error();
    if (*rec) {
        out.identification.catalogueId = (*rec)->catalogueId;
        out.identification.recordingId = (*rec)->id;
    }
    out.decision = std::move(**decided);
    Impl::applyOffline(c, ctx, out);
    return std::optional<Judgement>(std::move(out));
}

base::Result<std::optional<Judgement>> Judge::judgeCatalogueId(std::string_view catalogueId,
                                                               const licence::Context& ctx)
{
    const std::lock_guard lock(m_mutex);
    auto opened = m_impl->connections();
    if (!opened.ok())
        return std::move(opened).error();
    Connections& c = **opened;
    auto rec = c.catalogue.findByCatalogueId(catalogueId);
    if (!rec.ok())
        return std::move(rec).error();
    if (!*rec)
        return std::optional<Judgement>();
    Judgement out;
    out.identification = {identify::Method::CatalogueId, 1.0, (*rec)->catalogueId, (*rec)->id};
    ACCORD_TRY(Impl::decide(c, ctx, out));
    return std::optional<Judgement>(std::move(out));
}

base::Status Judge::judgeLibrary(const licence::Context& ctx,
                                 const std::function<bool(const TrackJudgement&)>& visit)
{
    std::vector<std::pair<std::int64_t, library::StoredIdentification>> stored;
    {
        const std::lock_guard lock(m_mutex);
        auto opened = m_impl->connections();
        if (!opened.ok())
            return std::move(opened).error();
        Connections& c = **opened;
        if (!c.library)
            return {};
        // What identifyPath() does per file in judgeFile(), done for every stale track at once.
        if (auto st = library::identifyLibrary(*c.library, c.identifier, true); !st.ok())
            return std::move(st).error();
        auto read = library::storedIdentifications(*c.library);
        if (!read.ok())
            return std::move(read).error();
        stored = std::move(*read);
    }
    // Tracks go in batches, each decided under the lock and visited outside it, so that a single judgement
    // (the player's) waits for one batch at most, never for the whole library. Each identification names
    // its recording by catalogue id, as in judgeFile(); a recording with an ISRC is then decided through
    // the gate's batch lookup by that ISRC, which is unique in the catalogue and so names the very same
    // recording (same rights, same decide()), at a fraction of one read transaction per track. Recordings
    // without an ISRC are decided one by one.
    constexpr std::size_t kBatch = 4096;
    std::vector<TrackJudgement> batch;
    std::vector<std::string> isrcs;
    std::vector<std::size_t> byIsrc; ///< batch index of isrcs[k]
    batch.reserve(kBatch);
    for (std::size_t first = 0; first < stored.size(); first += kBatch) {
        const std::size_t last = std::min(stored.size(), first + kBatch);
        batch.clear();
        isrcs.clear();
        byIsrc.clear();
        {
            const std::lock_guard lock(m_mutex);
            auto opened = m_impl->connections();
            if (!opened.ok())
                return std::move(opened).error();
            Connections& c = **opened;
            for (std::size_t i = first; i < last; ++i) {
                const auto& [trackId, ident] = stored[i];
                TrackJudgement& t = batch.emplace_back();
                t.trackId = trackId;
                t.judgement.identification = {ident.method, ident.confidence, ident.catalogueId,
                                              std::nullopt};
                auto rec = Impl::recordingOf(c, ident);
                if (!rec.ok())
                    return std::move(rec).error();
                if (*rec)
                    t.judgement.identification.recordingId = (*rec)->id;
                if (*rec && (*rec)->isrc && !(*rec)->isrc->empty()) {
                    isrcs.push_back(*(*rec)->isrc);
                    byIsrc.push_back(batch.size() - 1);
                } else {
                    ACCORD_TRY(Impl::decide(c, ctx, t.judgement));
                }
            }
            if (!isrcs.empty()) {
                auto decided = c.gate.decideIsrcs(isrcs, ctx);
                if (!decided.ok())
                    return std::move(decided).error();
                for (std::size_t k = 0; k < byIsrc.size(); ++k) {
                    Judgement& j = batch[byIsrc[k]].judgement;
                    if ((*decided)[k]) {
                        j.decision = std::move(*(*decided)[k]);
                        Impl::applyOffline(c, ctx, j);
                    } else // the ISRC changed under us (an import between the two reads): by recording id
                        ACCORD_TRY(Impl::decide(c, ctx, j));
                }
            }
        }
        for (const TrackJudgement& j : batch)
            if (!visit(j))
                return {};
    }
    return {};
}

base::Result<Judgement> Judge::judgeRecording(const catalogue::RecordingKey& recording,
                                              const licence::Context& ctx)
{
    const std::lock_guard lock(m_mutex);
    auto opened = m_impl->connections();
    if (!opened.ok())
        return std::move(opened).error();
    Judgement out;
    out.identification = {identify::Method::CatalogueId, 1.0, recording.catalogueId, recording.id};
    ACCORD_TRY(Impl::decide(**opened, ctx, out));
    return out;
}

base::Status Judge::judgeCatalogue(const std::vector<licence::Context>& contexts,
                                   const std::function<bool(const RecordingJudgement&)>& visit)
{
    // Pages large enough that the gate splits each batch over two threads and the thread start is lost in
    // the work; small enough that a single judgement (the player's) waits for one page at most.
    constexpr std::size_t kPage = 16384;
    std::vector<catalogue::RecordingKey> page;
    std::vector<std::vector<licence::Decision>> decided(contexts.size()); // [context][page index]
    std::vector<std::string> isrcs;
    std::vector<std::size_t> byIsrc; ///< page index of isrcs[k]
    std::int64_t after = 0;
    for (;;) {
        {
            const std::lock_guard lock(m_mutex);
            auto opened = m_impl->connections();
            if (!opened.ok())
                return std::move(opened).error();
            Connections& c = **opened;
            auto keys = c.catalogue.recordingKeysAfter(after, kPage);
            if (!keys.ok())
                return std::move(keys).error();
            page = std::move(*keys);
            if (page.empty())
                return {};
            after = page.back().id;
            isrcs.clear();
            byIsrc.clear();
            for (std::size_t i = 0; i < page.size(); ++i) {
                if (page[i].isrc && !page[i].isrc->empty()) {
                    isrcs.push_back(*page[i].isrc);
                    byIsrc.push_back(i);
                }
            }
            for (std::size_t k = 0; k < contexts.size(); ++k) {
                const licence::Context& ctx = contexts[k];
                std::vector<licence::Decision>& out = decided[k];
                out.assign(page.size(), licence::Decision{});
                std::vector<bool> done(page.size(), false);
                if (!isrcs.empty()) {
                    auto batch = c.gate.decideIsrcs(isrcs, ctx);
                    if (!batch.ok())
                        return std::move(batch).error();
                    for (std::size_t j = 0; j < byIsrc.size(); ++j) {
                        if ((*batch)[j]) {
                            out[byIsrc[j]] = std::move(*(*batch)[j]);
                            done[byIsrc[j]] = true;
                        }
                    }
                }
                // No ISRC, or the ISRC changed under us (an import between the two reads): by recording id.
                for (std::size_t i = 0; i < page.size(); ++i) {
                    if (done[i])
                        continue;
                    auto d = c.gate.decideRecording(page[i].id, ctx);
                    if (!d.ok())
                        return std::move(d).error();
                    out[i] = std::move(*d);
                }
            }
        }
        RecordingJudgement row;
        for (std::size_t i = 0; i < page.size(); ++i) {
            row.recording = &page[i];
            row.judgement.identification = {identify::Method::CatalogueId, 1.0, page[i].catalogueId,
                                            page[i].id};
            for (std::size_t k = 0; k < contexts.size(); ++k) {
                row.context = k;
                row.judgement.decision = std::move(decided[k][i]);
                if (!visit(row))
                    return {};
            }
        }
    }
}

base::Result<catalogue::TierPolicy> Judge::policy()
{
    const std::lock_guard lock(m_mutex);
    auto opened = m_impl->connections();
    if (!opened.ok())
        return std::move(opened).error();
    return (*opened)->gate.policy();
}

void Judge::invalidate()
{
    const std::lock_guard lock(m_mutex);
    // Reopening re-reads the policy, the decision index and the identifier's fingerprint index at once.
    m_impl->open.reset();
    m_impl->adHoc.clear();
}

void Judge::releaseMemory()
{
    const std::lock_guard lock(m_mutex);
    m_impl->open.reset();
}

} // namespace accord::judgement
