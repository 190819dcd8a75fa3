// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace accord::ui {

/// How the UI shows one track's licence::Decision: a presentation state, derived only by toVerdict()
/// (presentation/decision_text.hpp) from the core's licence::Verdict, cap and identification. `Capped` is
/// a playable decision with a resolution cap; `Unidentified` a personal file the catalogue does not know
/// (the tier policy decides); `Unknown` not judged yet.
enum class Verdict : std::uint8_t { Unknown, Playable, Preview, Capped, Blocked, Unidentified };

/// True when activating the track plays at least part of it (every verdict but Blocked).
bool verdictPlays(Verdict v) noexcept;
/// Short translated name: "Playable", "Preview 0:30", "Blocked"... [GUI thread: uses tr()]
QString verdictName(Verdict v);
/// Stable machine name ("playable", "preview", ...), for settings and tests.
const char* verdictKey(Verdict v) noexcept;

/// One licence::Reason as the listener reads it: the core's code, and its text localised by
/// localisedReason() (presentation/reason_text.hpp; titles and translations keyed by that code).
struct ReasonInfo {
    QString code; ///< the core's code, a licence::reason constant: "territory_not_licensed", ...
    QString text; ///< for people
};

/// The full explanation behind a verdict, shown by the "Why can't I play this?" panel. Fetched on demand
/// (rows only keep the verdict and the main reason).
struct Explanation {
    Verdict verdict = Verdict::Unknown;
    QString capText;           ///< "SVIP required for hi-res" when capped
    QList<ReasonInfo> reasons; ///< every reason that applied
    QStringList deals;         ///< the deals considered, one line each
    QDateTime validUntil;      ///< invalid: the answer does not change by itself
    QString identifiedBy;      ///< "ISRC tag (GBAYE0601498)", "fingerprint, 0.97", "not identified"
    QString context;           ///< "CN, VIP, desktop, 2026-11-21 20:00 UTC"
    /// "What would make it playable" was asked (the decision does not play in full): show `unlocks`, or
    /// that nothing would. false: the section is not shown.
    bool unlockSearched = false;
    QStringList unlocks; ///< one line per alternative: "With SVIP: plays in hi-res", "In JP: plays"
};

} // namespace accord::ui
