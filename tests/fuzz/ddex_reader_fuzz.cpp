// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// libFuzzer target: a DDEX ERN message (any bytes) through the XML reader, the message reader and the
// importer's writes into an in-memory catalogue, then what it imported decided (ImportFuzzFixture). The
// importer must refuse what it cannot read with an Error, never crash, hang or leak.
#include "catalogue/import/ddex/ddex_importer.hpp"
#include "catalogue/import/ddex/ddex_reader.hpp"
#include "catalogue/import/ddex/xml_tree.hpp"

#include "import_fuzz_fixture.hpp"

#include <cstdint>
#include <string_view>

using namespace accord::catalogue;

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
    accord::fuzz::ImportFuzzFixture::instance().run([&](CatalogueWriter& writer, TierPolicy& policy) {
        return importDdex(writer, policy, text, "fuzz.xml", limits);
    });
    return 0;
}
