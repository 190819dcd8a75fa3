// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "scenario/scenario.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace accord::scenario {

/// A scenario's own world: a fresh temporary directory holding a data dir (catalogue.db, library.db)
/// and a library folder. The library fixtures are written first (an inline catalogue recording may take
/// its fingerprint from one), then the catalogue fixtures are imported through the real importer (one
/// transaction), generated library fixtures are written as tagged audio, real ones copied, and the folder
/// scanned with the real library Scanner. Nothing outside the temporary directory is written; it is removed
/// with everything in it on destruction. [one thread]
class ScenarioWorkspace {
public:
    /// Failure: any fixture that cannot be written, imported or scanned (the error names it).
    static base::Result<std::unique_ptr<ScenarioWorkspace>> build(const Scenario& scenario);
    ~ScenarioWorkspace();
    ScenarioWorkspace(const ScenarioWorkspace&) = delete;
    ScenarioWorkspace& operator=(const ScenarioWorkspace&) = delete;

    const std::filesystem::path& dataDir() const { return m_dataDir; }
    /// The library file of a fixture (empty path when unknown).
    std::filesystem::path fileOf(const std::string& fixtureName) const;

private:
    explicit ScenarioWorkspace(std::filesystem::path root);
    /// The inline catalogue's JSON with the fingerprints `fingerprint_of` asked for filled in.
    static base::Result<std::string> withFingerprints(const CatalogueFixture& c, const ScenarioWorkspace& ws);
    std::filesystem::path m_root;
    std::filesystem::path m_dataDir;
    std::map<std::string, std::filesystem::path> m_files;
};

} // namespace accord::scenario
