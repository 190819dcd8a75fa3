// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/synth/synthesiser.hpp"

#include "catalogue/db/catalogue_writer.hpp"
#include "catalogue/db/fingerprint_bulk_load.hpp"
#include "catalogue/rights/rights_file_writer.hpp"
#include "catalogue/rights/rights_index.hpp"
#include "catalogue/synth/synth_prints.hpp"
#include "storage/transaction.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <optional>
#include <random>

namespace accord::catalogue {

namespace {

constexpr int kLabels = 20;
constexpr int kAlbumTracks = 10;
constexpr std::array<const char*, 40> kTerritories{
    "CN", "HK", "TW", "MO", "JP", "KR", "SG", "MY", "TH", "VN", "ID", "PH", "IN", "AU",
    "NZ", "US", "CA", "MX", "BR", "AR", "GB", "IE", "FR", "DE", "ES", "IT", "NL", "BE",
    "SE", "NO", "DK", "FI", "PL", "CZ", "AT", "CH", "PT", "TR", "ZA", "AE"};
constexpr auto kTerritoryCount = static_cast<std::int64_t>(kTerritories.size());
const char* territoryAt(std::int64_t i)
{
    return kTerritories[static_cast<size_t>(i)];
}

constexpr const char* kDistributor = "Synth Distribution";
constexpr const char* kSublicensee = "Synth Sublicensee";
std::string labelName(int label)
{
    char name[32];
    std::snprintf(name, sizeof name, "Synth Label %02d", label);
    return name;
}

constexpr std::array<const char*, 32> kWords{
    "sunny",  "day",     "blue",   "porcelain", "night",  "river",  "moon",   "paper",
    "kite",   "rain",    "city",   "light",     "heart",  "summer", "winter", "dream",
    "orange", "jasmine", "wind",   "song",      "star",   "road",   "home",   "fire",
    "ocean",  "silver",  "golden", "echo",      "shadow", "garden", "mirror", "lantern"};
constexpr std::array<const char*, 4> kIsrcCountries{"CN", "TW", "HK", "GB"};

class Synth {
public:
    Synth(CatalogueWriter& w, std::uint64_t seed, const SynthPrints* prints, std::int64_t fingerprinted)
        : m_w(w), m_rng(seed), m_prints(prints), m_fingerprinted(fingerprinted)
    {
    }

    std::int64_t pick(std::int64_t lo, std::int64_t hi) // inclusive
    {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(m_rng);
    }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }

    base::Instant day(std::int64_t daysFrom2010)
    {
        return base::Instant(std::chrono::seconds((14610 + daysFrom2010) * 86400)); // 2010-01-01 + n days
    }

    TerritorySet territories(const TerritorySet* within)
    {
        TerritorySet t;
        if (within && !within->isWorldwide() && !within->included().empty()) {
            // A sublicence: mostly inside its parent, sometimes (10%) reaching one territory beyond it.
            const auto& inc = within->included();
            const auto n = pick(1, static_cast<std::int64_t>(inc.size()));
            for (std::int64_t i = 0; i < n; ++i)
                (void)t.include(inc[static_cast<size_t>(pick(0, static_cast<std::int64_t>(inc.size()) - 1))]);
            if (chance(0.1))
                (void)t.include(territoryAt(pick(0, kTerritoryCount - 1)));
            return t;
        }
        if (chance(0.3)) {
            t = TerritorySet::worldwide();
            for (std::int64_t i = pick(0, 3); i > 0; --i)
                (void)t.exclude(territoryAt(pick(0, kTerritoryCount - 1)));
            return t;
        }
        for (std::int64_t i = pick(5, 25); i > 0; --i)
            (void)t.include(territoryAt(pick(0, kTerritoryCount - 1)));
        return t;
    }

    void window(Deal& d, const Deal* parent)
    {
        std::int64_t start = pick(0, 3650);
        std::optional<std::int64_t> end;
        if (chance(0.6))
            end = start + pick(365, 6 * 365);
        if (parent && parent->validFrom) {
            const std::int64_t parentStart = (parent->validFrom->time_since_epoch().count() / 86400) - 14610;
            start = std::max(start, parentStart + pick(0, 200));
            end = start + pick(180, 4 * 365); // may outlive the parent: decide() clips it
        }
        d.validFrom = day(start);
        if (end)
            d.validUntil = day(*end);
    }

    std::string title()
    {
        std::string t;
        for (std::int64_t n = pick(1, 4); n > 0; --n) {
            std::string w =
                kWords[static_cast<size_t>(pick(0, static_cast<std::int64_t>(kWords.size()) - 1))];
            if (t.empty())
                w[0] = static_cast<char>(w[0] - 'a' + 'A');
            t += (t.empty() ? "" : " ") + w;
        }
        return t;
    }

