// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/judge_cell.hpp"

#include "judgement/judge.hpp"

namespace accord::scenario {

namespace {

Judgement fromCore(judgement::Judgement j)
{
    return Judgement{j.identification.method, j.identification.confidence,
                     std::move(j.identification.catalogueId), std::move(j.decision)};
}

} // namespace

struct CellJudge::Impl {
    std::shared_ptr<judgement::Judge> judge;
};

CellJudge::CellJudge(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
CellJudge::CellJudge(CellJudge&&) noexcept = default;
CellJudge& CellJudge::operator=(CellJudge&&) noexcept = default;
CellJudge::~CellJudge() = default;

base::Result<CellJudge> CellJudge::open(const std::filesystem::path& dataDir)
{
    auto judge = judgement::Judge::open(dataDir);
    if (!judge.ok())
        return std::move(judge).error();
    return CellJudge(std::make_unique<Impl>(Impl{std::move(*judge)}));
}

base::Result<Judgement> CellJudge::recording(const std::string& catalogueId, const licence::Context& ctx)
{
    auto j = m_impl->judge->judgeCatalogueId(catalogueId, ctx);
    if (!j.ok())
        return std::move(j).error();
    if (!*j)
        return base::Error(base::ErrorCode::NotFound, "no recording '" + catalogueId + "' in the catalogue");
    return fromCore(std::move(**j));
}

base::Result<Judgement> CellJudge::isrc(const std::string& isrc, const licence::Context& ctx)
{
    auto j = m_impl->judge->judgeIsrc(isrc, ctx);
    if (!j.ok())
        return std::move(j).error();
    if (!*j)
        return base::Error(base::ErrorCode::NotFound, "no recording with ISRC " + isrc + " in the catalogue");
    return fromCore(std::move(**j));
}

base::Result<Judgement> CellJudge::file(const std::filesystem::path& file, const licence::Context& ctx)
{
    auto j = m_impl->judge->judgeFile(file, ctx);
    if (!j.ok())
        return std::move(j).error();
    return fromCore(std::move(*j));
}

} // namespace accord::scenario
