// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/import/catalogue_importer.hpp"

#include "catalogue/db/catalogue_writer.hpp"
#include "catalogue/import/ddex/ddex_importer.hpp"
#include "catalogue/import/json/json_importer.hpp"
#include "catalogue/rights/rights_file_writer.hpp"
#include "catalogue/rights/rights_index.hpp"
#include "storage/transaction.hpp"

#include <fstream>
#include <sstream>

namespace accord::catalogue {

using base::Error;
using base::ErrorCode;
using base::Result;

namespace {

Result<std::string> readLimited(const std::filesystem::path& path, const ImportLimits& limits)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return Error(ErrorCode::NotFound, "cannot read: " + ec.message()).inFile(path.string());
    if (size > limits.maxFileBytes)
        return Error(ErrorCode::Refused, "file of " + std::to_string(size) + " bytes exceeds the " +
                                             std::to_string(limits.maxFileBytes) + "-byte import limit")
            .inFile(path.string());
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error(ErrorCode::Io, "cannot open").inFile(path.string());
    std::string text(static_cast<size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size)
        return Error(ErrorCode::Io, "short read").inFile(path.string());
    return text;
}

} // namespace

Result<std::vector<ImportReport>> importCatalogueFiles(Catalogue& catalogue,
                                                       std::span<const std::filesystem::path> files,
                                                       const ImportLimits& limits)
{
    auto policy = catalogue.tierPolicy();
    if (!policy.ok())
        return std::move(policy).error();
    // A large import touches more pages than SQLite's 2 MiB default cache: without room they are spilled
    // to the WAL again and again before the commit. Statement journals in memory: every insert fires a
    // rights trigger, so each statement keeps a sub-journal, and once one spilled past 64 KiB to a temp file
    // all the others wrote their pages there too (13 pwrite calls per recording; ~40% of a synth import).
    ACCORD_TRY(catalogue.connection().exec("PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY"));
    auto tx = storage::Transaction::begin(catalogue.connection());
    if (!tx.ok())
        return std::move(tx).error();
    std::vector<ImportReport> reports;
    {
        CatalogueWriter writer(catalogue.connection());
        for (const std::filesystem::path& file : files) {
            auto text = readLimited(file, limits);
            if (!text.ok())
                return std::move(text).error();
            const size_t first = text->find_first_not_of(" \t\r\n\xEF\xBB\xBF");
            const char lead = first == std::string::npos ? '\0' : (*text)[first];
            Result<ImportReport> report =
                lead == '<'   ? importDdex(writer, *policy, *text, file.string(), limits)
                : lead == '{' ? importAccordJson(writer, *policy, *text, file.string(), limits)
                              : Result<ImportReport>(
                                    Error(ErrorCode::Format, "neither XML (DDEX) nor JSON (Accord catalogue)")
                                        .inFile(file.string()));
            if (!report.ok())
                return std::move(report).error();
            reports.push_back(std::move(*report));
        }
    }
    // The stored rights rows change in the same transaction as the deals they describe.
    auto rebuilt = refreshRights(catalogue.connection());
    if (!rebuilt.ok())
        return std::move(rebuilt).error();
    ACCORD_TRY(tx->commit());
    maintainRightsIndex(catalogue.connection());
    return reports;
}

} // namespace accord::catalogue