    base::Status album(std::int64_t firstIndex, std::int64_t tracks, std::int64_t albumNo,
                       SynthReport& report);

private:
    CatalogueWriter& m_w;
    std::mt19937_64 m_rng;
    const SynthPrints* m_prints = nullptr;
    std::int64_t m_fingerprinted = -1;
};

base::Status Synth::album(std::int64_t firstIndex, std::int64_t tracks, std::int64_t albumNo,
                          SynthReport& report)
{
    Release rel;
    char key[32];
    std::snprintf(key, sizeof key, "SYN-R%09lld", static_cast<long long>(albumNo));
    rel.releaseKey = key;
    char icpn[16];
    std::snprintf(icpn, sizeof icpn, "9%012lld", static_cast<long long>(albumNo));
    rel.icpn = icpn;
    rel.title = title();
    const std::string artist = "Artist " + std::to_string(pick(1, 5000));
    for (std::int64_t i = firstIndex; i < firstIndex + tracks; ++i) {
        Recording r;
        r.catalogueId = "SYN-" + std::to_string(i);
        r.isrc = synthIsrc(i);
        r.title = title();
        r.artists = {artist};
        if (chance(0.15))
            r.artists.push_back("Artist " + std::to_string(pick(1, 5000)));
        r.durationMs = pick(120, 400) * 1000;
        if (chance(0.1)) {
            r.aliases = {r.title + " (Live)", "Track " + std::to_string(i)};
            report.aliases += 2;
        }
        if (m_prints && (m_fingerprinted < 0 || i < m_fingerprinted)) {
            r.fingerprint = m_prints->derive(i);
            r.fingerprintDurationS = SynthPrints::kSeconds;
            ++report.fingerprints;
        }
        auto id = m_w.upsertRecording(r, false);
        if (!id.ok())
            return std::move(id).error();
        rel.trackRecordingIds.push_back(*id);
        ++report.recordings;
        if (chance(0.005)) {
            ACCORD_TRY(m_w.addPurchase(Purchase{0, Scope::Recording, *id, day(pick(0, 4000))}));
            ++report.purchases;
        }
    }
    auto releaseId = m_w.upsertRelease(rel);
    if (!releaseId.ok())
        return std::move(releaseId).error();
    ++report.releases;

    Deal main;
    main.dealKey = std::string(key) + ":1";
    main.scope = Scope::Release;
    main.subjectId = *releaseId;
    main.licensor = labelName(static_cast<int>(albumNo % kLabels));
    main.licensee = kDistributor;
    main.territories = territories(nullptr);
    window(main, nullptr);
    const double m = std::uniform_real_distribution<double>(0, 1)(m_rng);
    main.commercialModels = m < 0.6 ? std::vector<std::string>{"SubscriptionModel"}
                            : m < 0.85
                                ? std::vector<std::string>{"AdvertisementSupportedModel", "SubscriptionModel"}
                                : std::vector<std::string>{"AdvertisementSupportedModel"};
    main.useTypes = static_cast<UseTypes>(bit(UseType::Stream) | (chance(0.5) ? bit(UseType::Download) : 0));
    main.exclusive = chance(0.2);
    auto mainId = m_w.upsertDeal(main, "synth");
    if (!mainId.ok())
        return std::move(mainId).error();
    main.id = *mainId;
    ++report.deals;
    if (chance(0.25)) {
        Deal second = main;
        second.dealKey = std::string(key) + ":2";
        second.territories = territories(nullptr);
        window(second, nullptr);
        ACCORD_TRY(m_w.upsertDeal(second, "synth"));
        ++report.deals;
    }
    if (chance(0.2)) {
        Deal sub;
        sub.dealKey = std::string(key) + ":sub";
        sub.scope = Scope::Recording;
        sub.subjectId = rel.trackRecordingIds[static_cast<size_t>(pick(0, tracks - 1))];
        sub.licensor = kDistributor;
        sub.licensee = kSublicensee;
        sub.territories = territories(&main.territories);
        window(sub, &main);
        sub.commercialModels = {"AdvertisementSupportedModel"};
        sub.useTypes = bit(UseType::Stream);
        sub.parentId = main.id;
        ACCORD_TRY(m_w.upsertDeal(sub, "synth"));
        ++report.deals;
        ++report.sublicences;
    }
    if (chance(0.1)) {
        Deal preview;
        preview.dealKey = std::string(key) + ":preview";
        preview.scope = Scope::Release;
        preview.subjectId = *releaseId;
        preview.territories = TerritorySet::worldwide();
        preview.commercialModels = {"AdvertisementSupportedModel"};
        preview.useTypes = bit(UseType::Preview);
        ACCORD_TRY(m_w.upsertDeal(preview, "synth"));
        ++report.deals;
    }
    if (chance(0.05)) {
        Takedown t;
        t.takedownKey = std::string(key) + ":td";
        const bool wholeRelease = chance(0.5);
        t.scope = wholeRelease ? Scope::Release : Scope::Recording;
        t.subjectId =
            wholeRelease ? *releaseId : rel.trackRecordingIds[static_cast<size_t>(pick(0, tracks - 1))];
        (void)t.territories.include(territoryAt(pick(0, kTerritoryCount - 1)));
        t.effective = day(pick(700, 4700));
        t.transition = std::chrono::hours(24 * (chance(0.5) ? 0 : pick(1, 30)));
        t.notice = "SYN-NCAC-" + std::to_string(albumNo);
        ACCORD_TRY(m_w.upsertTakedown(t, "synth"));
        ++report.takedowns;
    }
    return {};
}

// The parties the deals name: labels license to the distributor, which sublicenses onward. Their names
// are the deals' licensor/licensee text, as an import that names a party id stores them.
base::Status writeParties(CatalogueWriter& w, SynthReport& report)
{
    for (int label = 0; label < kLabels; ++label) {
        char key[32];
        std::snprintf(key, sizeof key, "SYN-LABEL-%02d", label);
        ACCORD_TRY(w.upsertParty(key, labelName(label), "label"));
        ++report.parties;
    }
    ACCORD_TRY(w.upsertParty("SYN-DISTRIBUTION", kDistributor, "licensee"));
    ACCORD_TRY(w.upsertParty("SYN-SUBLICENSEE", kSublicensee, "licensee"));
    report.parties += 2;
    return {};
}

} // namespace

