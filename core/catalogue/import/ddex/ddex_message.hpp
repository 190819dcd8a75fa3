// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "catalogue/model/territory_set.hpp"
#include "catalogue/model/use_type.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace accord::catalogue {

/// The parts of a DDEX ERN NewReleaseMessage (3.8.2 or 4.x) that the catalogue keeps, read from the XML
/// tree but not yet written. Times are still text: the importer resolves them in the catalogue's zone.
/// [any thread] Plain value types.
struct DdexSoundRecording {
    std::string reference; ///< ResourceReference (A1)
    std::string isrc;      ///< normalised; empty for a recording identified only by a ProprietaryId
    /// "prop:<Namespace>:<ProprietaryId>" when the recording has no ISRC (the catalogue id it is keyed by).
    std::string proprietaryKey;
    std::string title;
    std::vector<std::string> otherTitles; ///< become aliases
    std::vector<std::string> artists;
    std::optional<std::int64_t> durationMs;
    long line = 0;
};

struct DdexRelease {
    std::string reference; ///< ReleaseReference (R0)
    std::string key;       ///< ICPN, GRid, ISRC or proprietary id: stable across messages
    std::optional<std::string> icpn;
    std::string title;
    std::vector<std::string> resourceReferences; ///< in track order
    long line = 0;
};

/// One ValidityPeriod (DealTerms has 1..n of them: the deal is valid in any of them).
struct DdexPeriod {
    std::string start; ///< StartDate or StartDateTime; empty when the period has none (open start)
    std::string end;   ///< EndDate or EndDateTime; empty when the period has none (open end)
    long line = 0;
};

struct DdexDeal {
    std::vector<std::string> releaseReferences; ///< DealReleaseReference
    TerritorySet territories;
    std::vector<DdexPeriod> periods; ///< empty: no ValidityPeriod (open-ended)
    std::vector<std::string> commercialModels;
    UseTypes useTypes = 0;        ///< 0 when none of its UseTypes is one Accord plays
    std::int64_t usesIgnored = 0; ///< UseType values that grant nothing Accord does (see FORMAT.md)
    bool takeDown = false;
    bool allDealsCancelled = false; ///< 3.x DealTerms/AllDealsCancelled = true
    long line = 0;
};

/// A PurgeReleaseMessage's PurgedRelease: the release whose deals are to be removed.
struct DdexPurgedRelease {
    std::string key; ///< as DdexRelease::key
    long line = 0;
};

struct DdexMessage {
    int majorVersion = 3; ///< 3 (ERN 3.8.2) or 4 (ERN 4.x)
    std::string messageId;
    std::string createdAt;
    std::string senderId;
    std::string senderName;
    std::string recipientId;
    std::string recipientName;
    std::vector<DdexSoundRecording> recordings;
    std::vector<DdexRelease> releases;
    std::vector<DdexDeal> deals;
    bool purge = false; ///< a PurgeReleaseMessage: only purgedReleases is filled
    std::vector<DdexPurgedRelease> purgedReleases;
};

} // namespace accord::catalogue
