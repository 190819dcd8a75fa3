// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// libFuzzer target: a DDEX ERN message (any bytes) through the XML reader, the message reader and the
// importer's writes into an in-memory catalogue, rolled back after each input. The importer must refuse
// what it cannot read with an Error, never crash, hang or leak.
#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_writer.hpp"
#include "catalogue/import/ddex/ddex_importer.hpp"
#include "catalogue/import/ddex/ddex_reader.hpp"
#include "catalogue/import/ddex/xml_tree.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace accord::catalogue;

namespace {

struct Fixture {
    Catalogue catalogue;
    TierPolicy policy;
};

Fixture& fixture()
{
    static Fixture* f = [] {
        auto cat = Catalogue::open(":memory:");
        if (!cat.ok())
            std::abort();
        auto policy = cat->tierPolicy();
        if (!policy.ok())
            std::abort();
        return new Fixture{std::move(*cat), std::move(*policy)};
    }();
    return *f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ImportLimits limits;
    limits.maxDepth = 64;
    limits.maxElements = 100'000;
    // The reader alone (what the importer reads of a message)...
    if (auto root = parseXml(text, "fuzz.xml", limits); root.ok())
        (void)readDdexMessage(**root, "fuzz.xml");
    // ...and the whole import, as `catalogue import` runs it, inside a transaction that is rolled back.
    Fixture& f = fixture();
    if (!f.catalogue.connection().exec("BEGIN").ok())
        std::abort();
    {
        CatalogueWriter writer(f.catalogue.connection());
        (void)importDdex(writer, f.policy, text, "fuzz.xml", limits);
    }
    if (!f.catalogue.connection().exec("ROLLBACK").ok())
        std::abort();
    return 0;
}
