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
    std::string isrc;      ///< normalised
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

struct DdexDeal {
    std::vector<std::string> releaseReferences; ///< DealReleaseReference
    TerritorySet territories;
    std::string start; ///< StartDate or StartDateTime, may be empty
    std::string end;   ///< EndDate or EndDateTime, may be empty
    std::vector<std::string> commercialModels;
    UseTypes useTypes = 0; ///< 0 when none of its UseTypes concerns playback
    bool takeDown = false;
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
};

} // namespace accord::catalogue
