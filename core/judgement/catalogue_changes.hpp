// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "base/time_point.hpp"
#include "catalogue/model/recording.hpp"
#include "licence/context.hpp"
#include "licence/decision.hpp"

#include <cstddef>
#include <functional>
#include <vector>

namespace accord::judgement {

class Judge;

/// One change of one recording's decision in one context: at `at` the answer went from `before` to `after`.
struct DecisionChange {
    const catalogue::RecordingKey* recording = nullptr; ///< valid during the visit only
    std::size_t context = 0;                            ///< index into the contexts given
    base::Instant at{};
    licence::Decision before;
    licence::Decision after;
};

/// Whether a listener would see a difference: verdict, cap or the reason codes (in order). A new
/// valid_until or deal list alone is not a change. [any thread] Pure.
bool decisionChanged(const licence::Decision& before, const licence::Decision& after);

/// Every change of every catalogue recording's decision, in each context, at instants in [from, to) (the
/// contexts' own `at` is ignored). Each recording is judged through Judge::judgeCatalogue just before
/// `from` (from - 1 s), then walked from change point to change point (the decision's valid_until, where
/// it may change) with Judge::judgeRecording until valid_until is absent or not before `to`; a change point
/// where decisionChanged() is false is passed over silently. Visits in recording id order, then context,
/// then time; returning false stops. [any thread but inside another Judge call] Failure: the Judge's.
base::Status judgeCatalogueChanges(Judge& judge, const std::vector<licence::Context>& contexts,
                                   base::Instant from, base::Instant to,
                                   const std::function<bool(const DecisionChange&)>& visit);

} // namespace accord::judgement
