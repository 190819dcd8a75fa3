// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace accord::ui {

/// What the licence gate says about one track, as the UI shows it. `Capped` is a playable decision with a
/// resolution cap; `Unidentified` a personal file the catalogue does not know (the tier policy decides).
enum class Verdict : std::uint8_t { Unknown, Playable, Preview, Capped, Blocked, Unidentified };

/// True when activating the track plays at least part of it (every verdict but Blocked).
bool verdictPlays(Verdict v) noexcept;
/// Short translated name: "Playable", "Preview 0:30", "Blocked"... [GUI thread: uses tr()]
QString verdictName(Verdict v);
/// Stable machine name ("playable", "preview", ...), for settings and tests.
const char* verdictKey(Verdict v) noexcept;

/// One reason a decision took the form it did.
struct ReasonInfo {
    QString code; ///< stable: "no-licence-territory", "licence-ended", ...
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
};

} // namespace accord::ui
