// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "presentation/verdict.hpp"

#include <QString>

#include <cstdint>

namespace accord::ui {

/// One library track as the track table keeps it: compact, with repeated strings interned in the
/// store's StringPool (the *Id fields). About 90 bytes plus the title and path; the filter's folded
/// text lives in the store's SearchIndex.
struct TrackRow {
    std::int64_t trackId = 0; ///< library id (0 for a file outside the library)
    QString path;
    QString title;
    std::uint32_t artistId = 0;
    std::uint32_t albumId = 0;
    std::uint32_t genreId = 0;
    std::uint32_t codecId = 0;
    std::uint32_t reasonId = 0; ///< main reason for the verdict (tooltip)
    std::uint32_t durationMs = 0;
    std::uint32_t sampleRate = 0;
    std::uint16_t year = 0;
    std::uint16_t trackNumber = 0;
    std::uint8_t discNumber = 0;
    std::uint8_t bitsPerSample = 0;
    Verdict verdict = Verdict::Unknown;
};

/// Plain input for TrackStore::add: what a loader reads from the library database and the gate.
struct TrackRecord {
    std::int64_t trackId = 0;
    QString path;
    QString title;
    QString artist;
    QString album;
    QString genre;
    QString codec;
    QStringList aliases; ///< catalogue title aliases, searched by the filter
    std::uint32_t durationMs = 0;
    std::uint32_t sampleRate = 0;
    std::uint16_t year = 0;
    std::uint16_t trackNumber = 0;
    std::uint8_t discNumber = 0;
    std::uint8_t bitsPerSample = 0;
    Verdict verdict = Verdict::Unknown;
    QString mainReason;
};

/// A new decision for one row of a TrackStore (by index).
struct VerdictUpdate {
    std::uint32_t index = 0;
    Verdict verdict = Verdict::Unknown;
    QString mainReason;
};

} // namespace accord::ui
