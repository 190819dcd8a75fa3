// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/time_point.hpp"
#include "catalogue/model/tier_policy.hpp"
#include "identify/identification.hpp"
#include "licence/decision.hpp"
#include "playback/track_gate.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace accord::playback {

/// Who is listening, where and when. `fixedAt` is the QA override: decide for that instant instead of the
/// wall clock (the clock then stands still at it).
struct ListenerSettings {
    std::string territory; ///< ISO 3166-1 alpha-2
    catalogue::Tier tier = catalogue::Tier::Free;
    catalogue::DeviceClass device = catalogue::DeviceClass::Desktop;
    std::optional<base::Instant> fixedAt;
};

/// How a file was judged: its identification and the full decision (for "why can't I play this?").
struct GateExplanation {
    identify::Method method = identify::Method::Unidentified;
    double confidence = 0;
    std::string catalogueId;
    licence::Decision decision;
};

/// One library track as check() judges it (LicenceTrackGate::judgeLibrary()).
struct LibraryJudgement {
    std::int64_t trackId = 0;
    GateExplanation explanation;
};

/// The player's gate over the licence catalogue: file -> recording (the library's identification when the
/// file is in the library, else identified on the spot: ISRC tag, catalogue id, fingerprint, title/artist)
/// -> licence::LicenceGate decision for the listener -> play / preview / block, with the resolution cap.
/// Owns its own catalogue and library connections. [any thread] (calls are serialised by a mutex).
/// Failure: when the catalogue cannot be opened, open() fails; a later database error blocks the file
/// with reason code "catalogue_error" rather than playing something unchecked.
class LicenceTrackGate final : public TrackGate {
public:
    static base::Result<std::shared_ptr<LicenceTrackGate>> open(const std::filesystem::path& dataDir,
                                                                ListenerSettings settings);
    ~LicenceTrackGate() override;

    void setSettings(ListenerSettings settings);
    ListenerSettings settings() const;
    /// Drops cached decisions and identifications (after an import or a rescan).
    void invalidate();

    GateVerdict check(const std::filesystem::path& file) override;
    std::chrono::sys_seconds now() const override;

    /// The identification and decision behind check(). [any thread]
    base::Result<GateExplanation> explain(const std::filesystem::path& file);

    /// Every library track judged by the very path check() takes for a library file: the stored
    /// identification (tracks never identified, or changed since, are identified first and stored) ->
    /// the recording it names -> the decision. For the library table, so it shows what the player
    /// applies. `visit` is called per track in track-id order; returning false stops early.
    /// Without a library, visits nothing. [any thread] (holds the gate's mutex throughout)
    base::Status judgeLibrary(const std::function<bool(const LibraryJudgement&)>& visit);

    /// The playback limits for a decision: block, preview, or play with a cap.
    static GateVerdict verdictFor(const licence::Decision& decision);

private:
    struct Impl;
    explicit LicenceTrackGate(std::unique_ptr<Impl> impl);
    base::Result<GateExplanation> explainLocked(const std::filesystem::path& file);
    mutable std::mutex m_mutex;
    std::unique_ptr<Impl> m_impl;
};

} // namespace accord::playback
