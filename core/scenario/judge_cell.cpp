// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/judge_cell.hpp"

#include "catalogue/db/catalogue.hpp"
#include "licence/licence_gate.hpp"
#include "playback/licence_track_gate.hpp"

#include <map>

namespace accord::scenario {

struct CellJudge::Impl {
    std::filesystem::path dataDir;
    catalogue::Catalogue catalogue;
    licence::LicenceGate gate;
    std::shared_ptr<playback::LicenceTrackGate> trackGate; // opened on first file
    // A scenario asks about a handful of recordings in many contexts: resolve each catalogue id once.
    std::map<std::string, std::int64_t, std::less<>> recordingIds;
};

CellJudge::CellJudge(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
CellJudge::CellJudge(CellJudge&&) noexcept = default;
CellJudge& CellJudge::operator=(CellJudge&&) noexcept = default;
CellJudge::~CellJudge() = default;

base::Result<CellJudge> CellJudge::open(const std::filesystem::path& dataDir)
{
    auto cat = catalogue::Catalogue::open(dataDir / "catalogue.db");
    if (!cat.ok())
        return std::move(cat).error();
    auto gate = licence::LicenceGate::open(dataDir / "catalogue.db");
    if (!gate.ok())
        return std::move(gate).error();
    return CellJudge(std::make_unique<Impl>(Impl{dataDir, std::move(*cat), std::move(*gate), nullptr, {}}));
}

base::Result<Judgement> CellJudge::recording(const std::string& catalogueId, const licence::Context& ctx)
{
    auto known = m_impl->recordingIds.find(catalogueId);
    if (known == m_impl->recordingIds.end()) {
        auto rec = m_impl->catalogue.findByCatalogueId(catalogueId);
        if (!rec.ok())
            return std::move(rec).error();
        if (!*rec)
            return base::Error(base::ErrorCode::NotFound,
                               "no recording '" + catalogueId + "' in the catalogue");
        known = m_impl->recordingIds.emplace(catalogueId, (*rec)->id).first;
    }
    auto d = m_impl->gate.decideRecording(known->second, ctx);
    if (!d.ok())
        return std::move(d).error();
    return Judgement{identify::Method::CatalogueId, 1.0, catalogueId, std::move(*d)};
}

base::Result<Judgement> CellJudge::isrc(const std::string& isrc, const licence::Context& ctx)
{
    auto rec = m_impl->catalogue.findByIsrc(isrc);
    if (!rec.ok())
        return std::move(rec).error();
    if (!*rec)
        return base::Error(base::ErrorCode::NotFound, "no recording with ISRC " + isrc + " in the catalogue");
    auto d = m_impl->gate.decideIsrc(isrc, ctx);
    if (!d.ok())
        return std::move(d).error();
    if (!*d)
        return base::Error(base::ErrorCode::NotFound, "no recording with ISRC " + isrc + " in the catalogue");
    return Judgement{identify::Method::Isrc, 1.0, (*rec)->catalogueId, std::move(**d)};
}

base::Result<Judgement> CellJudge::file(const std::filesystem::path& file, const licence::Context& ctx)
{
    playback::ListenerSettings settings{ctx.territory, ctx.tier, ctx.device, ctx.at};
    if (!m_impl->trackGate) {
        auto opened = playback::LicenceTrackGate::open(m_impl->dataDir, settings);
        if (!opened.ok())
            return std::move(opened).error();
        m_impl->trackGate = std::move(*opened);
    } else {
        m_impl->trackGate->setSettings(settings);
    }
    auto e = m_impl->trackGate->explain(file);
    if (!e.ok())
        return std::move(e).error();
    return Judgement{e->method, e->confidence, e->catalogueId, std::move(e->decision)};
}

} // namespace accord::scenario
