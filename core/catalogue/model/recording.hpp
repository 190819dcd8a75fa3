// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace accord::catalogue {

/// A sound recording in the catalogue. [any thread] Plain value type.
struct Recording {
    std::int64_t id = 0;             ///< row id (stable within one catalogue database)
    std::string catalogueId;         ///< the catalogue's own id (unique)
    std::optional<std::string> isrc; ///< ISRC, upper case without hyphens
    std::string title;
    std::vector<std::string> artists; ///< display names, in order
    std::optional<std::int64_t> durationMs;
    /// Chromaprint fingerprint as chromaprint_get_fingerprint returns it (compressed, URL-safe base64,
    /// the form AcoustID uses), with the duration in seconds of the audio it was computed from.
    std::optional<std::string> fingerprint;
    std::optional<std::int64_t> fingerprintDurationS;
    std::vector<std::string> aliases; ///< short names, nicknames, alternative spellings
};

/// One row for fingerprint matching. [any thread] Plain value type.
struct FingerprintEntry {
    std::int64_t recordingId = 0;
    std::string catalogueId;
    std::string fingerprint;
    std::int64_t durationS = 0;
};

/// A recording as catalogue-wide listings name it (Catalogue::recordingKeysAfter). [any thread] Plain value.
struct RecordingKey {
    std::int64_t id = 0;
    std::string catalogueId;
    std::optional<std::string> isrc; ///< upper case without hyphens
};

/// Joins artists for display: "A; B".
std::string joinArtists(const std::vector<std::string>& artists);
/// Inverse of joinArtists.
std::vector<std::string> splitArtists(const std::string& joined);

/// Upper-cases and drops hyphens/spaces; true when the result is a valid ISRC (CC XXX YY NNNNN).
bool normaliseIsrc(std::string_view text, std::string& out);

} // namespace accord::catalogue
