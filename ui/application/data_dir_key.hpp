// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QString>

#include <filesystem>

namespace accord::ui {

/// A short stable name for a data folder, for what must be kept apart per folder (the single-instance
/// socket, the saved queue): empty for the default folder (base::defaultDataDir(), so what was saved before
/// data folders had keys still belongs to it), else 12 hex digits of a hash of the folder's absolute,
/// normalised path ("~/music-b" and "~/music-b/" are one folder). [any thread] Pure apart from reading the
/// environment for the default folder and the working directory for a relative path.
QString dataDirKey(const std::filesystem::path& dataDir);

} // namespace accord::ui
