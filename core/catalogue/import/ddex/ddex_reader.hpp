// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/import/ddex/ddex_message.hpp"
#include "catalogue/import/ddex/xml_tree.hpp"

#include <string>

namespace accord::catalogue {

/// Reads a NewReleaseMessage tree (ERN 3.8.2 or 4.x, detected from MessageSchemaVersionId or the
/// namespace) into a DdexMessage. Errors are Format errors naming the file, the element's line and the
/// field (e.g. "SoundRecording/SoundRecordingId/ISRC"). [any thread] Pure.
base::Result<DdexMessage> readDdexMessage(const XmlNode& root, const std::string& fileName);

} // namespace accord::catalogue
