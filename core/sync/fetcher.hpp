// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace accord::sync {

class HashingFileWriter;

/// HTTPS GETs of feed files with libcurl. Every body is capped in the write callback itself (libcurl
/// 7.88's CURLOPT_MAXFILESIZE does not stop a chunked body with no length): past the cap the transfer is
/// aborted and the call refuses with too_large. Only https:// URLs are fetched (redirects too); the server
/// certificate is verified against the system's CAs or `caFile`. [one thread per Fetcher]
class Fetcher {
public:
    Fetcher(std::string baseUrl, std::string caFile);
    ~Fetcher();
    Fetcher(const Fetcher&) = delete;
    Fetcher& operator=(const Fetcher&) = delete;

    /// The file at baseUrl/relPath. NotFound error on HTTP 404 (and 403/410), Io on other failures,
    /// too_large past `maxBytes`.
    base::Result<std::string> get(const std::string& relPath, std::int64_t maxBytes) const;

    /// Appends baseUrl/relPath to `partFile`, resuming from its current size with an HTTP range request,
    /// until it holds `size` bytes; more than `size` bytes refuses with too_large. `progress(done, size)`
    /// is called as bytes arrive. A server that ignores the range restarts the file from zero. When
    /// `cancel` (may be null; set from any thread) becomes true the transfer stops within one write
    /// callback and the call fails with ErrorCode::Cancelled, keeping the bytes so far for a resume.
    /// The bytes are hashed as they arrive (SHA-256; a resumed file's existing part first) and written in
    /// large blocks; the file is fsync()ed once, at the end. When `sha256Hex` is given it receives the
    /// hash of the whole file (lower-case hex), so the caller need not read it again. When `unsynced` is
    /// given, a successful transfer is not fsync()ed: the writer, its file still open, is handed over and
    /// the caller must call its syncAndClose() before renaming the file (it may do so on another thread,
    /// while the next file transfers). A failed transfer is always synced and closed here.
    base::Status download(const std::string& relPath, const std::filesystem::path& partFile,
                          std::int64_t size, const std::function<void(std::int64_t, std::int64_t)>& progress,
                          const std::atomic<bool>* cancel = nullptr, std::string* sha256Hex = nullptr,
                          std::unique_ptr<HashingFileWriter>* unsynced = nullptr) const;

private:
    /// The easy handle for the next transfer: one per Fetcher, reset between transfers, so that its
    /// connection and TLS session are kept from one file to the next.
    void* prepare(const std::string& url, void* sink) const;

    std::string m_baseUrl;
    std::string m_caFile;
    mutable void* m_curl = nullptr; ///< CURL*
};

} // namespace accord::sync
