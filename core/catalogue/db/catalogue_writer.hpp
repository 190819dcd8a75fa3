// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/model/deal.hpp"
#include "catalogue/model/purchase.hpp"
#include "catalogue/model/recording.hpp"
#include "catalogue/model/release.hpp"
#include "catalogue/model/takedown.hpp"
#include "catalogue/model/tier_policy.hpp"
#include "storage/connection.hpp"
#include "storage/statement.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace accord::catalogue {

/// Row-level writes used by the importers and the synthesiser. It opens no transaction itself: the caller
/// wraps a whole import in one storage::Transaction, so an error anywhere leaves the catalogue untouched.
/// Keeps the normalised key columns (title_key, artist_key, alias_key) in step with the text.
/// [the connection's thread] Must not outlive the connection.
class CatalogueWriter {
public:
    explicit CatalogueWriter(storage::Connection& conn);
    ~CatalogueWriter();
    CatalogueWriter(const CatalogueWriter&) = delete;
    CatalogueWriter& operator=(const CatalogueWriter&) = delete;

    base::Result<std::int64_t> upsertParty(std::string_view key, std::string_view name,
                                           std::string_view role);

    /// Inserts or updates a recording, matched by ISRC when it has one, else by catalogue id. A null
    /// fingerprint keeps a stored one; an existing row keeps its catalogue id. Aliases are replaced when
    /// replaceAliases, else new ones are added.
    base::Result<std::int64_t> upsertRecording(const Recording& recording, bool replaceAliases);
    /// Inserts or updates a release by key and replaces its track list.
    base::Result<std::int64_t> upsertRelease(const Release& release);

    base::Result<std::optional<std::int64_t>> recordingIdByCatalogueId(std::string_view catalogueId);
    base::Result<std::optional<std::int64_t>> recordingIdByIsrc(std::string_view normalisedIsrc);
    base::Result<std::optional<std::int64_t>> releaseIdByKey(std::string_view key);
    base::Result<std::optional<std::int64_t>> dealIdByKey(std::string_view key);

    /// DDEX semantics: a new message for a release replaces that release's deals (and takedowns that came
    /// from DDEX). Sublicences of the removed deals die with them (ON DELETE CASCADE).
    base::Status removeReleaseDeals(std::int64_t releaseId);

    /// Inserts or updates by dealKey (an update keeps the row id, so sublicences stay attached).
    base::Result<std::int64_t> upsertDeal(const Deal& deal, std::string_view source);
    base::Result<std::int64_t> upsertTakedown(const Takedown& takedown, std::string_view source);
    base::Status addPurchase(const Purchase& purchase);
    base::Status setPolicy(const TierPolicy& policy);

private:
    base::Result<storage::Statement*> prepared(std::string_view sql);
    storage::Connection& m_conn;
    std::map<std::string, std::unique_ptr<storage::Statement>, std::less<>> m_statements;
};

} // namespace accord::catalogue