std::string synthIsrc(std::int64_t index)
{
    const std::int64_t label = index % kLabels;
    const std::int64_t seq = index / kLabels;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%sS%02lld%02lld%05lld", kIsrcCountries[static_cast<size_t>(label % 4)],
                  static_cast<long long>(label), static_cast<long long>((seq / 100000) % 100),
                  static_cast<long long>(seq % 100000));
    return buf;
}

base::Result<SynthReport> synthesiseCatalogue(Catalogue& catalogue, const SynthOptions& options,
                                              const std::function<void(std::int64_t)>& progress)
{
    SynthReport report;
    // A write transaction touching more pages than the page cache holds spills them to the WAL again and
    // again (the rights marks and rows are written all over): give the writer a 64 MiB cache.
    // Statement journals in memory too (see importCatalogueFiles).
    ACCORD_TRY(catalogue.connection().exec("PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY"));
    CatalogueWriter writer(catalogue.connection());
    // The pool of real prints the recordings' prints are cut from (SynthPrints): one 120 s piece per
    // thousand recordings, at least 8, at most 1000 (~1M items: the term frequencies of a catalogue of
    // distinct pieces, sampled). Fingerprinted in parallel.
    std::optional<SynthPrints> prints;
    std::optional<FingerprintBulkLoad> bulk;
    if (options.fingerprinted != 0) {
        const auto t0 = std::chrono::steady_clock::now();
        const std::int64_t printed = options.fingerprinted < 0
                                         ? options.recordings
                                         : std::min(options.recordings, options.fingerprinted);
        prints.emplace(options.seed, static_cast<int>(std::clamp<std::int64_t>(printed / 1000, 8, 1000)));
        report.fingerprintPoolItems = static_cast<std::int64_t>(prints->poolItems());
        report.fingerprintPoolSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        auto load = FingerprintBulkLoad::begin(catalogue.connection());
        if (!load.ok())
            return std::move(load).error();
        bulk.emplace(std::move(*load));
    }
    Synth synth(writer, options.seed, prints ? &*prints : nullptr, options.fingerprinted);
    ACCORD_TRY(writeParties(writer, report));
    std::int64_t next = 0;
    std::int64_t albumNo = 0;
    while (next < options.recordings) {
        auto tx = storage::Transaction::begin(catalogue.connection());
        if (!tx.ok())
            return std::move(tx).error();
        const std::int64_t batchEnd =
            std::min(options.recordings, next + std::max<std::int64_t>(options.batchRecordings, 1));
        while (next < batchEnd) {
            const std::int64_t tracks = std::min<std::int64_t>(kAlbumTracks, options.recordings - next);
            ACCORD_TRY(synth.album(next, tracks, albumNo++, report));
            next += tracks;
        }
        auto rebuilt = refreshRights(catalogue.connection());
        if (!rebuilt.ok())
            return std::move(rebuilt).error();
        ACCORD_TRY(tx->commit());
        if (progress)
            progress(next);
    }
    if (bulk) {
        const auto t0 = std::chrono::steady_clock::now();
        auto rows = bulk->finish();
        if (!rows.ok())
            return std::move(rows).error();
        report.fingerprintIndexRows = *rows;
        report.fingerprintIndexSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    }
    maintainRightsIndex(catalogue.connection());
    return report;
}

} // namespace accord::catalogue
