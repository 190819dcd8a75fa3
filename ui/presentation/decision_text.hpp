// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "application/app_settings.hpp"
#include "audio/resolution_limit.hpp"
#include "judgement/listener.hpp"
#include "licence/context.hpp"
#include "licence/decision.hpp"
#include "licence/unlock.hpp"
#include "presentation/verdict.hpp"

#include <optional>
#include <string_view>

namespace accord::ui {

/// The facts about a file the UI needs to turn a Decision into a Verdict.
struct FileFacts {
    std::uint32_t sampleRate = 0;
    std::uint16_t bitDepth = 0; ///< 0 for lossy codecs (the library's AudioProperties::bitDepth)
    bool identified = false;
    bool floatSamples = false; ///< float PCM (the library's codec "pcm_float")

    /// From the library's audio properties (TrackListing, AudioProperties): codec "pcm_float" is float.
    static FileFacts fromLibrary(std::uint32_t sampleRate, std::uint16_t bitDepth, std::string_view codec,
                                 bool identified);
    /// What licence caps are applied to (audio::limitResolution), as the player sees the decoded file.
    audio::SourceResolution resolution() const noexcept;
};

/// The window's listener context as core takes it: the one conversion (QA overrides included; an invalid
/// `at` follows the wall clock, a valid one stands still). [any thread]
judgement::Listener toListener(const ListenerContext& listener);
/// toListener(listener).context(): the licence context for a decision made now. [any thread]
licence::Context toLicenceContext(const ListenerContext& listener);
/// Playable + a cap that changes the file (audio::limitResolution of licence::limitsFor(cap): above
/// 16-bit / 48 kHz under standard, 32-bit or float PCM or above 192 kHz under hi-res) is "Capped"; a decision
/// for an unidentified file that plays is "Unidentified". [any thread, pure]
Verdict toVerdict(const licence::Decision& decision, const FileFacts& facts);
/// The sentence a row's tooltip shows: the reason that explains `verdict`, the row's own toVerdict() of
/// `decision`. A cap reason ("SVIP required for hi-res") only for a Capped row, never for a file the cap
/// leaves alone; the personal-file rule for an Unidentified row; for Blocked and Preview the first reason
/// that limits; for Playable a limit that does not stop it (a takedown's transition), else the grant.
/// [any thread, pure]
QString mainReason(const licence::Decision& decision, Verdict verdict);
/// Everything for the "Why" panel. `unlocks`: what would make it play (judgement::Judge::unlock() of the
/// same judgement), shown when the decision does not play in full; null: not asked. [any thread, pure]
Explanation toExplanation(const licence::Decision& decision, const FileFacts& facts,
                          const QString& identifiedBy, const ListenerContext& listener,
                          const std::vector<licence::Unlock>* unlocks = nullptr);
QDateTime toQDateTime(base::Instant instant);

} // namespace accord::ui
