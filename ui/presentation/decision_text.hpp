// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "application/app_settings.hpp"
#include "judgement/listener.hpp"
#include "licence/context.hpp"
#include "licence/decision.hpp"
#include "presentation/verdict.hpp"

#include <optional>

namespace accord::ui {

/// The facts about a file the UI needs to turn a Decision into a Verdict.
struct FileFacts {
    std::uint32_t sampleRate = 0;
    std::uint16_t bitDepth = 0;
    bool identified = false;
};

/// The window's listener context as core takes it: the one conversion (QA overrides included; an invalid
/// `at` follows the wall clock, a valid one stands still). [any thread]
judgement::Listener toListener(const ListenerContext& listener);
/// toListener(listener).context(): the licence context for a decision made now. [any thread]
licence::Context toLicenceContext(const ListenerContext& listener);
/// Playable + a standard cap on a hi-res file is "Capped"; a decision for an unidentified file that
/// plays is "Unidentified". [any thread, pure]
Verdict toVerdict(const licence::Decision& decision, const FileFacts& facts);
/// The sentence a row's tooltip shows: the first reason that explains the verdict. [any thread, pure]
QString mainReason(const licence::Decision& decision);
/// Everything for the "Why" panel. [any thread, pure]
Explanation toExplanation(const licence::Decision& decision, const FileFacts& facts,
                          const QString& identifiedBy, const ListenerContext& listener);
QDateTime toQDateTime(base::Instant instant);

} // namespace accord::ui
