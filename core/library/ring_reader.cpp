// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/ring_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <liburing.h>
#include <sys/stat.h>
#include <unistd.h>

namespace accord::library {

namespace {

// What a completion is for: the low two bits of its user data; the slot is the rest.
enum Op : std::uint64_t { kOpen = 0, kHead = 1, kTail = 2 };

std::uint64_t tag(std::size_t slot, Op op)
{
    return (static_cast<std::uint64_t>(slot) << 2) | op;
}

} // namespace

// One file on its way: opened (or failed), its reads queued or done.
struct RingReader::Slot {
    int fd = -1;
    int error = 0;
    std::int64_t size = 0;
    unsigned pending = 0; ///< operations queued and not completed
    std::unique_ptr<std::uint8_t[]> head;
    std::unique_ptr<std::uint8_t[]> tail;
    bool headWhole = false;
    bool tailWhole = false;
};

std::unique_ptr<RingReader> RingReader::create(std::size_t count, PathAt pathAt, unsigned depth,
                                               std::string* why)
{
    depth = std::max(1u, depth);
    auto ring = std::make_unique<io_uring>();
    // Each file has at most two operations in flight (its open, then its two reads).
    const int rc = io_uring_queue_init(2 * depth, ring.get(), 0);
    if (rc < 0) {
        if (why)
            *why = std::string("io_uring_setup: ") + std::strerror(-rc);
        return nullptr;
    }
    io_uring_probe* probe = io_uring_get_probe_ring(ring.get());
    const bool ops = probe && io_uring_opcode_supported(probe, IORING_OP_OPENAT) &&
                     io_uring_opcode_supported(probe, IORING_OP_READ);
    if (probe)
        io_uring_free_probe(probe);
    if (!ops) {
        io_uring_queue_exit(ring.get());
        if (why)
            *why = "io_uring without OPENAT/READ";
        return nullptr;
    }
    return std::unique_ptr<RingReader>(new RingReader(std::move(ring), count, std::move(pathAt), depth));
}

RingReader::RingReader(std::unique_ptr<io_uring> ring, std::size_t count, PathAt pathAt, unsigned depth)
    : m_ring(std::move(ring)), m_count(count), m_pathAt(std::move(pathAt)), m_slots(depth)
{
    topUp();
}

RingReader::~RingReader()
{
    // The kernel may still write into the slots' buffers: wait for every operation before freeing them.
    m_draining = true;
    while (m_inFlight > 0)
        reap(true);
    for (std::size_t i = m_taken; i < m_queued; ++i) {
        Slot& s = m_slots[i % m_slots.size()];
        if (s.fd >= 0)
            ::close(s.fd);
        FileBytes::giveBack(std::move(s.head), std::move(s.tail));
    }
    io_uring_queue_exit(m_ring.get());
}

io_uring_sqe* RingReader::sqe()
{
    io_uring_sqe* e = io_uring_get_sqe(m_ring.get());
    if (!e) { // the submission queue is full: hand it to the kernel and take a fresh entry
        submit();
        e = io_uring_get_sqe(m_ring.get());
    }
    return e;
}

void RingReader::submit()
{
    // One io_uring_enter for every operation queued since the last one. On EINTR/EAGAIN/EBUSY the entries
    // stay queued and go with the next submit (reap submits them before it waits).
    (void)io_uring_submit(m_ring.get());
}

void RingReader::topUp()
{
    while (!m_draining && m_queued < m_count && m_queued < m_taken + m_slots.size()) {
        io_uring_sqe* e = sqe();
        if (!e)
            break;
        Slot& s = m_slots[m_queued % m_slots.size()];
        s = Slot{};
        io_uring_prep_openat(e, AT_FDCWD, m_pathAt(m_queued).c_str(), O_RDONLY | O_CLOEXEC, 0);
        io_uring_sqe_set_data64(e, tag(m_queued % m_slots.size(), kOpen));
        s.pending = 1;
        ++m_inFlight;
        ++m_queued;
    }
    if (io_uring_sq_ready(m_ring.get()))
        submit();
}

void RingReader::reap(bool wait)
{
    io_uring_cqe* cqe = nullptr;
    if (wait) {
        // Submits whatever is still queued, then waits for one completion.
        const int rc = io_uring_submit_and_wait(m_ring.get(), 1);
        if (rc < 0 && rc != -EINTR && rc != -EAGAIN && rc != -EBUSY && rc != -ETIME)
            std::abort(); // operations in flight could never be collected: the kernel would write freed
                          // buffers
    }
    unsigned head = 0, seen = 0;
    io_uring_for_each_cqe(m_ring.get(), head, cqe)
    {
        ++seen;
        --m_inFlight;
        complete(io_uring_cqe_get_data64(cqe), cqe->res);
    }
    io_uring_cq_advance(m_ring.get(), seen);
    if (io_uring_sq_ready(m_ring.get()))
        submit();
}

void RingReader::complete(std::uint64_t data, int res)
{
    const std::size_t index = static_cast<std::size_t>(data >> 2);
    Slot& s = m_slots[index];
    --s.pending;
    switch (static_cast<Op>(data & 3)) {
    case kOpen: {
        if (res < 0) {
            s.error = -res;
            return;
        }
        s.fd = res;
        struct stat st {};
        if (::fstat(s.fd, &st) != 0) {
            s.error = errno;
            ::close(s.fd);
            s.fd = -1;
            return;
        }
        s.size = st.st_size;
        // Without it the kernel would read ahead up to read_ahead_kb (8 MiB here) past each window.
        (void)::posix_fadvise(s.fd, 0, 0, POSIX_FADV_RANDOM);
        if (m_draining || s.size <= 0)
            return;
        io_uring_sqe* e = sqe();
        if (!e)
            return; // FileBytes reads the windows itself
        s.head = FileBytes::takeHeadBuffer();
        io_uring_prep_read(e, s.fd, s.head.get(), static_cast<unsigned>(FileBytes::headLength(s.size)), 0);
        io_uring_sqe_set_data64(e, tag(index, kHead));
        ++s.pending;
        ++m_inFlight;
        const std::int64_t tailAt = FileBytes::tailStart(s.size);
        if (tailAt >= s.size)
            return;
        e = sqe();
        if (!e)
            return;
        s.tail = FileBytes::takeTailBuffer();
        io_uring_prep_read(e, s.fd, s.tail.get(), static_cast<unsigned>(s.size - tailAt),
                           static_cast<std::uint64_t>(tailAt));
        io_uring_sqe_set_data64(e, tag(index, kTail));
        ++s.pending;
        ++m_inFlight;
        return;
    }
    case kHead:
        s.headWhole = res >= 0 && static_cast<std::size_t>(res) == FileBytes::headLength(s.size);
        return;
    case kTail:
        s.tailWhole = res >= 0 && res == s.size - FileBytes::tailStart(s.size);
        return;
    }
}

OpenedFile RingReader::next()
{
    OpenedFile out;
    if (m_taken >= m_count) {
        out.error = EINVAL;
        return out;
    }
    Slot& s = m_slots[m_taken % m_slots.size()];
    while (s.pending > 0)
        reap(true);
    out.fd = s.fd;
    out.error = s.error;
    out.size = s.size;
    // Only whole windows are handed out, and a tail only with its head (FileBytes' contract).
    if (s.headWhole) {
        out.windows.head = std::move(s.head);
        if (s.tailWhole)
            out.windows.tail = std::move(s.tail);
    }
    FileBytes::giveBack(std::move(s.head), std::move(s.tail));
    s.fd = -1;
    ++m_taken;
    // Queue the file that takes this slot, and collect whatever finished meanwhile without waiting, so the
    // reads of opens that completed are queued before the caller parses this file.
    topUp();
    reap(false);
    return out;
}

} // namespace accord::library
