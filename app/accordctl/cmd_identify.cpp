// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl identify FILE [--json]: which catalogue recording a file is, by which method, how sure.
// Reads the tags with the library's tag reader and identifies against <data-dir>/catalogue.db. When the
// file is in the library (<data-dir>/library.db), the identification is stored for the gate to use.
#include "catalogue_location.hpp"
#include "commands.hpp"

#include "base/paths.hpp"
#include "catalogue/db/catalogue.hpp"
#include "identify/identifier.hpp"
#include "library/library_db.hpp"
#include "library/library_identifier.hpp"
#include "library/tag_reader.hpp"

#include <nlohmann/json.hpp>

#include <climits>
#include <cstdio>
#include <cstdlib>

namespace accord::cli {

namespace {

// Stores the identification when the library knows the file; silently skips when it does not.
void storeIfInLibrary(const Context& ctx, const std::string& path, const identify::Identification& id)
{
    const auto dbPath = library::LibraryDb::pathIn(ctx.dataDir);
    if (!std::filesystem::exists(dbPath))
        return;
    char real[PATH_MAX];
    const std::string canonical = ::realpath(path.c_str(), real) ? std::string(real) : path;
    auto db = library::LibraryDb::open(dbPath);
    if (!db)
        return;
    auto track = db->trackByPath(canonical);
    if (track && *track) {
        if (auto st = library::storeIdentification(*db, (*track)->id, id); !st)
            std::fprintf(stderr, "accordctl identify: not stored: %s\n", st.error().describe().c_str());
    }
}

} // namespace

int runIdentify(Context& ctx)
{
    const bool json = ctx.args.flag("--json");
    const std::vector<std::string> files = ctx.args.positionals();
    if (files.size() != 1)
        throw UsageError("exactly one FILE is needed");
    const std::string& file = files.front();

    const library::ReadOutcome read = library::readTrackFile(file);
    if (!read.track) {
        std::fprintf(stderr, "accordctl identify: %s: %s (%s)\n", base::displayPath(file).c_str(),
                     library::toString(read.badReason), read.badDetail.c_str());
        return kExitFailure;
    }
    const auto catPath = cataloguePath(ctx);
    if (!std::filesystem::exists(catPath)) {
        std::fprintf(stderr, "accordctl identify: no catalogue at %s (accordctl catalogue import FILE...)\n",
                     base::displayPath(catPath).c_str());
        return kExitFailure;
    }
    auto cat = catalogue::Catalogue::openForReading(catPath);
    if (!cat) {
        std::fprintf(stderr, "accordctl identify: %s\n", cat.error().describe().c_str());
        return kExitFailure;
    }
    identify::Identifier identifier(*cat);
    const library::TrackTags& tags = read.track->tags;
    identify::Evidence evidence{file,       tags.isrc,    tags.catalogueId,
                                tags.title, tags.artists, read.track->audio.durationMs};
    auto id = identifier.identify(evidence);
    if (!id) {
        std::fprintf(stderr, "accordctl identify: %s\n", id.error().describe().c_str());
        return kExitFailure;
    }
    storeIfInLibrary(ctx, file, *id);

    if (json) {
        nlohmann::json rec = nullptr;
        if (id->recording) {
            const catalogue::Recording& r = *id->recording;
            rec = {{"catalogue_id", r.catalogueId},
                   {"isrc", r.isrc ? nlohmann::json(*r.isrc) : nlohmann::json()},
                   {"title", r.title},
                   {"artists", r.artists}};
        }
        nlohmann::json out = {{"file", base::displayPath(file)},
                              {"recording", rec},
                              {"method", identify::toString(id->method)},
                              {"confidence", id->confidence},
                              {"note", id->note}};
        std::printf("%s\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
        return kExitOk;
    }
    if (id->recording)
        std::printf("recording: %s (%s) %s\n", id->recording->catalogueId.c_str(),
                    id->recording->isrc.value_or("no ISRC").c_str(), id->recording->title.c_str());
    else
        std::printf("recording: none\n");
    std::printf("method: %s\nconfidence: %.2f\nnote: %s\n", identify::toString(id->method), id->confidence,
                id->note.c_str());
    return kExitOk;
}

} // namespace accord::cli
