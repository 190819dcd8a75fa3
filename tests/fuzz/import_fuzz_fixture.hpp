// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_writer.hpp"
#include "catalogue/import/import_report.hpp"

#include <functional>

namespace accord::fuzz {

/// The importer fuzzers' one in-memory catalogue. run() imports one input inside a transaction and rolls it
/// back afterwards, so every input meets the same empty catalogue. What an import accepted is then stored
/// as rights rows (refreshRights, as `catalogue import` does before it commits), read back per recording
/// and decided in a few contexts (territories, tiers, devices, instants), so that a message that imports
/// but makes a decision crash, hang or trip a sanitizer is found too.
/// Failure: a database error of the fixture itself (not of the input) aborts the process. [fuzzer thread]
class ImportFuzzFixture {
public:
    using Import = std::function<base::Result<catalogue::ImportReport>(catalogue::CatalogueWriter&,
                                                                       catalogue::TierPolicy&)>;

    static ImportFuzzFixture& instance();
    void run(const Import& import);

private:
    ImportFuzzFixture(catalogue::Catalogue cat, catalogue::TierPolicy policy);
    void decideEverything(const catalogue::TierPolicy& policy);

    catalogue::Catalogue m_catalogue;
    catalogue::TierPolicy m_policy;
};

} // namespace accord::fuzz
