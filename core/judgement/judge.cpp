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
#include "storage/statement.hpp"
#include "sync/offline_terms_loader.hpp"

#include <algorithm>
#include <future>
#include <map>
#include <string>
#include <sys/stat.h>
#include <unordered_map>
#include <utility>
#include <vector>

namespace accord::judgement {

namespace {

// The format decide() reads from a file's audio properties: none when the tag reader could not tell the
// rate; a lossy codec (bit depth 0) counts as 16-bit, as licence::SourceFormat asks.
std::optional<licence::SourceFormat> sourceFormatOf(std::uint32_t sampleRate, std::uint16_t bitDepth)
{
    if (sampleRate == 0)
        return std::nullopt;
    return licence::SourceFormat{sampleRate, bitDepth == 0 ? std::uint16_t{16} : bitDepth};
}

std::optional<licence::SourceFormat> sourceFormatOf(const library::AudioProperties& audio)
{
    return sourceFormatOf(audio.sampleRate, audio.bitDepth);
}

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
    Access access = Access::ReadWrite;
    /// The latest wall-clock instant noteWallClock() saw: raises the lease's highestSeen whenever it is
    /// (re)loaded, since a store that could not be written still holds the older value.
    std::optional<base::Instant> noted;
    /// When noteWallClock() last wrote sync.db (it writes at most once a minute).
    std::optional<base::Instant> lastStored;
    std::unique_ptr<Connections> open;
    // Files outside the library are identified once per path and content (size, mtime).
    struct Known {
        std::uintmax_t size;
        std::filesystem::file_time_type mtime;
        identify::Identification id;
        std::optional<licence::SourceFormat> format;
    };
    std::map<std::string, Known> adHoc;

    /// catalogue.db and its WAL as stat() saw them: any write to the catalogue changes one of them.
    struct CatalogueStamp {
        struct File {
            dev_t dev = 0;
            ino_t ino = 0;
            off_t size = -1;
            std::int64_t mtimeNs = 0;
            bool operator==(const File&) const = default;
        };
        File db, wal;
        bool operator==(const CatalogueStamp&) const = default;
    };
    CatalogueStamp catalogueStamp() const
    {
        const auto fileStamp = [](const std::filesystem::path& p) {
            CatalogueStamp::File f;
            struct stat st {};
            if (::stat(p.c_str(), &st) == 0)
                f = {st.st_dev, st.st_ino, st.st_size,
                     static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
            return f;
        };
        // An empty WAL holds nothing, whether it exists or not: opening and closing connections creates
        // and deletes it without changing the catalogue.
        CatalogueStamp::File wal = fileStamp(dataDir / "catalogue.db-wal");
        if (wal.size <= 0)
            wal = {};
        return {fileStamp(dataDir / "catalogue.db"), wal};
    }
    /// Catalogue id -> recording row id (-1: not in the catalogue) of the library's identifications, kept
    /// across judgeLibrary() calls and releaseMemory() (a reload of the window looks up only ids it has not
    /// seen), dropped by invalidate() and whenever the catalogue's files changed (`recordingIdsStamp`).
    std::unordered_map<std::string, std::int64_t> recordingIds;
    std::optional<CatalogueStamp> recordingIdsStamp;

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
            raiseNoted(*open);
        }
        // The library is optional: without one, every file is identified from its own tags and audio.
        // A GUI creates it after the first judgement may have run, so look again until it is there.
        const auto libPath = library::LibraryDb::pathIn(dataDir);
        if (!open->library && std::filesystem::exists(libPath)) {
            auto lib = access == Access::ReadOnly ? library::LibraryDb::openForReading(libPath)
                                                  : library::LibraryDb::open(libPath);
            if (!lib.ok())
                return std::move(lib).error();
            open->library.emplace(std::move(*lib));
        }
        return open.get();
    }

    void raiseNoted(Connections& c) const
    {
        if (c.offline && noted && (!c.offline->highestSeen || *c.offline->highestSeen < *noted))
            c.offline->highestSeen = noted;
    }

