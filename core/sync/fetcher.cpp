// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/fetcher.hpp"

#include "sync/refusal.hpp"

#include <curl/curl.h>

#include <cstdio>
#include <memory>
#include <mutex>

namespace accord::sync {

namespace {

using base::ErrorCode;
using base::makeError;

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter {
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
using CurlHandle = std::unique_ptr<CURL, CurlDeleter>;

// What the write callback sees: where bytes go, how many are allowed, and whether the cap was hit.
struct Sink {
    std::string* memory = nullptr;
    std::FILE* file = nullptr;
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
    else if (std::fwrite(data, 1, n, sink->file) != n) {
        sink->ioFailed = true;
        return 0;
    }
    sink->written += static_cast<std::int64_t>(n);
    if (sink->progress && *sink->progress)
        (*sink->progress)(sink->offset + sink->written, sink->offset + sink->cap);
    return n;
}

CurlHandle makeHandle(const std::string& url, const std::string& caFile, Sink& sink)
{
    globalInit();
    CurlHandle h(curl_easy_init());
    if (!h)
        return h;
    CURL* c = h.get();
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, 3L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 15L);
    // A server that stalls is cut off: less than 1 byte/s for 30 s aborts.
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 30L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.empty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.c_str());
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &onData);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
    // Also a cheap early refusal when the server states a length; the callback remains the real limit.
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(sink.cap));
    curl_easy_setopt(c, CURLOPT_USERAGENT, "accord-sync/1");
    return h;
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
    return makeError(ErrorCode::Io, std::string(curl_easy_strerror(rc))).inFile(url);
}

} // namespace

Fetcher::Fetcher(std::string baseUrl, std::string caFile)
    : m_baseUrl(std::move(baseUrl)), m_caFile(std::move(caFile))
{
    while (!m_baseUrl.empty() && m_baseUrl.back() == '/')
        m_baseUrl.pop_back();
}

base::Result<std::string> Fetcher::get(const std::string& relPath, std::int64_t maxBytes) const
{
    const std::string url = m_baseUrl + "/" + relPath;
    std::string body;
    Sink sink;
    sink.memory = &body;
    sink.cap = maxBytes;
    CurlHandle h = makeHandle(url, m_caFile, sink);
    if (!h)
        return makeError(ErrorCode::Internal, "curl_easy_init failed");
    const CURLcode rc = curl_easy_perform(h.get());
    if (rc != CURLE_OK)
        return transferError(rc, sink, url);
    long status = 0;
    curl_easy_getinfo(h.get(), CURLINFO_RESPONSE_CODE, &status);
    if (status == 404 || status == 403 || status == 410)
        return makeError(ErrorCode::NotFound, "HTTP " + std::to_string(status)).inFile(url);
    if (status != 200)
        return makeError(ErrorCode::Io, "HTTP " + std::to_string(status)).inFile(url);
    return body;
}

base::Status Fetcher::download(const std::string& relPath, const std::filesystem::path& partFile,
                               std::int64_t size,
                               const std::function<void(std::int64_t, std::int64_t)>& progress,
                               const std::atomic<bool>* cancel) const
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
        if (have == size)
            return {};
        std::FILE* f = std::fopen(partFile.c_str(), have > 0 ? "ab" : "wb");
        if (!f)
            return makeError(ErrorCode::Io, "cannot open").inFile(partFile.string());
        Sink sink;
        sink.file = f;
        sink.cap = size - have;
        sink.offset = have;
        sink.progress = &progress;
        sink.cancel = cancel;
        CurlHandle h = makeHandle(url, m_caFile, sink);
        if (have > 0)
            curl_easy_setopt(h.get(), CURLOPT_RESUME_FROM_LARGE, static_cast<curl_off_t>(have));
        const CURLcode rc = curl_easy_perform(h.get());
        long status = 0;
        curl_easy_getinfo(h.get(), CURLINFO_RESPONSE_CODE, &status);
        const bool closed = std::fclose(f) == 0;
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
        return {};
    }
    return makeError(ErrorCode::Io, "the server does not honour range requests").inFile(url);
}

} // namespace accord::sync
