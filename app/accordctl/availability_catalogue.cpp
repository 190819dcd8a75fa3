// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl availability --catalogue --territory CC[,CC...] --tier T[,T...] [--device D[,D...]]
//     (--at ISO-8601 | --changes-between FROM TO) [--format csv|jsonl]
// Every recording of the catalogue (no library needed) in every context of territories x tiers x devices,
// through judgement::Judge::judgeCatalogue (the batch decision path the library listing uses). Rows are
// printed as each page of recordings is decided: memory stays at one page whatever the catalogue's size.
// With --changes-between, judgement::judgeCatalogueChanges walks each decision's change points.
#include "catalogue_location.hpp"
#include "commands.hpp"
#include "csv_field.hpp"
#include "licence_context_args.hpp"

#include "base/paths.hpp"
#include "judgement/catalogue_changes.hpp"
#include "judgement/decision_json.hpp"
#include "judgement/judge.hpp"
#include "scenario/iso_territories.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <set>

namespace accord::cli {

namespace {

// "CN,HK" -> {"CN", "HK"}: no empty item, no repeat, at least one.
std::vector<std::string> listOption(const std::string& text, const std::string& name)
{
    std::vector<std::string> out;
    std::set<std::string> seen;
    std::size_t begin = 0;
    for (;;) {
        const std::size_t comma = text.find(',', begin);
        std::string item = text.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin);
        while (!item.empty() && item.front() == ' ')
            item.erase(item.begin());
        while (!item.empty() && item.back() == ' ')
            item.pop_back();
        if (item.empty())
            throw UsageError(name + ": an empty item in '" + text + "' (a comma-separated list)");
        if (!seen.insert(item).second)
            throw UsageError(name + ": '" + item + "' is listed twice in '" + text + "'");
        out.push_back(item);
        if (comma == std::string::npos)
            return out;
        begin = comma + 1;
    }
}

base::Instant instantOption(const std::string& text, const std::string& what)
{
    auto parsed = base::parseIso8601(text);
    if (!parsed.ok())
        throw UsageError(what + " '" + text + "': " + parsed.error().message);
    return parsed->instant;
}

// verdict,cap,reasons: the reasons joined in `scratch` (reused: a listing has millions of rows).
void appendDecision(std::string& line, std::string& scratch, const licence::Decision& d)
{
    line += licence::toString(d.verdict);
    line += ',';
    line += catalogue::toString(d.cap);
    line += ',';
    scratch.clear();
    for (const licence::Reason& r : d.reasons) {
        if (!scratch.empty())
            scratch += "; ";
        scratch += r.code;
        scratch += ": ";
        scratch += r.text;
    }
    appendCsvField(line, scratch);
}

void appendRecording(std::string& line, const catalogue::RecordingKey& rec)
{
    appendCsvField(line, rec.catalogueId);
    line += ',';
    if (rec.isrc)
        line += *rec.isrc;
}

// ",territory,tier,device": the same for every row of a context.
std::string contextColumns(const licence::Context& c)
{
    std::string out = ",";
    out += c.territory;
    out += ',';
    out += catalogue::toString(c.tier);
    out += ',';
    out += catalogue::toString(c.device);
    return out;
}

// Most rows of a listing share a few valid_until instants: format each once.
class InstantText {
public:
    const std::string& operator()(base::Instant at)
    {
        if (!m_valid || at != m_last) {
            m_last = at;
            m_text = base::formatIso8601(at);
            m_valid = true;
        }
        return m_text;
    }

private:
    bool m_valid = false;
    base::Instant m_last{};
    std::string m_text;
};

nlohmann::json jsonHead(const catalogue::RecordingKey& rec, const licence::Context& c)
{
    return {{"recording", rec.catalogueId},
            {"isrc", rec.isrc ? nlohmann::json(*rec.isrc) : nlohmann::json()},
            {"territory", c.territory},
            {"tier", catalogue::toString(c.tier)},
            {"device", catalogue::toString(c.device)}};
}

void printJson(const nlohmann::json& j)
{
    const std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
}

} // namespace

