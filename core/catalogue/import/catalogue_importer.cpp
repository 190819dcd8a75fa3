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

// The first significant character of a file, and whether it is UTF-16 (a byte-order mark, or the zero
// byte beside an ASCII character that every UTF-16 XML file starts with). Expat reads UTF-16 XML itself.
struct Lead {
    char c = '\0';
    bool utf16 = false;
};

Lead sniffLead(const std::string& text)
{
    const auto byte = [&](size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
    const bool two = text.size() >= 2;
    const bool le = two && ((byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) != 0 && byte(1) == 0));
    const bool be = two && ((byte(0) == 0xFE && byte(1) == 0xFF) || (byte(0) == 0 && byte(1) != 0));
    if (le || be) {
        for (size_t i = (byte(0) >= 0xFE ? 2 : 0); i + 1 < text.size(); i += 2) {
            const unsigned hi = le ? byte(i + 1) : byte(i);
            const unsigned lo = le ? byte(i) : byte(i + 1);
            if (hi == 0 && (lo == ' ' || lo == '\t' || lo == '\r' || lo == '\n'))
                continue;
            return {hi == 0 ? static_cast<char>(lo) : '\0', true};
        }
        return {'\0', true};
    }
    const size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    return {first == std::string::npos ? '\0' : text[first], false};
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
            const Lead lead = sniffLead(*text);
            Result<ImportReport> report =
                lead.c == '<' ? importDdex(writer, *policy, *text, file.string(), limits)
                : lead.c == '{' && !lead.utf16
                    ? importAccordJson(writer, *policy, *text, file.string(), limits)
                : lead.c == '{'
                    ? Result<ImportReport>(Error(ErrorCode::Format,
                                                 "UTF-16 JSON is not supported: Accord JSON is "
                                                 "UTF-8 (RFC 8259); convert the file")
                                               .inFile(file.string()))
                    : Result<ImportReport>(
                          Error(ErrorCode::Format, std::string("neither XML (DDEX) nor JSON (Accord "
                                                               "catalogue)") +
                                                       (lead.utf16 ? " in UTF-16" : ""))
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
