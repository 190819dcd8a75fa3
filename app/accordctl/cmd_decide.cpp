// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl decide (--isrc X | --file PATH) --territory CC --tier free|vip|svip [--device CLASS]
//                  [--at ISO-8601] [--json]
// The licence decision for one recording or file, through judgement::Judge, the path the player takes.
// A file is identified as the player identifies it; a file naming no catalogue recording is unidentified
// and gets the tier policy's answer for personal files. An unknown --isrc fails (exit 1).
#include "catalogue_location.hpp"
#include "commands.hpp"
#include "licence_context_args.hpp"

#include "audio/track_range.hpp"
#include "catalogue/model/territory_set.hpp"
#include "judgement/decision_json.hpp"
#include "judgement/judge.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>

namespace accord::cli {

namespace {

void printText(const licence::Decision& d)
{
    std::printf("%s (cap %s)\n", licence::toString(d.verdict), catalogue::toString(d.cap));
    for (const licence::Reason& r : d.reasons)
        std::printf("  %-26s %s\n", r.code.c_str(), r.text.c_str());
    std::printf("valid until %s\n",
                d.validUntil ? base::formatIso8601(*d.validUntil).c_str() : "further notice");
    for (const licence::DealConsidered& c : d.deals)
        std::printf("  deal %s (%s%s%s): %s\n", c.key.c_str(), catalogue::toString(c.scope),
                    c.parentKey ? ", sublicence of " : "", c.parentKey ? c.parentKey->c_str() : "",
                    c.outcome.c_str());
}

void printUnlocks(const std::vector<licence::Unlock>& unlocks)
{
    if (unlocks.empty())
        return;
    std::printf("what would make it playable:\n");
    for (const licence::Unlock& u : unlocks)
        std::printf("  %-10s %s -> %s (cap %s)\n", licence::toString(u.kind), u.text.c_str(),
                    licence::toString(u.outcome.verdict), catalogue::toString(u.outcome.cap));
}

} // namespace

int runDecide(Context& ctx)
{
    const auto isrc = ctx.args.option("--isrc");
    const auto file = ctx.args.option("--file");
    const bool json = ctx.args.flag("--json");
    const licence::Context context = parseLicenceContext(ctx.args, ctx.dataDir);
    ctx.args.finish();
    if (isrc.has_value() == file.has_value())
        throw UsageError("exactly one of --isrc X or --file PATH is required");

    (void)cataloguePath(ctx); // creates the data folder; a failure shows when the catalogue opens
    auto judge = judgement::Judge::open(ctx.dataDir, judgement::Judge::Access::ReadOnly);
    if (!judge.ok()) {
        std::fprintf(stderr, "accordctl decide: %s\n", judge.error().describe().c_str());
        return kExitFailure;
    }
    judgement::Judgement judged;
    if (file) {
        // A missing file or a folder is an error, not an "unidentified file" decision. A CUE track's path
        // (audio::rangePath) stands for a range of its album's file: that file must exist.
        std::error_code ec;
        const auto range = audio::parseRangePath(*file);
        const auto status =
            std::filesystem::status(range && !std::filesystem::exists(*file, ec) ? range->file : *file, ec);
        if (!std::filesystem::exists(status) || std::filesystem::is_directory(status)) {
            std::fprintf(stderr, "accordctl decide: %s: %s\n", file->c_str(),
                         std::filesystem::is_directory(status) ? "is a folder, not a file" : "no such file");
            return kExitFailure;
        }
        // A file is judged exactly as the player judges it: the library's identification (ISRC tag,
        // catalogue id, fingerprint, title/artist), then the licence decision.
        auto j = (*judge)->judgeFile(*file, context);
        if (!j.ok()) {
            std::fprintf(stderr, "accordctl decide: %s\n", j.error().describe().c_str());
            return kExitFailure;
        }
        judged = std::move(*j);
    } else {
        auto j = (*judge)->judgeIsrc(*isrc, context);
        if (!j.ok()) {
            std::fprintf(stderr, "accordctl decide: %s\n", j.error().describe().c_str());
            return kExitFailure;
        }
        if (!*j) {
            std::fprintf(stderr, "accordctl decide: no recording with ISRC %s in the catalogue\n",
                         isrc->c_str());
            return kExitFailure;
        }
        judged = std::move(**j);
    }
    // What would make it play (or play in full): the same judgement over the alternatives.
    auto unlocks = (*judge)->unlock(judged, context);
    if (!unlocks.ok()) {
        std::fprintf(stderr, "accordctl decide: %s\n", unlocks.error().describe().c_str());
        return kExitFailure;
    }
    const licence::Decision& decision = judged.decision;
    const judgement::Identity& id = judged.identification;
    if (json) {
        auto out = judgement::decisionToJson(decision);
        if (file)
            out["identification"] = judgement::identityToJson(id);
        out["unlock"] = judgement::unlocksToJson(*unlocks);
        std::printf("%s\n", out.dump(2).c_str());
        return kExitOk;
    }
    if (file)
        std::printf("identified by %s (confidence %.2f)%s%s\n", identify::toString(id.method), id.confidence,
                    id.catalogueId.empty() ? "" : ", recording ", id.catalogueId.c_str());
    printText(decision);
    printUnlocks(*unlocks);
    return kExitOk;
}

} // namespace accord::cli
