// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl availability --territory CC --tier T [--device CLASS] [--at ISO-8601] [--format csv|json]
// Every library track with its licence decision and reasons: judgement::Judge::judgeLibrary(), the batch
// the library table shows and the very path the player takes for a library file. Tracks not identified yet
// (or changed since) are identified for this listing (stored by `accordctl identify` or a scan, never
// here: reading never writes, so a read-only data dir or a full disk lists as well). Unidentified tracks
// get the tier policy's answer for personal files.
#include "catalogue_location.hpp"
#include "commands.hpp"
#include "csv_field.hpp"
#include "judgement/decision_json.hpp"
#include "licence_context_args.hpp"

#include "base/paths.hpp"
#include "catalogue/model/territory_set.hpp"
#include "judgement/judge.hpp"
#include "library/library_db.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <unordered_map>

namespace accord::cli {

namespace {

int fail(const base::Error& e)
{
    std::fprintf(stderr, "accordctl availability: %s\n", e.describe().c_str());
    return kExitFailure;
}

} // namespace

int runAvailability(Context& ctx)
{
    if (ctx.args.flag("--catalogue"))
        return runAvailabilityCatalogue(ctx);
    if (ctx.args.optionPair("--changes-between"))
        throw UsageError(
            "--changes-between needs --catalogue (it walks every catalogue recording's change points)");
    const licence::Context context = parseLicenceContext(ctx.args, ctx.dataDir);
    const std::string format = ctx.args.option("--format").value_or("csv");
    ctx.args.finish();
    if (format != "csv" && format != "json")
        throw UsageError("--format must be csv or json, not '" + format + "'");

    const auto libPath = library::LibraryDb::pathIn(ctx.dataDir);
    if (!std::filesystem::exists(libPath)) {
        std::fprintf(stderr, "accordctl availability: no library at %s (accordctl scan DIR...)\n",
                     base::displayPath(libPath).c_str());
        return kExitFailure;
    }
    auto db = library::LibraryDb::openForReading(libPath); // reading never needs writing
    if (!db)
        return fail(db.error());
    auto tracks = db->tracks();
    if (!tracks)
        return fail(tracks.error());
    (void)cataloguePath(ctx); // creates the data folder; a failure shows when the catalogue opens
    auto judge = judgement::Judge::open(ctx.dataDir, judgement::Judge::Access::ReadOnly);
    if (!judge)
        return fail(judge.error());
    // The batch judgement the library table shows (track-id order), printed in the listing's path order.
    std::unordered_map<std::int64_t, judgement::Judgement> judged;
    judged.reserve(tracks->size());
    if (auto st = (*judge)->judgeLibrary(context,
                                         [&](const judgement::TrackJudgement& t) {
                                             judged.emplace(t.trackId, t.judgement);
                                             return true;
                                         });
        !st)
        return fail(st.error());

    nlohmann::json rows = nlohmann::json::array();
    if (format == "csv")
        std::printf("path,title,artists,recording,method,confidence,verdict,cap,reasons,valid_until\n");
    for (const library::StoredTrack& t : *tracks) {
        auto it = judged.find(t.id);
        if (it == judged.end()) { // identified after the batch read them (a scan running meanwhile)
            auto one = (*judge)->judgeTrack(t.id, context);
            if (!one)
                return fail(one.error());
            if (!*one)
                continue; // removed meanwhile
            it = judged.emplace(t.id, std::move(**one)).first;
        }
        const judgement::Identity& ident = it->second.identification;
        const licence::Decision* decision = &it->second.decision;
        std::string artists;
        for (const std::string& a : t.info.tags.artists)
            artists += (artists.empty() ? "" : "; ") + a;
        if (format == "json") {
            rows.push_back({{"path", base::displayPath(t.path)},
                            {"title", t.info.tags.title},
                            {"artists", t.info.tags.artists},
                            {"recording", ident.catalogueId.empty() ? nlohmann::json()
                                                                    : nlohmann::json(ident.catalogueId)},
                            {"method", identify::toString(ident.method)},
                            {"confidence", ident.confidence},
                            {"decision", judgement::decisionToJson(*decision)}});
            continue;
        }
        std::string reasons;
        for (const licence::Reason& r : decision->reasons)
            reasons += (reasons.empty() ? "" : "; ") + r.code + ": " + r.text;
        std::printf("%s,%s,%s,%s,%s,%.2f,%s,%s,%s,%s\n", csvField(base::displayPath(t.path)).c_str(),
                    csvField(t.info.tags.title).c_str(), csvField(artists).c_str(),
                    csvField(ident.catalogueId).c_str(), identify::toString(ident.method), ident.confidence,
                    licence::toString(decision->verdict), catalogue::toString(decision->cap),
                    csvField(reasons).c_str(),
                    decision->validUntil ? base::formatIso8601(*decision->validUntil).c_str() : "");
    }
    if (format == "json")
        std::printf("%s\n", rows.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    return kExitOk;
}

} // namespace accord::cli
