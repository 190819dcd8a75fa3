// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/model/tier_policy.hpp"
#include "judgement/judgement.hpp"
#include "licence/context.hpp"
#include "licence/unlock.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

namespace accord::judgement {

/// The one path that answers "may this file / library track / ISRC play, and why" for every caller: the
/// player (through playback::JudgeTrackGate), `accordctl decide` and `availability`, the library table and
/// the "why" panel. A file is identified the way the library identifies it (the stored identification when
/// the file is in the library and unchanged, else identified now and stored; a file outside the library is
/// identified on the spot from its tags and audio: ISRC, catalogue id, fingerprint, title/artist), the
/// recording it names is decided by the one licence::LicenceGate for the context, and a file naming no
/// recording (or one that left the catalogue) gets the tier policy's answer for personal files.
/// A subscriber's offline lease (the last verified lease in `<data-dir>/sync.db`, read with the catalogue
/// and again after invalidate()) then applies to every recording it names: licence::applyOfflineTerms
/// (offline_lease_expired, clock_rollback, device_revoked, download_expired, valid_until).
///
/// Owns ONE licence::LicenceGate, one catalogue connection (identification) and one library connection
/// (when `<data-dir>/library.db` exists; looked for again on every call until it does).
/// A file's judgement is about that file: its format (from the library, or read from the file) goes to
/// licence::decide(), so hires_requires_tier is given only for a file that loses something by the tier's
/// standard cap. A judgement without a file (ISRC, catalogue id) does not know the format.
/// Access: ReadWrite stores the identification of a library track not identified yet (or changed since),
/// as the player of a GUI wants; ReadOnly (the commands that only read: decide, availability, gated play)
/// opens the catalogue and library read-only (immutable on a read-only mount or a full disk), identifies
/// such tracks in memory and never writes a byte.
/// Construction does no I/O: the connections open on first use, on the calling thread, so a GUI can make
/// one Judge and share it (std::shared_ptr) between its library worker and the player's gate.
/// Threads: [any thread] every method; calls are serialised by one mutex (judgeLibrary takes it per batch).
/// Failure: database errors are returned; callers that must not play unchecked block on them.
class Judge {
public:
    enum class Access { ReadWrite, ReadOnly };

    explicit Judge(std::filesystem::path dataDir, Access access = Access::ReadWrite);
    ~Judge();
    Judge(const Judge&) = delete;
    Judge& operator=(const Judge&) = delete;

    /// Makes a Judge and opens its connections now, so that an unreadable catalogue fails here.
    static base::Result<std::shared_ptr<Judge>> open(const std::filesystem::path& dataDir,
                                                     Access access = Access::ReadWrite);

    /// A file, as the player judges it before playing it.
    base::Result<Judgement> judgeFile(const std::filesystem::path& file, const licence::Context& ctx);
    /// A library track by id (as judgeFile on its path); nullopt when no such track.
    base::Result<std::optional<Judgement>> judgeTrack(std::int64_t trackId, const licence::Context& ctx);
    /// A catalogue recording by ISRC (method isrc, confidence 1); nullopt when the catalogue has none.
    base::Result<std::optional<Judgement>> judgeIsrc(std::string_view isrc, const licence::Context& ctx);
    /// A catalogue recording by its catalogue id (method catalogue_id, confidence 1); nullopt when the
    /// catalogue has none. For QA scenarios, which name recordings that no file or ISRC stands for.
    base::Result<std::optional<Judgement>> judgeCatalogueId(std::string_view catalogueId,
                                                            const licence::Context& ctx);
    /// Every library track, exactly as judgeFile() would judge its path, but in batches (tracks never
    /// identified or changed since are identified and stored first; each batch's catalogue ids are looked
    /// up in one read transaction and its recordings decided by the gate's batch by recording id, from the
    /// decision index). `visit` is called per track in track-id order; returning false
    /// stops early. Without a library, visits nothing. The lock is held while stale tracks are identified
    /// and per batch of 4096 tracks, not while `visit` runs, so other calls interleave between batches.
    base::Status judgeLibrary(const licence::Context& ctx,
                              const std::function<bool(const TrackJudgement&)>& visit);

    /// A recording the caller already holds the key of (catalogueId method, confidence 1), decided
    /// exactly as judgeCatalogueId() does but without looking it up again: for walks over the catalogue.
    base::Result<Judgement> judgeRecording(const catalogue::RecordingKey& recording,
                                           const licence::Context& ctx);
    /// Every catalogue recording in every context (no library needed): pages of recordings in id order,
    /// each page decided per context as judgeLibrary decides (straight from the decision index by recording
    /// id, what it cannot answer one by one) under the lock, then visited outside it, recording by recording
    /// and, for each, context by context (`contexts` order), on the calling thread while the next page is
    /// decided on a worker. Memory is bounded by two pages; returning false from `visit` stops early. An
    /// import committing meanwhile may be seen from one page on. `visit` may call this Judge (it waits for
    /// the page being decided).
    base::Status judgeCatalogue(const std::vector<licence::Context>& contexts,
                                const std::function<bool(const RecordingJudgement&)>& visit);

    /// What would make a judgement play, play in full or uncapped (licence::findUnlocks): the same
    /// decision re-run for another tier, device, territory, a later instant or a purchase the catalogue
    /// offers, keeping only what ranks higher; the lease's rules (applyOfflineTerms) apply to each as to
    /// the judgement. `judged` is what this Judge answered for `ctx` (its recording and source format).
    /// Empty when it plays in full. Reads the recording's rights once (from the decision index), then
    /// only decides: for the one track a listener asks about and `accordctl decide`.
    base::Result<std::vector<licence::Unlock>> unlock(const Judgement& judged, const licence::Context& ctx);

    /// The catalogue's tier policy (the personal-file rule, preview length...).
    base::Result<catalogue::TierPolicy> policy();
    /// A run on the wall clock reached `now` (the player, the library table, a judgement worker: call it with
    /// the wall-clock instant it judges at, never with a QA clock). Raises the highest time seen at once in
    /// the offline lease this Judge applies (so the clock set back before `now` later in this session gives
    /// clock_rollback) and, with Access::ReadWrite, in `<data-dir>/sync.db` too (sync::raiseHighestSeen; at
    /// most once a minute, and only when later than the stored value). ReadOnly writes nothing. Returns the
    /// store's error (a read-only data dir): the in-memory raise stands regardless.
    /// [any thread, not the GUI thread: it may write sync.db] Does nothing without a synced lease.
    base::Status noteWallClock(base::Instant now);

    /// After an import or a rescan through other connections: drops cached decisions and identifications
    /// of files outside the library and the catalogue id -> recording map, re-reads the policy and the
    /// decision index.
    void invalidate();
    /// Closes the connections and drops their caches (tens of MiB after judging a large library); the
    /// next call opens them again. Keeps what judgeLibrary() learnt of catalogue id -> recording row id
    /// (a few MiB for 100k tracks), so the next judgeLibrary() does not look them up again; that map is
    /// dropped by invalidate() and whenever catalogue.db or its WAL changed on disk.
    void releaseMemory();

private:
    struct Impl;
    std::mutex m_mutex;
    std::unique_ptr<Impl> m_impl;
};

} // namespace accord::judgement
