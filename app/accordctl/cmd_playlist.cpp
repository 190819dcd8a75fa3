// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl playlist list|show|import|export: the library's playlists (<data-dir>/library.db) and the
// M3U/M3U8, PLS and XSPF files they come from and go to. A playlist file the parser refuses (malformed or
// hostile) exits 2 with "file:line: field: why", as a usage error does; other failures exit 1.
#include "commands.hpp"
#include "licence_context_args.hpp"

#include "base/paths.hpp"
#include "judgement/decision_json.hpp"
#include "judgement/judge.hpp"
#include "library/library_db.hpp"
#include "playlist/playlist_store.hpp"
#include "playlist/playlist_transfer.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <map>

namespace accord::cli {

namespace {

using nlohmann::json;

void printJson(const json& j)
{
    std::printf("%s\n", j.dump(2, ' ', false, json::error_handler_t::replace).c_str());
}

int fail(const char* command, const base::Error& e)
{
    std::fprintf(stderr, "accordctl playlist %s: %s\n", command, e.describe().c_str());
    const bool badInput = e.code == base::ErrorCode::Format || e.code == base::ErrorCode::Refused ||
                          e.code == base::ErrorCode::Unsupported ||
                          e.code == base::ErrorCode::InvalidArgument;
    return badInput && !e.file.empty() ? kExitUsage : kExitFailure;
}

json nullable(std::int64_t v)
{
    return v < 0 ? json() : json(v);
}

// PLAYLIST is an id, or else a name that must name exactly one playlist.
base::Result<playlist::PlaylistSummary> resolve(playlist::PlaylistStore& store, const std::string& which)
{
    char* end = nullptr;
    const long long id = std::strtoll(which.c_str(), &end, 10);
    if (!which.empty() && end && *end == '\0') {
        auto found = store.find(id);
        if (!found)
            return std::move(found).error();
        if (*found)
            return **found;
    }
    auto byName = store.findByName(which);
    if (!byName)
        return std::move(byName).error();
    if (byName->empty())
        return base::Error(base::ErrorCode::NotFound, "no playlist with id or name '" + which + "'");
    if (byName->size() > 1)
        return base::Error(base::ErrorCode::NotFound, std::to_string(byName->size()) +
                                                          " playlists are named '" + which +
                                                          "': give the id");
    return byName->front();
}

base::Result<library::LibraryDb> openLibrary(const Context& ctx, bool write)
{
    const auto path = library::LibraryDb::pathIn(ctx.dataDir);
    return write ? library::LibraryDb::open(path) : library::LibraryDb::openForReading(path);
}

std::string minutes(std::int64_t ms)
{
    if (ms < 0)
        return "--:--";
    const long long s = (ms + 500) / 1000;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld:%02lld", s / 60, s % 60);
    return buf;
}

// The window's badge for a judged track (ui::toVerdict): the verdict, "capped" when the cap takes
// something from this file (the Judge decides for the file's own format, so hires_requires_tier says
// exactly that), "unidentified" for a personal file the policy lets play.
const char* badgeOf(const judgement::Judgement& j)
{
    const licence::Decision& d = j.decision;
    if (d.verdict != licence::Verdict::Playable)
        return licence::toString(d.verdict);
    if (j.identification.method == identify::Method::Unidentified)
        return "unidentified";
    return d.hasReason(licence::reason::kHiresRequiresTier) ? "capped" : "playable";
}

// The reason a badge's tooltip gives: the first that limits, else the first (the grant).
const licence::Reason* mainReasonOf(const licence::Decision& d)
{
    for (const licence::Reason& r : d.reasons)
        if (r.code != licence::reason::kLicensed && r.code != licence::reason::kPurchased &&
            r.code != licence::reason::kUnidentifiedAllowed)
            return &r;
    return d.reasons.empty() ? nullptr : &d.reasons.front();
}

// Availability needs a listener: --territory and --tier, or a subscriber's lease that names them.
std::optional<licence::Context> availabilityContext(Context& ctx)
{
    auto territory = ctx.args.option("--territory");
    auto tier = ctx.args.option("--tier");
    auto device = ctx.args.option("--device");
    const auto at = ctx.args.option("--at");
    fillFromLease(ctx.dataDir, territory, tier, device);
    if (!territory && !tier && !device && !at)
        return std::nullopt;
    return licenceContextFrom(territory, tier, device, at);
}

} // namespace

int runPlaylistList(Context& ctx)
{
    const bool asJson = ctx.args.flag("--json");
    ctx.args.finish();
    auto db = openLibrary(ctx, false);
    if (!db)
        return fail("list", db.error());
    playlist::PlaylistStore store(db->connection());
    auto list = store.list();
    if (!list)
        return fail("list", list.error());
    if (asJson) {
        json out = json::array();
        for (const auto& p : *list)
            out.push_back({{"id", p.id},
                           {"name", p.name},
                           {"items", p.items},
                           {"missing", p.missing},
                           {"duration_ms", p.durationMs}});
        printJson(out);
        return kExitOk;
    }
    for (const auto& p : *list)
        std::printf("%6lld  %s  (%d items, %d missing, %s)\n", static_cast<long long>(p.id), p.name.c_str(),
                    p.items, p.missing, minutes(p.durationMs).c_str());
    return kExitOk;
}

int runPlaylistShow(Context& ctx)
{
    const bool asJson = ctx.args.flag("--json");
    const std::optional<licence::Context> listener = availabilityContext(ctx);
    const auto positional = ctx.args.positionals();
    if (positional.size() != 1)
        throw UsageError("exactly one PLAYLIST (id or name) is needed");
    auto db = openLibrary(ctx, false);
    if (!db)
        return fail("show", db.error());
    playlist::PlaylistStore store(db->connection());
    auto which = resolve(store, positional.front());
    if (!which)
        return fail("show", which.error());
    auto items = store.items(which->id);
    if (!items)
        return fail("show", items.error());
    // Each library item judged as the window's playlist view and the player judge it (one Judge, the
    // library's identification, the file's format); a track listed twice is judged once.
    std::map<std::int64_t, judgement::Judgement> judged;
    if (listener) {
        auto judge = judgement::Judge::open(ctx.dataDir, judgement::Judge::Access::ReadOnly);
        if (!judge)
            return fail("show", judge.error());
        for (const auto& i : *items) {
            if (!i.trackId || judged.contains(*i.trackId))
                continue;
            auto j = (*judge)->judgeTrack(*i.trackId, *listener);
            if (!j)
                return fail("show", j.error());
            if (*j)
                judged.emplace(*i.trackId, std::move(**j));
        }
    }
    auto judgementOf = [&judged](const playlist::PlaylistItem& i) -> const judgement::Judgement* {
        const auto it = i.trackId ? judged.find(*i.trackId) : judged.end();
        return it == judged.end() ? nullptr : &it->second;
    };
    if (asJson) {
        json rows = json::array();
        for (const auto& i : *items) {
            json row{{"id", i.id},
                     {"position", i.position},
                     {"track_id", i.trackId ? json(*i.trackId) : json()},
                     {"path", i.path},
                     {"title", i.title},
                     {"artist", i.artist},
                     {"album", i.album},
                     {"isrc", i.isrc},
                     {"duration_ms", nullable(i.durationMs)},
                     {"matched_by", i.matchedBy},
                     {"missing_reason", i.trackId ? json() : json(i.missingReason)}};
            if (listener) {
                json availability; // null for a missing item: nothing to play
                if (const judgement::Judgement* j = judgementOf(i)) {
                    const licence::Reason* main = mainReasonOf(j->decision);
                    availability = {{"badge", badgeOf(*j)},
                                    {"reason_code", main ? json(main->code) : json()},
                                    {"reason", main ? json(main->text) : json()},
                                    {"decision", judgement::decisionToJson(j->decision)},
                                    {"identification", judgement::identityToJson(j->identification)}};
                }
                row["availability"] = std::move(availability);
            }
            rows.push_back(std::move(row));
        }
        json out{{"id", which->id},
                 {"name", which->name},
                 {"missing", which->missing},
                 {"duration_ms", which->durationMs},
                 {"items", rows}};
        if (listener)
            out["context"] = {{"territory", listener->territory},
                              {"tier", catalogue::toString(listener->tier)},
                              {"device", catalogue::toString(listener->device)},
                              {"at", base::formatIso8601(listener->at)}};
        printJson(out);
        return kExitOk;
    }
    std::printf("%s (%d items, %d missing, %s)\n", which->name.c_str(), which->items, which->missing,
                minutes(which->durationMs).c_str());
    for (const auto& i : *items) {
        std::printf("%4d  %-6s %s — %s", i.position + 1, minutes(i.durationMs).c_str(), i.artist.c_str(),
                    i.title.c_str());
        if (const judgement::Judgement* j = judgementOf(i)) {
            const licence::Reason* main = mainReasonOf(j->decision);
            std::printf("  {%s%s%s}", badgeOf(*j), main ? ": " : "", main ? main->code.c_str() : "");
        }
        if (i.trackId)
            std::printf("  [%s]\n", base::displayPath(i.path).c_str());
        else
            std::printf("  MISSING: %s\n", i.missingReason.c_str());
    }
    return kExitOk;
}

int runPlaylistImport(Context& ctx)
{
    const bool asJson = ctx.args.flag("--json");
    const auto name = ctx.args.option("--name");
    const auto files = ctx.args.positionals();
    if (files.size() != 1)
        throw UsageError("exactly one FILE is needed");
    auto db = openLibrary(ctx, true);
    if (!db)
        return fail("import", db.error());
    auto out = playlist::importPlaylist(*db, files.front(), name);
    if (!out)
        return fail("import", out.error());
    if (asJson) {
        json missing = json::array();
        for (std::size_t i = 0; i < out->items.size(); ++i)
            if (!out->items[i].trackId)
                missing.push_back({{"position", i},
                                   {"location", out->items[i].location},
                                   {"title", out->items[i].title},
                                   {"reason", out->items[i].missingReason}});
        printJson({{"id", out->playlistId},
                   {"name", out->name},
                   {"format", playlist::toString(out->format)},
                   {"entries", out->items.size()},
                   {"matched",
                    {{"path", out->byPath}, {"isrc", out->byIsrc}, {"title_artist", out->byTitleArtist}}},
                   {"missing", out->missing},
                   {"missing_items", missing}});
        return kExitOk;
    }
    std::printf(
        "imported %s as playlist %lld \"%s\": %zu entries, %zu by path, %zu by ISRC, %zu by title/artist, "
        "%zu missing\n",
        base::displayPath(files.front()).c_str(), static_cast<long long>(out->playlistId), out->name.c_str(),
        out->items.size(), out->byPath, out->byIsrc, out->byTitleArtist, out->missing);
    for (std::size_t i = 0; i < out->items.size(); ++i)
        if (!out->items[i].trackId)
            std::printf("  missing #%zu: %s\n", i + 1, out->items[i].missingReason.c_str());
    return kExitOk;
}

int runPlaylistExport(Context& ctx)
{
    const bool asJson = ctx.args.flag("--json");
    const auto formatName = ctx.args.option("--format");
    const auto positional = ctx.args.positionals();
    if (positional.size() != 2)
        throw UsageError("PLAYLIST (id or name) and FILE are needed");
    std::optional<playlist::PlaylistFormat> format;
    if (formatName) {
        format = playlist::formatFromName(*formatName);
        if (!format)
            throw UsageError("--format must be m3u, m3u8, pls or xspf, not '" + *formatName + "'");
    }
    auto db = openLibrary(ctx, false);
    if (!db)
        return fail("export", db.error());
    playlist::PlaylistStore store(db->connection());
    auto which = resolve(store, positional[0]);
    if (!which)
        return fail("export", which.error());
    auto out = playlist::exportPlaylist(*db, which->id, positional[1], format);
    if (!out)
        return fail("export", out.error());
    if (asJson) {
        printJson({{"id", which->id},
                   {"name", which->name},
                   {"file", base::displayPath(positional[1])},
                   {"format", playlist::toString(out->format)},
                   {"written", out->written},
                   {"skipped", out->skipped}});
        return kExitOk;
    }
    std::printf("wrote %zu entries of \"%s\" to %s (%s)", out->written, which->name.c_str(),
                base::displayPath(positional[1]).c_str(), playlist::toString(out->format));
    if (out->skipped > 0)
        std::printf(", left out %zu without a location", out->skipped);
    std::printf("\n");
    return kExitOk;
}

} // namespace accord::cli
