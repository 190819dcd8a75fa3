// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/hashing_file_writer.hpp"

#include "sync/bytes.hpp"

#include <fcntl.h>
#include <openssl/evp.h>
#include <unistd.h>

#include <cerrno>

namespace accord::sync {

namespace {

constexpr std::int64_t kWriteback = 8 * 1024 * 1024;

} // namespace

struct HashingFileWriter::Digest {
    std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
};

HashingFileWriter::HashingFileWriter() : m_digest(std::make_unique<Digest>()) {}

HashingFileWriter::~HashingFileWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_failed = true; // drop what is queued: an unfinished download is resumed from what reached the file
    }
    stop(); // the worker finishes the block in hand, then ends; the queue goes with the object
    if (m_fd >= 0)
        ::close(m_fd);
}

bool HashingFileWriter::open(const std::filesystem::path& path, bool fresh)
{
    if (!m_digest->ctx || EVP_DigestInit_ex(m_digest->ctx.get(), EVP_sha256(), nullptr) != 1)
        return false;
    m_fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | (fresh ? O_TRUNC : 0), 0644);
    if (m_fd < 0)
        return false;
    // A resumed file: its existing part is hashed first, so the hash is of the whole file.
    Block buf(kBlock);
    for (;;) {
        const ssize_t n = ::read(m_fd, buf.data(), buf.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0)
            break;
        EVP_DigestUpdate(m_digest->ctx.get(), buf.data(), static_cast<std::size_t>(n));
    }
    m_written = m_kicked = ::lseek(m_fd, 0, SEEK_CUR); // at the end: writes append
    if (m_written < 0)
        return false;
    m_filling.reserve(kBlock);
    m_writer = std::thread([this] { run(); });
    return true;
}

bool HashingFileWriter::append(const char* data, std::size_t n)
{
    // Hashed here, from the caller's buffer (libcurl's): no copy and no hand-off for the hash. A hashing
    // thread beside the writer was measured slower (tests/bench/README.md, "Signed sync"): with the
    // server on the same 2 cores, one more runnable thread only waits for a core.
    EVP_DigestUpdate(m_digest->ctx.get(), data, n);
    while (n > 0) {
        const std::size_t take = std::min(n, kBlock - m_filling.size());
        m_filling.insert(m_filling.end(), data, data + take);
        data += take;
        n -= take;
        if (m_filling.size() == kBlock) {
            Block next;
            {
                const std::lock_guard lock(m_mutex);
                if (!m_spare.empty()) {
                    next = std::move(m_spare.back());
                    m_spare.pop_back();
                }
            }
            next.clear();
            next.reserve(kBlock);
            if (!hand(std::exchange(m_filling, std::move(next))))
                return false;
        }
    }
    const std::lock_guard lock(m_mutex);
    return !m_failed;
}

bool HashingFileWriter::hand(Block block)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_failed || m_queue.size() < kMaxQueued; });
    if (m_failed)
        return false;
    m_queue.push_back(std::move(block));
    m_changed.notify_all();
    return true;
}

void HashingFileWriter::run()
{
    std::int64_t& done = m_stored; // guarded by m_mutex
    for (;;) {
        const Block* block = nullptr;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] {
                return m_failed || m_closing || done < m_popped + static_cast<std::int64_t>(m_queue.size());
            });
            if (m_failed || done == m_popped + static_cast<std::int64_t>(m_queue.size()))
                return; // failed, or closing with nothing left
            block = &m_queue[static_cast<std::size_t>(done - m_popped)];
        }
        const bool ok = writeAll(block->data(), block->size());
        // Start the disk writes without waiting for them: they overlap the transfer, and the one fsync()
        // at the end has little left to wait for.
        if (ok && m_written - m_kicked >= kWriteback) {
            ::sync_file_range(m_fd, m_kicked, m_written - m_kicked, SYNC_FILE_RANGE_WRITE);
            m_kicked = m_written;
        }
        const std::lock_guard lock(m_mutex);
        if (!ok) {
            m_failed = true;
            m_changed.notify_all();
            return;
        }
        ++done;
        // Written blocks leave the queue (the room the receiving thread waits for).
        while (!m_queue.empty() && m_stored > m_popped) {
            if (m_spare.size() < 2)
                m_spare.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
            ++m_popped;
        }
        m_changed.notify_all();
    }
}

void HashingFileWriter::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closing = true;
        m_changed.notify_all();
    }
    if (m_writer.joinable())
        m_writer.join();
}

bool HashingFileWriter::finish(Durability durability)
{
    if (m_fd < 0)
        return false;
    bool ok = m_filling.empty() || hand(std::move(m_filling));
    m_filling.clear();
    stop(); // the worker writes what is queued, then ends
    {
        const std::lock_guard lock(m_mutex);
        ok = ok && !m_failed;
    }
    if (ok) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        ok = EVP_DigestFinal_ex(m_digest->ctx.get(), digest, &len) == 1;
        m_hex = toHex(digest, len);
    }
    if (durability == Durability::Later && ok)
        return true; // the fd stays open for syncAndClose()
    ok = ::fsync(m_fd) == 0 && ok;
    ok = ::close(m_fd) == 0 && ok;
    m_fd = -1;
    return ok;
}

bool HashingFileWriter::syncAndClose()
{
    if (m_fd < 0)
        return false;
    bool ok = ::fsync(m_fd) == 0;
    ok = ::close(m_fd) == 0 && ok;
    m_fd = -1;
    return ok;
}

bool HashingFileWriter::writeAll(const char* data, std::size_t n)
{
    while (n > 0) {
        const ssize_t w = ::write(m_fd, data, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        data += w;
        n -= static_cast<std::size_t>(w);
        m_written += w;
    }
    return true;
}

} // namespace accord::sync
