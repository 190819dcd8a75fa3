// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/fetcher.hpp"

#include "sync/curl_library.hpp"
#include "sync/hashing_file_writer.hpp"
#include "sync/refusal.hpp"

#include <cerrno>
#include <cstring>
#include <memory>

namespace accord::sync {

namespace {

using base::ErrorCode;
using base::makeError;

// libcurl's table (CurlLibrary: opened on the first fetch; curl_global_init has run). Only called once
// load() succeeded.
const CurlLibrary& curl()
{
    return **CurlLibrary::load();
}

// What the write callback sees: where bytes go, how many are allowed, and whether the cap was hit.
struct Sink {
    std::string* memory = nullptr;
    HashingFileWriter* file = nullptr;
    std::int64_t written = 0;
    std::int64_t cap = 0;
    bool overCap = false;
    bool ioFailed = false;
    bool cancelled = false;
    const std::atomic<bool>* cancel = nullptr;
    const std::function<void(std::int64_t, std::int64_t)>* progress = nullptr;
    std::int64_t offset = 0;
};

std::size_t onData(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* sink = static_cast<Sink*>(user);
    const std::size_t n = size * count;
    if (sink->cancel && sink->cancel->load(std::memory_order_relaxed)) {
        sink->cancelled = true;
        return 0; // aborts the transfer; what was written stays in the part file for a resume
    }
    // The cap is enforced here, on the bytes that actually arrive, whatever the headers said.
    if (sink->written + static_cast<std::int64_t>(n) > sink->cap) {
        sink->overCap = true;
        return 0; // aborts the transfer with CURLE_WRITE_ERROR
    }
    if (sink->memory)
        sink->memory->append(data, n);
    else if (!sink->file->append(data, n)) {
        sink->ioFailed = true;
        return 0;
    }
    sink->written += static_cast<std::int64_t>(n);
    if (sink->progress && *sink->progress)
        (*sink->progress)(sink->offset + sink->written, sink->offset + sink->cap);
    return n;
}

// Sets every option of a transfer on `c` (a new or reset handle).
void setOptions(CURL* c, const std::string& url, const std::string& caFile, Sink& sink)
{
    const CurlLibrary& cu = curl();
    cu.curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    cu.curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
    cu.curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "https");
    cu.curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    cu.curl_easy_setopt(c, CURLOPT_MAXREDIRS, 3L);
    cu.curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    cu.curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 15L);
    // A server that stalls is cut off: less than 1 byte/s for 30 s aborts.
    cu.curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
    cu.curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 30L);
    cu.curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    cu.curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.empty())
        cu.curl_easy_setopt(c, CURLOPT_CAINFO, caFile.c_str());
    cu.curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &onData);
    cu.curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
    // Also a cheap early refusal when the server states a length; the callback remains the real limit.
    cu.curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(sink.cap));
    cu.curl_easy_setopt(c, CURLOPT_USERAGENT, "accord-sync/1");
    // Fewer, larger reads from the TLS layer and calls of onData (16 KiB by default; curl's tool uses
    // 100 KiB); 512 KiB is the largest every libcurl accepts.
    cu.curl_easy_setopt(c, CURLOPT_BUFFERSIZE, 512L * 1024);
}

base::Error transferError(CURLcode rc, const Sink& sink, const std::string& url)
{
    if (sink.overCap || rc == CURLE_FILESIZE_EXCEEDED)
        return refuse(refusal::kTooLarge,
                      url + ": response larger than " + std::to_string(sink.cap) + " bytes");
    if (sink.ioFailed)
        return makeError(ErrorCode::Io, "cannot write the download").inFile(url);
    if (sink.cancelled)
        return makeError(ErrorCode::Cancelled, "download cancelled").inFile(url);
    return makeError(ErrorCode::Io, std::string(curl().curl_easy_strerror(rc))).inFile(url);
}

// Why prepare() made no handle: libcurl is missing (its loader's error names it) or refused one.
base::Error curlUnavailable()
{
    const auto& lib = CurlLibrary::load();
    if (!lib.ok())
        return lib.error();
    return makeError(ErrorCode::Internal, "curl_easy_init failed");
}

} // namespace

Fetcher::Fetcher(std::string baseUrl, std::string caFile)
    : m_baseUrl(std::move(baseUrl)), m_caFile(std::move(caFile))
{
    while (!m_baseUrl.empty() && m_baseUrl.back() == '/')
        m_baseUrl.pop_back();
}

Fetcher::~Fetcher()
{
    if (m_curl) // made by prepare(), so the library is loaded
        curl().curl_easy_cleanup(static_cast<CURL*>(m_curl));
}

