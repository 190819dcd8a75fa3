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
#include <string>
#include <string_view>
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
    void operator()(std::string& out, const judgement::Judgement& j)
    {
        const judgement::Identity& ident = j.identification;
        const licence::Decision& d = j.decision;
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

/// A CSV row's decision columns, kept in one arena string for every track (no string per track).
struct Tail {
    std::int64_t trackId;
    std::size_t offset;
    std::size_t size;
};

// The listing joins the stored artists with "; " as it always did from the split list (a separator only
// after a non-empty start).
void appendArtists(std::string& out, std::string_view joined)
{
    out.clear();
    library::forEachStoredArtist(joined, [&](std::string_view artist) {
        if (!out.empty())
            out += "; ";
        out += artist;
    });
}

/// The CSV listing in path order: the library's lean walk of the four columns it prints (forEachNameRow),
/// each row built into one output string that is written once it passes 1 MiB. `late(trackId, out)` appends
/// the decision columns of a track the batch did not judge, or answers false to leave the track out (removed
/// meanwhile).
template <typename Late>
base::Status listCsv(library::LibraryDb& db, const std::vector<Tail>& byId, const std::string& arena,
                     Late&& late)
{
    constexpr std::size_t kFlushAt = 1 << 20;
    std::string out;
    out.reserve(kFlushAt + (64 << 10));
    out += "path,title,artists,recording,method,confidence,verdict,cap,reasons,valid_until\n";
    std::string artists;
    std::string lateTail;
    auto walked = db.forEachNameRow([&](const library::TrackNameRow& r) -> base::Status {
        const std::int64_t id = r.id;
        std::string_view tail;
        const auto it =
            std::lower_bound(byId.begin(), byId.end(), id,
                             [](const Tail& row, std::int64_t trackId) { return row.trackId < trackId; });
        if (it != byId.end() && it->trackId == id) {
            tail = std::string_view(arena).substr(it->offset, it->size);
        } else {
            lateTail.clear();
            auto judged = late(id, lateTail);
            if (!judged.ok())
                return std::move(judged).error();
            if (!*judged)
                return {};
            tail = lateTail;
        }
        appendCsvField(out, r.path); // displayPath() of a stored path is the path as stored
        out += ',';
        appendCsvField(out, r.title);
        out += ',';
        const std::string_view joined = r.storedArtists;
        if (joined.find('\x1F') == std::string_view::npos) {
            appendCsvField(out, joined);
        } else {
            appendArtists(artists, joined);
            appendCsvField(out, artists);
        }
        out += ',';
        out += tail;
        out += '\n';
        if (out.size() >= kFlushAt) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            out.clear();
        }
        return {};
    });
    if (!walked.ok())
        return walked;
    std::fwrite(out.data(), 1, out.size(), stdout);
    return {};
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
    (void)cataloguePath(ctx); // creates the data folder; a failure shows when the catalogue opens
    auto judge = judgement::Judge::open(ctx.dataDir, judgement::Judge::Access::ReadOnly);
    if (!judge)
        return fail(judge.error());
    const bool csv = format == "csv";
    // The batch judgement the library table shows, in track-id order (so both lists below are sorted by
    // id), then printed in the listing's path order. For CSV each judgement is formatted as it comes and
    // dropped; JSON keeps the judgements.
    std::vector<Tail> rowsById;
    std::string tails;
    std::vector<std::pair<std::int64_t, judgement::Judgement>> judgedById;
    DecisionColumns columns;
    if (auto st =
            (*judge)->judgeLibrary(context,
                                   [&](const judgement::TrackJudgement& t) {
                                       if (csv) {
                                           const std::size_t offset = tails.size();
                                           columns(tails, t.judgement);
                                           rowsById.push_back({t.trackId, offset, tails.size() - offset});
                                       } else {
                                           judgedById.emplace_back(t.trackId, t.judgement);
                                       }
                                       return true;
                                   });
        !st)
        return fail(st.error());

    // Rows leave in large writes: built in one string, written whenever it passes 1 MiB.
    static char buffer[1 << 20];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
    std::optional<base::Error> error;
    if (csv) {
        auto listed =
            listCsv(*db, rowsById, tails, [&](std::int64_t trackId, std::string& out) -> base::Result<bool> {
                // identified after the batch read it (a scan running meanwhile)
                auto one = (*judge)->judgeTrack(trackId, context);
                if (!one)
                    return std::move(one).error();
                if (!*one)
                    return false; // removed meanwhile
                columns(out, **one);
                return true;
            });
        if (!listed.ok())
            return fail(listed.error());
        if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
            std::fprintf(stderr, "accordctl availability: writing the listing failed\n");
            return kExitFailure;
        }
        return kExitOk;
    }
    nlohmann::json rows = nlohmann::json::array();
    const auto listed = db->forEachListing([&](const library::TrackListing& t) {
        if (error)
            return;
        const judgement::Judgement* judged = nullptr;
        std::optional<judgement::Judgement> late;
        const auto it = std::lower_bound(judgedById.begin(), judgedById.end(), t.id,
                                         [](const auto& row, std::int64_t id) { return row.first < id; });
        if (it != judgedById.end() && it->first == t.id)
            judged = &it->second;
        if (!judged) { // identified after the batch read them (a scan running meanwhile)
            auto one = (*judge)->judgeTrack(t.id, context);
            if (!one) {
                error = one.error();
                return;
            }
            if (!*one)
                return; // removed meanwhile
            late = std::move(**one);
            judged = &*late;
        }
        const judgement::Identity& ident = judged->identification;
        rows.push_back(
            {{"path", base::displayPath(t.path)},
             {"title", t.title},
             {"artists", t.artists},
             {"recording", ident.catalogueId.empty() ? nlohmann::json() : nlohmann::json(ident.catalogueId)},
             {"method", identify::toString(ident.method)},
             {"confidence", ident.confidence},
             {"decision", judgement::decisionToJson(judged->decision)}});
    });
    if (error)
        return fail(*error);
    if (!listed)
        return fail(listed.error());
    std::printf("%s\n", rows.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fprintf(stderr, "accordctl availability: writing the listing failed\n");
        return kExitFailure;
    }
    return kExitOk;
}

} // namespace accord::cli
