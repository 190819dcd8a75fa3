// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "demo/demo_catalogue.hpp"

#include "catalogue/db/catalogue.hpp"
#include "catalogue/import/catalogue_importer.hpp"
#include "demo/demo_set.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <system_error>

namespace accord::demo {

namespace {

using nlohmann::json;

json deal(const char* id, const char* recording, json territories, json uses)
{
    return json{{"id", id},
                {"recording", recording},
                {"licensor", "P-harbour"},
                {"licensee", "Accord Demo Service"},
                {"territories", std::move(territories)},
                {"use_types", std::move(uses)},
                {"commercial_models", {"AdvertisementSupportedModel", "SubscriptionModel"}}};
}

} // namespace

std::string demoCatalogueJson(base::Instant now)
{
    json recordings = json::array();
    for (const DemoTrack& t : demoSet()) {
        if (t.isrc[0] == '\0')
            continue; // the personal file is not in the catalogue
        json r{{"id", std::string("DEMO-") + t.isrc},
               {"isrc", t.isrc},
               {"title", t.title},
               {"artists", {t.artist}},
               {"duration", static_cast<int>(t.seconds)}};
        recordings.push_back(std::move(r));
    }
    recordings[0]["aliases"] = {"\u6674\u7a7a", "Qing Kong"}; // 晴空: filter by alias
    recordings[2]["aliases"] = {"\u8fdc\u65b9"};              // 远方

    const std::string takedownEffective = base::formatIso8601(now - std::chrono::days(7));
    json deals = json::array();
    deals.push_back(deal("D-open-skies", "DEMO-QZDA82600001", "Worldwide", {"stream", "download"}));
    json ended = deal("D-last-summer", "DEMO-QZDA82600002", "Worldwide", {"stream"});
    ended["start"] = "2020-01-01";
    ended["end"] = "2025-08-31";
    deals.push_back(ended);
    deals.push_back(deal("D-far-province-jp", "DEMO-QZDA82600003", {"JP"}, {"stream"}));
    deals.push_back(deal("D-studio-master", "DEMO-QZDA82600004", "Worldwide", {"stream"}));
    deals.push_back(deal("D-notice-given", "DEMO-QZDA82600005", "Worldwide", {"stream"}));
    deals.push_back(deal("D-sample-only", "DEMO-QZDA82600006", "Worldwide", {"preview"}));

    const json doc{
        {"format", "accord-catalogue"},
        {"version", 1},
        {"policy", {{"preview_seconds", 30}, {"unidentified_playable", true}}},
        {"parties", {{{"id", "P-harbour"}, {"name", "Harbour Records"}, {"role", "label"}}}},
        {"recordings", recordings},
        {"releases",
         {{{"id", "DEMO-R-HARBOUR"},
           {"title", "Harbour"},
           {"tracks", {"DEMO-QZDA82600007", "DEMO-QZDA82600008"}}}}},
        {"deals", deals},
        {"takedowns",
         {{{"id", "TD-notice-given"},
           {"recording", "DEMO-QZDA82600005"},
           {"territories", "Worldwide"},
           {"effective", takedownEffective},
           {"transition", "P60D"},
           {"notice", "2026-DEMO-0042"}}}},
        {"purchases", {{{"release", "DEMO-R-HARBOUR"}, {"purchased_at", "2026-01-15"}}}},
    };
    return doc.dump(2);
}

base::Status installDemoCatalogue(const std::filesystem::path& file, const std::filesystem::path& catalogueDb,
                                  base::Instant now)
{
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out << demoCatalogueJson(now);
        if (!out)
            return base::Error(base::ErrorCode::Io, "cannot write the demo catalogue").inFile(file.string());
    }
    std::error_code ec;
    std::filesystem::create_directories(catalogueDb.parent_path(), ec);
    if (ec)
        return base::Error(base::ErrorCode::Io, "cannot create folder: " + ec.message())
            .inFile(catalogueDb.parent_path().string());
    auto catalogue = catalogue::Catalogue::open(catalogueDb);
    if (!catalogue.ok())
        return catalogue.error();
    const std::filesystem::path files[] = {file};
    auto reports = catalogue::importCatalogueFiles(*catalogue, files);
    if (!reports.ok())
        return reports.error();
    return {};
}

} // namespace accord::demo