    /// The decision for a recording, or the personal-file policy when there is none (the identity is
    /// then "unidentified", whatever named a recording that is not in the catalogue).
    static base::Status decide(Connections& c, const licence::Context& ctx, Judgement& out,
                               const std::optional<licence::SourceFormat>& source)
    {
        out.source = source;
        if (!out.identification.recordingId) {
            out.identification = Identity{};
            out.decision = c.gate.decideUnidentified(ctx, source);
            return {};
        }
        auto decision = c.gate.decideRecording(*out.identification.recordingId, ctx, source);
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
                                              const licence::Context& ctx,
                                              const std::optional<licence::SourceFormat>& source)
    {
        Judgement out;
        out.identification = {s.method, s.confidence, s.catalogueId, std::nullopt};
        auto rec = recordingOf(c, s);
        if (!rec.ok())
            return std::move(rec).error();
        if (*rec)
            out.identification.recordingId = (*rec)->id;
        ACCORD_TRY(decide(c, ctx, out, source));
        return out;
    }

    /// A library track as its stored identification names it (identified now when stale: stored, or in
    /// memory for a read-only Judge), decided for the track's own format.
    base::Result<Judgement> fromTrack(Connections& c, const library::StoredTrack& track,
                                      const licence::Context& ctx) const
    {
        library::StoredIdentification ident;
        if (access == Access::ReadOnly) {
            auto id = library::identifyTrackReadOnly(*c.library, c.identifier, track);
            if (!id.ok())
                return std::move(id).error();
            ident = std::move(*id);
        } else {
            auto stored = library::identifyTrack(*c.library, c.identifier, track);
            if (!stored.ok())
                return std::move(stored).error();
            ident = stored->value_or(library::StoredIdentification{});
        }
        return fromStored(c, ident, ctx, sourceFormatOf(track.info.audio));
    }

    /// The catalogue's mark for recording rows stored in the library (library::RecordingRowsMark): its
    /// identity and its highest recording row; nullopt when it has no recordings.
    static base::Result<std::optional<library::RecordingRowsMark>> markOf(catalogue::Catalogue& cat)
    {
        auto st = storage::Statement::prepare(
            cat.connection(), "SELECT s.catalogue_uuid, r.id, r.catalogue_id FROM rights_state s "
                              "JOIN recordings r ON r.id = (SELECT max(id) FROM recordings)");
        if (!st.ok())
            return std::move(st).error();
        auto row = st->step();
        if (!row.ok())
            return std::move(row).error();
        if (!*row)
            return std::optional<library::RecordingRowsMark>();
        return std::optional<library::RecordingRowsMark>(
            library::RecordingRowsMark{st->columnText(0), st->columnInt(1), st->columnText(2)});
    }

    /// Whether recording rows stored under `mark` still name the same recordings in `cat`: the same
    /// catalogue (uuid) and the marked row still there with the same catalogue id (rows are only added).
    static base::Result<bool> holds(catalogue::Catalogue& cat, const library::RecordingRowsMark& mark)
    {
        auto st = storage::Statement::prepare(
            cat.connection(), "SELECT 1 FROM rights_state s, recordings r WHERE s.catalogue_uuid = ?1 AND "
                              "r.id = ?2 AND r.catalogue_id = ?3");
        if (!st.ok())
            return std::move(st).error();
        st->bind(1, mark.catalogueUuid).bind(2, mark.lastRow).bind(3, mark.lastCatalogueId);
        auto row = st->step();
        if (!row.ok())
            return std::move(row).error();
        return *row;
    }

