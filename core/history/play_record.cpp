// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "history/play_record.hpp"

namespace accord::history {

const char* toString(PlayOutcome outcome) noexcept
{
    switch (outcome) {
    case PlayOutcome::Played:
        return "played";
    case PlayOutcome::Preview:
        return "preview";
    case PlayOutcome::Capped:
        return "capped";
    case PlayOutcome::Blocked:
        return "blocked";
    }
    return "played";
}

std::optional<PlayOutcome> parseOutcome(std::string_view text) noexcept
{
    for (PlayOutcome o :
         {PlayOutcome::Played, PlayOutcome::Preview, PlayOutcome::Capped, PlayOutcome::Blocked})
        if (text == toString(o))
            return o;
    return std::nullopt;
}

} // namespace accord::history
