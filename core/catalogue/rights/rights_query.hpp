// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/model/recording_rights.hpp"
#include "storage/connection.hpp"
#include "storage/statement.hpp"

#include <cstdint>
#include <optional>

namespace accord::catalogue {

/// Assembles a recording's RecordingRights from the normalised tables: deals, takedowns and purchases on the
/// recording and on every release containing it (one statement), then the parent chain of each
/// sublicence. This is the source of truth that the stored rights rows are built from, and the fallback
/// while a row is missing or stale.
/// [the connection's thread] Must not outlive the connection; statements are prepared on first use.
class RightsQuery {
public:
    explicit RightsQuery(storage::Connection& conn) : m_conn(conn) {}

    base::Result<RecordingRights> load(std::int64_t recordingId);

private:
    storage::Connection& m_conn;
    std::optional<storage::Statement> m_all;
    std::optional<storage::Statement> m_parent;
};

} // namespace accord::catalogue
