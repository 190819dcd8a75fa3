// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/model/recording_rights.hpp"

#include <cstdint>
#include <span>
#include <string>

namespace accord::catalogue {

/// The compact binary form of a RecordingRights kept in the catalogue's recording_rights table, so that a
/// decision reads one row instead of joining deals, releases, takedowns, purchases and sublicence parents.
///
/// Layout (version 1): a version byte, then the four lists (deals, ancestors, takedowns, purchases), each
/// a varint count followed by its entries. Integers are LEB128 varints (instants zig-zag encoded, optional
/// values prefixed by a presence byte), strings a varint length plus UTF-8 bytes, territory codes two
/// bytes each, and the common DDEX commercial models one byte. Everything is little-endian and
/// independent of the host, so a catalogue file moves between machines.
/// [any thread] Pure functions.
std::string encodeRights(const RecordingRights& rights);

/// Decodes what encodeRights wrote. A truncated, over-long or unknown-version row is an Error of kind
/// Format naming the recording (the caller falls back to the tables and the row is rebuilt).
base::Result<RecordingRights> decodeRights(std::span<const std::uint8_t> row, std::int64_t recordingId);

} // namespace accord::catalogue