    base::Result<const Known*> identifyOnTheSpot(Connections& c, const std::filesystem::path& file)
    {
        std::error_code ec;
        const auto size = std::filesystem::file_size(file, ec);
        const auto mtime = std::filesystem::last_write_time(file, ec);
        auto known = adHoc.find(file.string());
        if (known == adHoc.end() || known->second.size != size || known->second.mtime != mtime) {
            const library::ReadOutcome read = library::readTrackFile(file.string());
            identify::Evidence evidence;
            evidence.path = file;
            std::optional<licence::SourceFormat> format;
            if (read.track) {
                format = sourceFormatOf(read.track->audio);
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
            known = adHoc.insert_or_assign(file.string(), Known{size, mtime, std::move(*id), format}).first;
        }
        return &known->second;
    }
};

Judge::Judge(std::filesystem::path dataDir, Access access) : m_impl(std::make_unique<Impl>())
{
    m_impl->dataDir = std::move(dataDir);
    m_impl->access = access;
}

Judge::~Judge() = default;

base::Result<std::shared_ptr<Judge>> Judge::open(const std::filesystem::path& dataDir, Access access)
{
    auto judge = std::make_shared<Judge>(dataDir, access);
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
        auto track = c.library->trackByPath(file.string());
        if (!track.ok())
            return std::move(track).error();
        if (*track)
            return m_impl->fromTrack(c, **track, ctx);
    }
    auto known = m_impl->identifyOnTheSpot(c, file);
    if (!known.ok())
        return std::move(known).error();
    const identify::Identification& id = (*known)->id;
    Judgement out;
    out.identification.method = id.method;
    out.identification.confidence = id.confidence;
    if (id.recording) {
        out.identification.catalogueId = id.recording->catalogueId;
        out.identification.recordingId = id.recording->id;
    }
    ACCORD_TRY(Impl::decide(c, ctx, out, (*known)->format));
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
    auto judged = m_impl->fromTrack(c, **track, ctx);
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
    ACCORD_TRY(Impl::decide(c, ctx, out, std::nullopt));
    return std::optional<Judgement>(std::move(out));
}