void* Fetcher::prepare(const std::string& url, void* sink) const
{
    if (!CurlLibrary::load().ok())
        return nullptr;
    if (m_curl)
        curl().curl_easy_reset(static_cast<CURL*>(m_curl)); // keeps the connection, TLS session, DNS caches
    else
        m_curl = curl().curl_easy_init();
    if (m_curl)
        setOptions(static_cast<CURL*>(m_curl), url, m_caFile, *static_cast<Sink*>(sink));
    return m_curl;
}

base::Result<std::string> Fetcher::get(const std::string& relPath, std::int64_t maxBytes) const
{
    const std::string url = m_baseUrl + "/" + relPath;
    std::string body;
    Sink sink;
    sink.memory = &body;
    sink.cap = maxBytes;
    auto* h = static_cast<CURL*>(prepare(url, &sink));
    if (!h)
        return curlUnavailable();
    const CURLcode rc = curl().curl_easy_perform(h);
    if (rc != CURLE_OK)
        return transferError(rc, sink, url);
    long status = 0;
    curl().curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    if (status == 404 || status == 403 || status == 410)
        return makeError(ErrorCode::NotFound, "HTTP " + std::to_string(status)).inFile(url);
    if (status != 200)
        return makeError(ErrorCode::Io, "HTTP " + std::to_string(status)).inFile(url);
    return body;
}

base::Status Fetcher::download(const std::string& relPath, const std::filesystem::path& partFile,
                               std::int64_t size,
                               const std::function<void(std::int64_t, std::int64_t)>& progress,
                               const std::atomic<bool>* cancel, std::string* sha256Hex,
                               std::unique_ptr<HashingFileWriter>* unsynced) const
{
    const std::string url = m_baseUrl + "/" + relPath;
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::error_code ec;
        std::int64_t have = std::filesystem::exists(partFile, ec)
                                ? static_cast<std::int64_t>(std::filesystem::file_size(partFile, ec))
                                : 0;
        if (have > size) {
            std::filesystem::remove(partFile, ec);
            have = 0;
        }
        auto owned = std::make_unique<HashingFileWriter>();
        HashingFileWriter& file = *owned;
        if (!file.open(partFile, have == 0))
            return makeError(ErrorCode::Io, std::string("cannot open: ") + std::strerror(errno))
                .inFile(partFile.string());
        if (have == size) {
            if (!file.finish())
                return makeError(ErrorCode::Io, "cannot write").inFile(partFile.string());
            if (sha256Hex)
                *sha256Hex = file.sha256Hex();
            return {};
        }
        using Durability = HashingFileWriter::Durability;
        Sink sink;
        sink.file = &file;
        sink.cap = size - have;
        sink.offset = have;
        sink.progress = &progress;
        sink.cancel = cancel;
        auto* h = static_cast<CURL*>(prepare(url, &sink));
        if (!h)
            return curlUnavailable();
        if (have > 0)
            curl().curl_easy_setopt(h, CURLOPT_RESUME_FROM_LARGE, static_cast<curl_off_t>(have));
        const CURLcode rc = curl().curl_easy_perform(h);
        long status = 0;
        curl().curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
        // What arrived is kept (flushed and synced) even when the transfer failed: the next call resumes.
        // A complete transfer may leave its fsync to the caller (see `unsynced`).
        const bool complete =
            rc == CURLE_OK && (status == 200 || status == 206) && !(have > 0 && status == 200);
        const bool closed = file.finish(complete && unsynced ? Durability::Later : Durability::Now);
        if (rc == CURLE_RANGE_ERROR || (rc == CURLE_OK && have > 0 && status == 200)) {
            // The server ignored the range: start again from the first byte.
            std::filesystem::remove(partFile, ec);
            continue;
        }
        if (rc != CURLE_OK)
            return transferError(rc, sink, url);
        if (status == 404 || status == 403 || status == 410)
            return makeError(ErrorCode::NotFound, "HTTP " + std::to_string(status)).inFile(url);
        if (status != 200 && status != 206)
            return makeError(ErrorCode::Io, "HTTP " + std::to_string(status)).inFile(url);
        if (!closed)
            return makeError(ErrorCode::Io, "cannot write").inFile(partFile.string());
        if (sha256Hex)
            *sha256Hex = file.sha256Hex();
        if (unsynced)
            *unsynced = std::move(owned);
        return {};
    }
    return makeError(ErrorCode::Io, "the server does not honour range requests").inFile(url);
}

} // namespace accord::sync
