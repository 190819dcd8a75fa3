// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/scenario_workspace.hpp"

#include "audio/pcm_writer.hpp"
#include "catalogue/db/catalogue.hpp"
#include "catalogue/import/catalogue_importer.hpp"
#include "identify/fingerprinter.hpp"
#include "library/library_db.hpp"
#include "library/scanner.hpp"

#include <nlohmann/json.hpp>
#include <taglib/fileref.h>
#include <taglib/tpropertymap.h>

#include <cstdlib>
#include <fstream>
#include <system_error>
#include <vector>

namespace accord::scenario {

namespace {

base::Error ioError(const std::string& what, const std::filesystem::path& path)
{
    return base::Error(base::ErrorCode::Io, what).inFile(path.string());
}

// The ISRC goes in with TagLib (libsndfile has no ISRC field), as the demo tracks do.
base::Status tagIsrc(const std::filesystem::path& path, const std::string& isrc)
{
    TagLib::FileRef file(path.c_str());
    if (file.isNull() || file.file() == nullptr)
        return ioError("cannot open for tagging", path);
    TagLib::PropertyMap props = file.file()->properties();
    props.replace("ISRC", TagLib::StringList(TagLib::String(isrc, TagLib::String::UTF8)));
    file.file()->setProperties(props);
    if (!file.save())
        return ioError("cannot write the ISRC tag", path);
    return {};
}

base::Status generate(const LibraryFixture& f, const std::filesystem::path& path)
{
    const auto frames = static_cast<std::size_t>(f.seconds * f.spec.sampleRate);
    const auto samples =
        audio::synthesizeSignal(f.spec.sampleRate, f.spec.channels, f.spec.bits, frames, f.seed, 0.25);
    audio::BasicTags tags;
    if (f.tags) {
        tags["title"] = f.title;
        if (!f.artist.empty())
            tags["artist"] = f.artist;
    }
    if (auto s = audio::writePcmFile(path, f.spec, samples, tags); !s.ok())
        return s;
    if (f.isrc)
        return tagIsrc(path, *f.isrc);
    return {};
}

} // namespace

base::Result<std::string> ScenarioWorkspace::withFingerprints(const CatalogueFixture& c,
                                                              const ScenarioWorkspace& ws)
{
    nlohmann::json j = nlohmann::json::parse(c.inlineJson);
    for (const auto& [index, name] : c.fingerprintsOf) {
        auto print = identify::fingerprintFile(ws.fileOf(name));
        if (!print.ok())
            return std::move(print).error();
        j["recordings"][index]["fingerprint"] = print->encoded;
        j["recordings"][index]["fingerprint_duration"] = static_cast<std::int64_t>(print->durationS + 0.5);
    }
    return j.dump(2);
}

ScenarioWorkspace::ScenarioWorkspace(std::filesystem::path root)
    : m_root(std::move(root)), m_dataDir(m_root / "data")
{
}

ScenarioWorkspace::~ScenarioWorkspace()
{
    std::error_code ec;
    if (!std::getenv("ACCORD_KEEP_TEMP"))
        std::filesystem::remove_all(m_root, ec);
}

std::filesystem::path ScenarioWorkspace::fileOf(const std::string& name) const
{
    const auto it = m_files.find(name);
    return it == m_files.end() ? std::filesystem::path() : it->second;
}

base::Result<std::unique_ptr<ScenarioWorkspace>> ScenarioWorkspace::build(const Scenario& s)
{
    std::error_code ec;
    std::string pattern = (std::filesystem::temp_directory_path(ec) / "accord-scenario-XXXXXX").string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (!mkdtemp(buf.data()))
        return ioError("cannot create a temporary directory", pattern);
    std::unique_ptr<ScenarioWorkspace> ws(new ScenarioWorkspace(buf.data()));
    const auto libraryDir = ws->m_root / "library";
    std::filesystem::create_directories(ws->m_dataDir, ec);
    std::filesystem::create_directories(libraryDir, ec);
    if (ec)
        return ioError("cannot create folder: " + ec.message(), ws->m_root);

    for (const LibraryFixture& f : s.library) {
        if (!f.file.empty()) {
            const auto path = libraryDir / (f.name + f.file.extension().string());
            std::filesystem::copy_file(f.file, path, ec);
            if (ec)
                return ioError("cannot copy library fixture: " + ec.message(), f.file);
            ws->m_files[f.name] = path;
            continue;
        }
        const auto path = libraryDir / (f.name + "." + audio::extensionOf(f.spec.container));
        if (auto st = generate(f, path); !st.ok())
            return st.error();
        ws->m_files[f.name] = path;
    }
    // Catalogue fixtures, in file order, in one import transaction. Inline tables become JSON files.
    std::vector<std::filesystem::path> files;
    for (std::size_t i = 0; i < s.catalogues.size(); ++i) {
        const CatalogueFixture& c = s.catalogues[i];
        if (!c.file.empty()) {
            files.push_back(c.file);
            continue;
        }
        const auto path = ws->m_root / ("inline-catalogue-" + std::to_string(i) + ".json");
        std::string json = c.inlineJson;
        if (!c.fingerprintsOf.empty()) {
            auto filled = withFingerprints(c, *ws);
            if (!filled.ok())
                return std::move(filled).error();
            json = std::move(*filled);
        }
        std::ofstream out(path, std::ios::binary);
        out << json;
        if (!out)
            return ioError("cannot write the inline catalogue", path);
        files.push_back(path);
    }
    {
        auto cat = catalogue::Catalogue::open(ws->m_dataDir / "catalogue.db");
        if (!cat.ok())
            return std::move(cat).error();
        if (!files.empty()) {
            auto imported = catalogue::importCatalogueFiles(*cat, files);
            if (!imported.ok()) {
                // An inline table's temporary JSON file means nothing to the author: point at the table.
                base::Error e = std::move(imported).error();
                for (std::size_t i = 0; i < s.catalogues.size(); ++i) {
                    if (s.catalogues[i].file.empty() && e.file == files[i].string()) {
                        const std::string where = e.field.empty() ? "" : e.field + ": ";
                        return base::Error(e.code, where + e.message)
                            .inFile(s.file.string())
                            .atLine(s.catalogues[i].pos.line)
                            .forField("catalogue[" + std::to_string(i) + "].data");
                    }
                }
                return e;
            }
        }
    }

    if (!s.library.empty()) {
        library::Scanner scanner(library::LibraryDb::pathIn(ws->m_dataDir));
        auto summary = scanner.scan({libraryDir});
        if (!summary.ok())
            return std::move(summary).error();
        if (!summary->badFiles.empty())
            return base::Error(base::ErrorCode::Format,
                               "the library scan refused a fixture: " + summary->badFiles.front().detail)
                .inFile(summary->badFiles.front().path);
    }
    return ws;
}

} // namespace accord::scenario
