// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The offline lease's rules on top of a decision, table-driven.
#include "licence/offline_terms.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::licence;

namespace {

base::Instant at(const char* iso)
{
    return base::parseIso8601(iso)->instant;
}

Decision playable(std::optional<base::Instant> validUntil)
{
    Decision d;
    d.verdict = Verdict::Playable;
    d.cap = catalogue::ResolutionCap::Standard;
    d.reasons = {{reason::kLicensed, "Licensed"}};
    d.validUntil = validUntil;
    return d;
}

} // namespace

TEST_CASE("offline terms: lease expiry, clock rollback, revocation, not_after and valid_until", "[licence]")
{
    OfflineTerms terms;
    terms.offlineUntil = at("2015-03-31T00:00:00Z");
    terms.highestSeen = at("2015-03-02T00:00:00Z");
    terms.tracks["ACC-1"] = std::nullopt;
    terms.tracks["ACC-2"] = at("2015-03-20T00:00:00Z");

    struct Row {
        const char* recording;
        const char* when;
        bool revoked;
        std::optional<base::Instant> catalogueUntil;
        const char* code; ///< nullptr: the catalogue's decision stands
        std::optional<base::Instant> validUntil;
    };
    const Row rows[] = {
        {"ACC-1", "2015-03-10T00:00:00Z", false, std::nullopt, nullptr, at("2015-03-31T00:00:00Z")},
        {"ACC-1", "2015-03-10T00:00:00Z", false, at("2015-03-15T00:00:00Z"), nullptr,
         at("2015-03-15T00:00:00Z")},
        {"ACC-2", "2015-03-10T00:00:00Z", false, std::nullopt, nullptr, at("2015-03-20T00:00:00Z")},
        {"ACC-2", "2015-03-20T00:00:00Z", false, std::nullopt, reason::kDownloadExpired, std::nullopt},
        {"ACC-1", "2015-03-31T00:00:00Z", false, std::nullopt, reason::kOfflineLeaseExpired, std::nullopt},
        {"ACC-1", "2015-03-01T23:59:59Z", false, std::nullopt, reason::kClockRollback,
         at("2015-03-02T00:00:00Z")},
        {"ACC-1", "2015-03-10T00:00:00Z", true, std::nullopt, reason::kDeviceRevoked, std::nullopt},
        {"ACC-9", "2015-04-10T00:00:00Z", true, std::nullopt, nullptr, std::nullopt}, // not leased: untouched
    };
    for (const Row& row : rows) {
        INFO(row.recording << " at " << row.when << (row.revoked ? " revoked" : ""));
        OfflineTerms t = terms;
        t.revoked = row.revoked;
        const Decision d = applyOfflineTerms(playable(row.catalogueUntil), t, row.recording, at(row.when));
        if (row.code) {
            CHECK(d.verdict == Verdict::Blocked);
            CHECK(d.cap == catalogue::ResolutionCap::None);
            REQUIRE(d.reasons.size() == 2);
            CHECK(d.reasons[0].code == row.code);
            CHECK(d.reasons[1].code == reason::kLicensed);
        } else {
            CHECK(d.verdict == Verdict::Playable);
            CHECK(d.reasons.size() == 1);
        }
        CHECK(d.validUntil == row.validUntil);
    }
}
