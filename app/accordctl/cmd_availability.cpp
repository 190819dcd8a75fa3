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

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <utility>
#include <vector>

namespace accord::cli {

namespace {

int fail(const base::Error& e)
{
    std::fprintf(stderr, "accordctl availability: %s\n", e.describe().c_str());
    return kExitFailure;
}

/// The decision half of a CSV row ("recording,method,confidence,verdict,cap,reasons,valid_until"), made
/// once per track while the batch is judged, so that no judgement is copied or kept.
class DecisionColumns {
public:
    std::string operator()(const judgement::Judgement& j)
    {
        const judgement::Identity& ident = j.identification;
        const licence::Decision& d = j.decision;
        std::string out;
        out.reserve(96);
        appendCsvField(out, ident.catalogueId);
        out += ',';
        out += identify::toString(ident.method);
        out += ',';
        out += confidence(ident.confidence);
        out += ',';
        out += licence::toString(d.verdict);
        out += ',';
        out += catalogue::toString(d.cap);
        out += ',';
        m_reasons.clear();
        for (const licence::Reason& r : d.reasons) {
            if (!m_reasons.empty())
                m_reasons += "; ";
            m_reasons += r.code;
            m_reasons += ": ";
            m_reasons += r.text;
        }
        appendCsvField(out, m_reasons);
        out += ',';
        if (d.validUntil) {
            if (!m_untilValid || *d.validUntil != m_until) { // most rows share a few instants
                m_until = *d.validUntil;
                m_untilText = base::formatIso8601(m_until);
                m_untilValid = true;
            }
            out += m_untilText;
        }
        return out;
    }

private:
    // "%.2f", as printf wrote it; identifications have a handful of confidences.
    const std::string& confidence(double c)
    {
        if (!m_confidenceValid || c != m_confidence) {
            char text[32];
            const int n = std::snprintf(text, sizeof text, "%.2f", c);
            m_confidenceText.assign(text, static_cast<std::size_t>(std::max(n, 0)));
            m_confidence = c;
            m_confidenceValid = true;
        }
        return m_confidenceText;
    }

    std::string m_reasons;
    bool m_untilValid = false;
    base::Instant m_until{};
    std::string m_untilText;
    bool m_confidenceValid = false;
    double m_confidence = 0;
    std::string m_confidenceText;
};

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
    (void)cataloguePath(ctx); // creates the data folder; a failure shows when the catalogue opens
    auto judge = judgement::Judge::open(ctx.dataDir, judgement::Judge::Access::ReadOnly);
    if (!judge)
        return fail(judge.error());
    const bool csv = format == "csv";
    // The batch judgement the library table shows, in track-id order (so both lists below are sorted by
    // id), then printed in the listing's path order. For CSV each judgement is formatted as it comes and
    // dropped; JSON keeps the judgements.
    std::vector<std::pair<std::int64_t, std::string>> rowsById;
    std::vector<std::pair<std::int64_t, judgement::Judgement>> judgedById;
    DecisionColumns columns;
    if (auto st = (*judge)->judgeLibrary(context,
                                         [&](const judgement::TrackJudgement& t) {
                                             if (csv)
                                                 rowsById.emplace_back(t.trackId, columns(t.judgement));
                                             else
                                                 judgedById.emplace_back(t.trackId, t.judgement);
                                             return true;
                                         });
        !st)
        return fail(st.error());

    // Rows leave in large writes (one fwrite per row into a 1 MiB buffer).
    static char buffer[1 << 20];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
    nlohmann::json rows = nlohmann::json::array();
    if (csv)
        std::fputs("path,title,artists,recording,method,confidence,verdict,cap,reasons,valid_until\n",
                   stdout);
    std::string line;
    std::string artists;
    std::optional<base::Error> error;
    const auto listed = db->forEachListing([&](const library::TrackListing& t) {
        if (error)
            return;
        const judgement::Judgement* judged = nullptr;
        const std::string* tail = nullptr;
        std::optional<judgement::Judgement> late;
        if (csv) {
            const auto it = std::lower_bound(rowsById.begin(), rowsById.end(), t.id,
                                             [](const auto& row, std::int64_t id) { return row.first < id; });
            if (it != rowsById.end() && it->first == t.id)
                tail = &it->second;
        } else {
            const auto it = std::lower_bound(judgedById.begin(), judgedById.end(), t.id,
                                             [](const auto& row, std::int64_t id) { return row.first < id; });
            if (it != judgedById.end() && it->first == t.id)
                judged = &it->second;
        }
        std::string lateTail;
        if (!tail && !judged) { // identified after the batch read them (a scan running meanwhile)
            auto one = (*judge)->judgeTrack(t.id, context);
            if (!one) {
                error = one.error();
                return;
            }
            if (!*one)
                return; // removed meanwhile
            late = std::move(**one);
            judged = &*late;
            if (csv) {
                lateTail = columns(*late);
                tail = &lateTail;
            }
        }
        artists.clear();
        for (const std::string& a : t.artists) {
            if (!artists.empty())
                artists += "; ";
            artists += a;
        }
        if (!csv) {
            const judgement::Identity& ident = judged->identification;
            rows.push_back({{"path", base::displayPath(t.path)},
                            {"title", t.title},
                            {"artists", t.artists},
                            {"recording", ident.catalogueId.empty() ? nlohmann::json()
                                                                    : nlohmann::json(ident.catalogueId)},
                            {"method", identify::toString(ident.method)},
                            {"confidence", ident.confidence},
                            {"decision", judgement::decisionToJson(judged->decision)}});
            return;
        }
        line.clear();
        appendCsvField(line, base::displayPath(t.path));
        line += ',';
        appendCsvField(line, t.title);
        line += ',';
        appendCsvField(line, artists);
        line += ',';
        line += *tail;
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), stdout);
    });
    if (error)
        return fail(*error);
    if (!listed)
        return fail(listed.error());
    if (!csv)
        std::printf("%s\n", rows.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fprintf(stderr, "accordctl availability: writing the listing failed\n");
        return kExitFailure;
    }
    return kExitOk;
}

} // namespace accord::cli