int runAvailabilityCatalogue(Context& ctx)
{
    const auto territoryList = ctx.args.option("--territory");
    const auto tierList = ctx.args.option("--tier");
    const auto deviceList = ctx.args.option("--device");
    const auto at = ctx.args.option("--at");
    const auto window = ctx.args.optionPair("--changes-between");
    const std::string format = ctx.args.option("--format").value_or("csv");
    ctx.args.finish();
    if (format != "csv" && format != "jsonl")
        throw UsageError(
            "--format must be csv or jsonl with --catalogue (one row per line, streamed), not '" + format +
            "'");
    if (!territoryList)
        throw UsageError("--territory CC[,CC...] is required");
    if (!tierList)
        throw UsageError("--tier free|vip|svip[,...] is required");
    if (at && window)
        throw UsageError("--at and --changes-between exclude each other (--changes-between decides at every "
                         "change point in its window)");
    std::optional<std::pair<base::Instant, base::Instant>> span;
    if (window) {
        span.emplace(instantOption(window->first, "--changes-between FROM"),
                     instantOption(window->second, "--changes-between TO"));
        if (!(span->first < span->second))
            throw UsageError("--changes-between: FROM '" + window->first + "' must be before TO '" +
                             window->second + "'");
    }
    // Territory-major, then tier, then device: the order rows come in for each recording.
    std::vector<licence::Context> contexts;
    const std::vector<std::string> devices =
        deviceList ? listOption(*deviceList, "--device") : std::vector<std::string>{"desktop"};
    for (const std::string& territory : listOption(*territoryList, "--territory")) {
        for (const std::string& tier : listOption(*tierList, "--tier")) {
            for (const std::string& device : devices) {
                licence::Context c = licenceContextFrom(territory, tier, device, at);
                if (!scenario::isAssignedTerritory(c.territory))
                    throw UsageError("--territory: '" + territory +
                                     "' is not an assigned ISO 3166-1 alpha-2 code");
                contexts.push_back(std::move(c));
            }
        }
    }

    const auto catPath = cataloguePath(ctx);
    if (!std::filesystem::exists(catPath)) {
        std::fprintf(stderr, "accordctl availability: no catalogue at %s (accordctl catalogue import FILE)\n",
                     base::displayPath(catPath).c_str());
        return kExitFailure;
    }
    auto judge = judgement::Judge::open(ctx.dataDir);
    if (!judge) {
        std::fprintf(stderr, "accordctl availability: %s\n", judge.error().describe().c_str());
        return kExitFailure;
    }
    // Rows leave in large writes: the listing of a 15M-recording catalogue is gigabytes.
    static char buffer[1 << 20];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
    const bool csv = format == "csv";
    base::Status status;
    if (!span) {
        if (csv)
            std::fputs("recording,isrc,territory,tier,device,at,verdict,cap,reasons,valid_until\n", stdout);
        const std::string atText = base::formatIso8601(contexts.front().at);
        // Everything a row repeats from its context, formatted once: ",CN,vip,desktop,<at>,".
        std::vector<std::string> contextText;
        for (const licence::Context& c : contexts)
            contextText.push_back(contextColumns(c) + ',' + atText + ',');
        std::string line; // one buffer for every row: a listing has millions
        std::string scratch;
        InstantText validUntil;
        status = (*judge)->judgeCatalogue(contexts, [&](const judgement::RecordingJudgement& row) {
            const licence::Context& c = contexts[row.context];
            const licence::Decision& d = row.judgement.decision;
            if (csv) {
                line.clear();
                appendRecording(line, *row.recording);
                line += contextText[row.context];
                appendDecision(line, scratch, d);
                line += ',';
                if (d.validUntil)
                    line += validUntil(*d.validUntil);
                line += '\n';
                std::fwrite(line.data(), 1, line.size(), stdout);
            } else {
                nlohmann::json j = jsonHead(*row.recording, c);
                j["at"] = atText;
                j["decision"] = judgement::decisionToJson(d);
                printJson(j);
            }
            return true;
        });
    } else {
        if (csv)
            std::fputs(
                "recording,isrc,territory,tier,device,at,from_verdict,from_cap,from_reasons,to_verdict,"
                "to_cap,to_reasons\n",
                stdout);
        status = judgement::judgeCatalogueChanges(
            **judge, contexts, span->first, span->second, [&](const judgement::DecisionChange& change) {
                const licence::Context& c = contexts[change.context];
                if (csv) {
                    std::string line;
                    std::string scratch;
                    appendRecording(line, *change.recording);
                    line += contextColumns(c);
                    line += ',';
                    line += base::formatIso8601(change.at);
                    line += ',';
                    appendDecision(line, scratch, change.before);
                    line += ',';
                    appendDecision(line, scratch, change.after);
                    line += '\n';
                    std::fwrite(line.data(), 1, line.size(), stdout);
                } else {
                    nlohmann::json j = jsonHead(*change.recording, c);
                    j["at"] = base::formatIso8601(change.at);
                    j["from"] = judgement::decisionToJson(change.before);
                    j["to"] = judgement::decisionToJson(change.after);
                    printJson(j);
                }
                return true;
            });
    }
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fprintf(stderr, "accordctl availability: writing the listing failed\n");
        return kExitFailure;
    }
    if (!status.ok()) {
        std::fprintf(stderr, "accordctl availability: %s\n", status.error().describe().c_str());
        return kExitFailure;
    }
    return kExitOk;
}

} // namespace accord::cli
