// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl decide (--isrc X | --file PATH) --territory CC --tier free|vip|svip [--device CLASS]
//                  [--at ISO-8601] [--json]
// The licence decision for one recording, through the same LicenceGate the player uses. A file is tied
// to a recording by its ISRC tag; a file without one, or whose ISRC is not in the catalogue, is
// unidentified and gets the tier policy's answer for unidentified files. An unknown --isrc fails (exit 1).
#include "catalogue_location.hpp"
#include "commands.hpp"
#include "licence_context_args.hpp"

#include "decision_json.hpp"
#include "playback/licence_track_gate.hpp"

#include "catalogue/model/territory_set.hpp"
#include "licence/licence_gate.hpp"

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

} // namespace

int runDecide(Context& ctx)
{
    const auto isrc = ctx.args.option("--isrc");
    const auto file = ctx.args.option("--file");
    const bool json = ctx.args.flag("--json");
    const licence::Context context = parseLicenceContext(ctx.args);
    ctx.args.finish();
    if (isrc.has_value() == file.has_value())
        throw UsageError("exactly one of --isrc X or --file PATH is required");

    std::optional<licence::Decision> decision;
    std::optional<playback::GateExplanation> explained;
    if (file) {
        // A missing file or a folder is an error, not an "unidentified file" decision.
        std::error_code ec;
        const auto status = std::filesystem::status(*file, ec);
        if (!std::filesystem::exists(status) || std::filesystem::is_directory(status)) {
            std::fprintf(stderr, "accordctl decide: %s: %s\n", file->c_str(),
                         std::filesystem::is_directory(status) ? "is a folder, not a file" : "no such file");
            return kExitFailure;
        }
        // A file is judged exactly as the player judges it: the library's identification (ISRC tag,
        // catalogue id, fingerprint, title/artist), then the licence decision.
        playback::ListenerSettings settings{context.territory, context.tier, context.device, context.at};
        auto gate = playback::LicenceTrackGate::open(ctx.dataDir, settings);
        if (!gate.ok()) {
            std::fprintf(stderr, "accordctl decide: %s\n", gate.error().describe().c_str());
            return kExitFailure;
        }
        auto e = (*gate)->explain(*file);
        if (!e.ok()) {
            std::fprintf(stderr, "accordctl decide: %s\n", e.error().describe().c_str());
            return kExitFailure;
        }
        explained = std::move(*e);
        decision = explained->decision;
    } else {
        auto gate = licence::LicenceGate::open(cataloguePath(ctx));
        if (!gate.ok()) {
            std::fprintf(stderr, "accordctl decide: %s\n", gate.error().describe().c_str());
            return kExitFailure;
        }
        auto d = gate->decideIsrc(*isrc, context);
        if (!d.ok()) {
            std::fprintf(stderr, "accordctl decide: %s\n", d.error().describe().c_str());
            return kExitFailure;
        }
        if (!*d) {
            std::fprintf(stderr, "accordctl decide: no recording with ISRC %s in the catalogue\n",
                         isrc->c_str());
            return kExitFailure;
        }
        decision = std::move(**d);
    }
    if (json && explained) {
        auto out = decisionToJson(*decision);
        out["identification"] = {{"method", identify::toString(explained->method)},
                                 {"confidence", explained->confidence},
                                 {"catalogue_id", explained->catalogueId}};
        std::printf("%s\n", out.dump(2).c_str());
        return kExitOk;
    }
    if (!json && explained)
        std::printf("identified by %s (confidence %.2f)%s%s\n", identify::toString(explained->method),
                    explained->confidence, explained->catalogueId.empty() ? "" : ", recording ",
                    explained->catalogueId.c_str());
    if (json)
        std::printf("%s\n", decisionToJson(*decision).dump(2).c_str());
    else
        printText(*decision);
    return kExitOk;
}

} // namespace accord::cli
