// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "acx/reader.hpp"
#include "base/error.hpp"

#include <memory>
#include <optional>
#include <sndfile.h>

namespace accord::audio {

/// An `.acx` file's plaintext as a libsndfile virtual file (sf_open_virtual): libsndfile's reads and seeks
/// become AcxReader reads, which decrypt and authenticate the chunks they touch. libsndfile sees only
/// authenticated bytes; when a chunk fails, its read returns 0 and the error is kept here for the decoder
/// to report (libsndfile itself would only see an early end of file).
/// Private to the audio module. [one thread at a time: the decoder's]
class AcxVirtualFile {
public:
    explicit AcxVirtualFile(std::unique_ptr<acx::AcxReader> reader) : m_reader(std::move(reader)) {}
    AcxVirtualFile(const AcxVirtualFile&) = delete;
    AcxVirtualFile& operator=(const AcxVirtualFile&) = delete;

    /// sf_open_virtual over this file; nullptr on failure (see sf_error(nullptr) and error()).
    /// The SNDFILE must be closed before this object goes away.
    SNDFILE* open(SF_INFO* info);
    /// The first read failure (authentication, I/O), if any.
    const std::optional<base::Error>& error() const { return m_error; }

private:
    static sf_count_t length(void* self);
    static sf_count_t seek(sf_count_t offset, int whence, void* self);
    static sf_count_t read(void* ptr, sf_count_t count, void* self);
    static sf_count_t write(const void* ptr, sf_count_t count, void* self);
    static sf_count_t tell(void* self);

    std::unique_ptr<acx::AcxReader> m_reader;
    sf_count_t m_position = 0;
    std::optional<base::Error> m_error;
};

} // namespace accord::audio
