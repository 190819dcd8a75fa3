// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// libFuzzer target: an Accord JSON catalogue (any bytes) through the JSON importer into an in-memory
// catalogue, then what it imported decided (ImportFuzzFixture). Bad input must come back as an Error,
// never a crash or a hang.
#include "catalogue/import/json/json_importer.hpp"

#include "import_fuzz_fixture.hpp"

#include <cstdint>
#include <string_view>

using namespace accord::catalogue;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ImportLimits limits;
    limits.maxDepth = 64;
    accord::fuzz::ImportFuzzFixture::instance().run([&](CatalogueWriter& writer, TierPolicy& policy) {
        return importAccordJson(writer, policy, text, "fuzz.json", limits);
    });
    return 0;
}
