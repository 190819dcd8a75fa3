// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "catalogue/model/recording.hpp"
#include "identify/identification.hpp"
#include "licence/context.hpp"
#include "licence/decision.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace accord::judgement {

/// What a file (or ISRC) was identified as, as the decision used it.
struct Identity {
    identify::Method method = identify::Method::Unidentified;
    double confidence = 0;                   ///< in [0, 1]; 0 when unidentified
    std::string catalogueId;                 ///< the recording's catalogue id; empty when unidentified
    std::optional<std::int64_t> recordingId; ///< the catalogue row; nullopt when unidentified
};

/// The answer to "may this play, and why": how it was identified and the full licence decision.
/// [any thread] Plain value type.
struct Judgement {
    Identity identification;
    licence::Decision decision;
    /// The file's format as the decision used it (nullopt: no file, or its format is unknown); what
    /// Judge::unlock() decides the alternatives for.
    std::optional<licence::SourceFormat> source;
};

/// One library track's judgement (Judge::judgeLibrary()).
struct TrackJudgement {
    std::int64_t trackId = 0;
    Judgement judgement;
};

/// One catalogue recording's judgement in one of several contexts (Judge::judgeCatalogue()).
struct RecordingJudgement {
    const catalogue::RecordingKey* recording = nullptr; ///< valid during the visit only
    std::size_t context = 0;                            ///< index into the contexts given
    Judgement judgement;
};

} // namespace accord::judgement
