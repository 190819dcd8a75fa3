// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// libFuzzer target: an Accord JSON catalogue (any bytes) through the JSON importer into an in-memory
// catalogue, rolled back after each input. Bad input must come back as an Error, never a crash or a hang.
#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_writer.hpp"
#include "catalogue/import/json/json_importer.hpp"

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
    Fixture& f = fixture();
    if (!f.catalogue.connection().exec("BEGIN").ok())
        std::abort();
    {
        CatalogueWriter writer(f.catalogue.connection());
        TierPolicy policy = f.policy; // the importer may change the policy (a "tiers" member)
        (void)importAccordJson(writer, policy, text, "fuzz.json", limits);
    }
    if (!f.catalogue.connection().exec("ROLLBACK").ok())
        std::abort();
    return 0;
}
