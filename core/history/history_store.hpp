// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "history/play_record.hpp"
#include "storage/connection.hpp"

#include <cstdint>
#include <vector>

namespace accord::history {

/// The listening history in library.db (table `plays`, library migration 6). Borrowed connection, used on
/// its thread only. Nothing here leaves the machine.
/// [the connection's thread]
class HistoryStore {
public:
    explicit HistoryStore(storage::Connection& conn) : m_conn(&conn) {}

    /// Stores `plays` in one transaction (all or nothing). A record whose file is in the library gets the
    /// track's id and its stored title, artists, album, album artist, ISRC and duration as its snapshot
    /// (found by trackId, else by path); the record's own fields stay where the library has nothing.
    base::Status add(const std::vector<PlayRecord>& plays);
    /// The plays (blocked attempts included) that started in [fromMs, toMs), oldest first.
    base::Result<std::vector<PlayRecord>> between(std::int64_t fromMs, std::int64_t toMs);
    /// Every row, oldest first.
    base::Result<std::vector<PlayRecord>> all();
    base::Result<std::int64_t> count();
    /// Deletes the whole history; returns how many rows it held.
    base::Result<std::int64_t> clear();

private:
    base::Result<std::vector<PlayRecord>> select(const char* where, std::int64_t fromMs, std::int64_t toMs);

    storage::Connection* m_conn;
};

} // namespace accord::history