base::Status Judge::judgeLibrary(const licence::Context& ctx,
                                 const std::function<bool(const TrackJudgement&)>& visit)
{
    std::vector<std::pair<std::int64_t, library::StoredIdentification>> stored;
    std::vector<library::TrackFormat> formats; // by track id, as `stored`
    bool storedRowsHold = false;               ///< the stored recording rows name this catalogue's rows
    std::optional<library::RecordingRowsMark> markNow; ///< this catalogue's mark, to store rows under
    std::vector<library::RecordingRow> learnt;         ///< rows to store beside the identifications
    {
        const std::lock_guard lock(m_mutex);
        auto opened = m_impl->connections();
        if (!opened.ok())
            return std::move(opened).error();
        Connections& c = **opened;
        if (!c.library)
            return {};
        // Recording ids learnt by an earlier call stand while the catalogue's files are unchanged.
        const Impl::CatalogueStamp stamp = m_impl->catalogueStamp();
        if (m_impl->recordingIdsStamp != stamp) {
            m_impl->recordingIds.clear();
            m_impl->recordingIdsStamp = stamp;
        }
        // What fromTrack() does per file in judgeFile(), done for every stale track at once.
        if (m_impl->access == Access::ReadOnly) {
            auto read = library::currentIdentifications(*c.library, c.identifier);
            if (!read.ok())
                return std::move(read).error();
            stored = std::move(*read);
        } else {
            if (auto st = library::identifyLibrary(*c.library, c.identifier, true); !st.ok())
                return std::move(st).error();
            auto read = library::storedIdentifications(*c.library);
            if (!read.ok())
                return std::move(read).error();
            stored = std::move(*read);
        }
        auto read = c.library->trackFormats();
        if (!read.ok())
            return std::move(read).error();
        formats = std::move(*read);
        // Recording rows stored beside the identifications (library migration 7) are used while the mark
        // they were stored under still holds for this catalogue; else every one is looked up again.
        auto libraryMark = library::recordingRowsMark(*c.library);
        if (!libraryMark.ok())
            return std::move(libraryMark).error();
        if (*libraryMark) {
            auto still = Impl::holds(c.catalogue, **libraryMark);
            if (!still.ok())
                return std::move(still).error();
            storedRowsHold = *still;
        }
        if (m_impl->access == Access::ReadWrite) {
            auto mark = Impl::markOf(c.catalogue);
            if (!mark.ok())
                return std::move(mark).error();
            markNow = std::move(*mark);
        }
    }
    // Both lists are in track-id order: one walk finds each identification's format.
    auto formatOf = [&, next = formats.begin()](std::int64_t trackId) mutable {
        while (next != formats.end() && next->trackId < trackId)
            ++next;
        return next != formats.end() && next->trackId == trackId
                   ? sourceFormatOf(next->sampleRate, next->bitDepth)
                   : std::nullopt;
    };
    // Tracks go in batches, each decided under the lock and visited outside it, so that a single judgement
    // (the player's) waits for one batch at most, never for the whole library. Each identification names
    // its recording by catalogue id, as in judgeFile(): the batch's ids are looked up in one read
    // transaction (row ids only), then decided straight from the decision index by recording id (the same
    // stored rights row, the same decide() as one by one), split over two threads by the gate. What the
    // index cannot answer (no index, a recording without an ISRC, a row changed since the index was built)
    // is decided one by one.
    constexpr std::size_t kBatch = 4096;
    std::vector<TrackJudgement> batch;
    std::vector<std::string_view> catalogueIds;                ///< the batch's ids not looked up before
    std::vector<std::size_t> missing;                          ///< batch index of catalogueIds[k]
    std::vector<std::optional<std::int64_t>> rowIds;           ///< recording of batch[i], if any
    std::vector<std::int64_t> recordingIds;                    ///< to decide through the index
    std::vector<std::optional<licence::SourceFormat>> sources; ///< the file's format for recordingIds[k]
    std::vector<std::size_t> slots;                            ///< batch index of recordingIds[k]
    batch.reserve(kBatch);
    for (std::size_t first = 0; first < stored.size(); first += kBatch) {
        const std::size_t last = std::min(stored.size(), first + kBatch);
        batch.clear();
        catalogueIds.clear();
        recordingIds.clear();
        sources.clear();
        slots.clear();
        {
            const std::lock_guard lock(m_mutex);
            auto opened = m_impl->connections();
            if (!opened.ok())
                return std::move(opened).error();
            Connections& c = **opened;
            // Only the catalogue ids not looked up before (by this call or an earlier one) go to SQLite.
            auto& known = m_impl->recordingIds;
            rowIds.assign(last - first, std::nullopt);
            missing.clear();
            for (std::size_t i = first; i < last; ++i) {
                const std::string& id = stored[i].second.catalogueId;
                if (id.empty())
                    continue;
                if (storedRowsHold && stored[i].second.recordingRow) {
                    rowIds[i - first] = stored[i].second.recordingRow;
                } else if (const auto it = known.find(id); it != known.end()) {
                    if (it->second >= 0) {
                        rowIds[i - first] = it->second;
                        if (markNow)
                            learnt.push_back({stored[i].first, id, it->second});
                    }
                } else {
                    catalogueIds.push_back(id);
                    missing.push_back(i - first);
                }
            }
            if (!catalogueIds.empty()) {
                auto rows = c.catalogue.recordingIdsByCatalogueIds(catalogueIds);
                if (!rows.ok())
                    return std::move(rows).error();
                for (std::size_t k = 0; k < missing.size(); ++k) {
                    rowIds[missing[k]] = (*rows)[k];
                    known.emplace(catalogueIds[k], (*rows)[k].value_or(-1));
                    if (markNow && (*rows)[k])
                        learnt.push_back({stored[first + missing[k]].first, catalogueIds[k], *(*rows)[k]});
                }
            }
            for (std::size_t i = first; i < last; ++i) {
                const auto& [trackId, ident] = stored[i];
                TrackJudgement& t = batch.emplace_back();
                t.trackId = trackId;
                const auto format = formatOf(trackId);
                t.judgement.identification = {ident.method, ident.confidence, ident.catalogueId,
                                              rowIds[i - first]};
                t.judgement.source = format;
                if (t.judgement.identification.recordingId) {
                    recordingIds.push_back(*t.judgement.identification.recordingId);
                    sources.push_back(format);
                    slots.push_back(batch.size() - 1);
                } else {
                    ACCORD_TRY(Impl::decide(c, ctx, t.judgement, format)); // unidentified
                }
            }
            if (!recordingIds.empty()) {
                auto decided = c.gate.decideRecordings(recordingIds, ctx, sources);
                if (!decided.ok())
                    return std::move(decided).error();
                for (std::size_t k = 0; k < slots.size(); ++k) {
                    Judgement& j = batch[slots[k]].judgement;
                    if ((*decided)[k]) {
                        j.decision = std::move(*(*decided)[k]);
                        Impl::applyOffline(c, ctx, j);
                    } else {
                        ACCORD_TRY(Impl::decide(c, ctx, j, sources[k]));
                    }
                }
            }
        }
        for (const TrackJudgement& j : batch)
            if (!visit(j))
                return {};
    }
    // What was looked up is stored beside the identifications, so that the next start (a fresh Judge)
    // looks up nothing. Only while the catalogue is still the one the rows were read from; a failed write
    // (a full disk) costs the next start the lookups, never a verdict, so it is not an error here.
    if (!learnt.empty() && markNow) {
        const std::lock_guard lock(m_mutex);
        auto opened = m_impl->connections();
        if (!opened.ok())
            return std::move(opened).error();
        Connections& c = **opened;
        auto still = Impl::holds(c.catalogue, *markNow);
        if (still.ok() && *still && c.library)
            (void)library::storeRecordingRows(*c.library, *markNow, learnt, !storedRowsHold);
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
    ACCORD_TRY(Impl::decide(**opened, ctx, out, std::nullopt));
    return out;
}

namespace {

// One page of recordings with their decisions, [context][page index].
struct CataloguePage {
    std::vector<catalogue::RecordingKey> keys;
    std::vector<std::vector<licence::Decision>> decided;
};

} // namespace

base::Status Judge::judgeCatalogue(const std::vector<licence::Context>& contexts,
                                   const std::function<bool(const RecordingJudgement&)>& visit)
{
    // Pages large enough that the gate splits each batch over two threads and the thread start is lost in
    // the work; small enough that a single judgement (the player's) waits for one page at most.
    constexpr std::size_t kPage = 16384;
    const auto fetch = [this, &contexts](std::int64_t after) -> base::Result<CataloguePage> {
        const std::lock_guard lock(m_mutex);
        auto opened = m_impl->connections();
        if (!opened.ok())
            return std::move(opened).error();
        Connections& c = **opened;
        auto keys = c.catalogue.recordingKeysAfter(after, kPage);
        if (!keys.ok())
            return std::move(keys).error();
        CataloguePage page{std::move(*keys), std::vector<std::vector<licence::Decision>>(contexts.size())};
        // Straight from the decision index by recording id, in the page's (id) order: no ISRC strings to
        // normalise and sort. What the index cannot answer (no ISRC, changed since it was built, no
        // index at all) is decided one by one, which reads the catalogue.
        std::vector<std::int64_t> ids;
        ids.reserve(page.keys.size());
        for (const catalogue::RecordingKey& key : page.keys)
            ids.push_back(key.id);
        for (std::size_t k = 0; k < contexts.size(); ++k) {
            std::vector<licence::Decision>& out = page.decided[k];
            out.resize(page.keys.size());
            auto batch = c.gate.decideRecordings(ids, contexts[k]);
            if (!batch.ok())
                return std::move(batch).error();
            for (std::size_t i = 0; i < page.keys.size(); ++i) {
                if ((*batch)[i]) {
                    out[i] = std::move(*(*batch)[i]);
                    continue;
                }
                auto d = c.gate.decideRecording(page.keys[i].id, contexts[k]);
                if (!d.ok())
                    return std::move(d).error();
                out[i] = std::move(*d);
            }
        }
        return page;
    };
    // The next page is decided on a worker while the caller visits this one (printing a listing costs about
    // as much as deciding it): the lock is taken per page by whichever thread decides.
    std::future<base::Result<CataloguePage>> next = std::async(std::launch::async, fetch, std::int64_t{0});
    for (;;) {
        auto page = next.get();
        if (!page.ok())
            return std::move(page).error();
        if (page->keys.empty())
            return {};
        next = std::async(std::launch::async, fetch, page->keys.back().id);
        RecordingJudgement row;
        for (std::size_t i = 0; i < page->keys.size(); ++i) {
            const catalogue::RecordingKey& key = page->keys[i];
            row.recording = &key;
            row.judgement.identification = {identify::Method::CatalogueId, 1.0, key.catalogueId, key.id};
            for (std::size_t k = 0; k < contexts.size(); ++k) {
                row.context = k;
                row.judgement.decision = std::move(page->decided[k][i]);
                if (!visit(row)) {
                    next.wait(); // never leave a worker behind
                    return {};
                }
            }
        }
    }
}

base::Result<std::vector<licence::Unlock>> Judge::unlock(const Judgement& judged, const licence::Context& ctx)
{
    const std::lock_guard lock(m_mutex);
    auto opened = m_impl->connections();
    if (!opened.ok())
        return std::move(opened).error();
    Connections& c = **opened;
    const catalogue::TierPolicy policy = c.gate.policy();
    if (!judged.identification.recordingId)
        return licence::findUnlocks(nullptr, policy, ctx, judged.source);
    auto rights = c.gate.rights(*judged.identification.recordingId);
    if (!rights.ok())
        return std::move(rights).error();
    // Each alternative is judged as this Judge judges: the catalogue's decision, then the lease's rules.
    const std::string catalogueId = judged.identification.catalogueId;
    const licence::DecisionAdjust offline = [&c, &catalogueId](licence::Decision d,
                                                               const licence::Context& at) {
        if (!c.offline || catalogueId.empty())
            return d;
        return licence::applyOfflineTerms(std::move(d), *c.offline, catalogueId, at.at);
    };
    return licence::findUnlocks(&*rights, policy, ctx, judged.source, offline);
}

base::Result<catalogue::TierPolicy> Judge::policy()
{
    const std::lock_guard lock(m_mutex);
    auto opened = m_impl->connections();
    if (!opened.ok())
        return std::move(opened).error();
    return (*opened)->gate.policy();
}

base::Status Judge::noteWallClock(base::Instant now)
{
    bool store = false;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_impl->noted || *m_impl->noted < now)
            m_impl->noted = now;
        if (m_impl->open)
            m_impl->raiseNoted(*m_impl->open);
        // A minute's grain is plenty against a clock set back, and spares sync.db a write per track.
        store = m_impl->access == Access::ReadWrite &&
                (!m_impl->lastStored || now - *m_impl->lastStored >= std::chrono::minutes(1));
        if (store)
            m_impl->lastStored = now;
    }
    // Outside the lock: the write (a SQLite transaction) must not hold up the player's judgements.
    if (store)
        return sync::raiseHighestSeen(m_impl->dataDir, now);
    return {};
}

void Judge::invalidate()
{
    const std::lock_guard lock(m_mutex);
    // Reopening re-reads the policy, the decision index and the identifier's fingerprint index at once.
    m_impl->open.reset();
    m_impl->adHoc.clear();
    m_impl->recordingIds.clear();
    m_impl->recordingIdsStamp.reset();
}

void Judge::releaseMemory()
{
    const std::lock_guard lock(m_mutex);
    m_impl->open.reset();
}

} // namespace accord::judgement
