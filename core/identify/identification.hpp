// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "catalogue/model/recording.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accord::identify {

/// How a file was tied to a recording, most trustworthy first. Stable strings (DB, JSON).
enum class Method { Isrc, CatalogueId, Fingerprint, TitleArtist, Unidentified };

/// "isrc", "catalogue_id", "fingerprint", "title_artist", "unidentified"
const char* toString(Method method) noexcept;
std::optional<Method> methodFromString(std::string_view text) noexcept;

/// What a file offers to identify it: its tags and its audio (for the fingerprint).
struct Evidence {
    std::filesystem::path path; ///< decoded for a fingerprint only when needed
    std::string isrc;
    std::string catalogueId;
    std::string title;
    std::vector<std::string> artists;
    std::optional<std::int64_t> durationMs;
};

/// The verdict: the recording (absent when unidentified), the method, a confidence in [0, 1], and a
/// human note (e.g. why tags were overruled by the fingerprint).
struct Identification {
    Method method = Method::Unidentified;
    double confidence = 0;
    std::optional<catalogue::Recording> recording;
    std::string note;
    std::string fingerprint; ///< the file's encoded fingerprint when one was computed
};

} // namespace accord::identify
