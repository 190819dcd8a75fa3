// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/rights/rights_file_writer.hpp"

#include "base/log.hpp"
#include "catalogue/rights/rights_file_format.hpp"
#include "catalogue/rights/rights_snapshot.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <optional>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace accord::catalogue {

namespace rf = rightsfile;

namespace {

constexpr std::int64_t kMinChangesForBuild = 4096;

base::Error ioError(const std::filesystem::path& file, const std::string& what)
{
    return base::Error(base::ErrorCode::Io, what + ": " + std::strerror(errno)).inFile(file.string());
}

// A file descriptor closed on every path.
class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

// Buffered sequential writes to a descriptor, with the offset written so far.
class Writer {
public:
    Writer(int fd, const std::filesystem::path& file) : m_fd(fd), m_file(file) { m_buffer.reserve(kBuffer); }
    base::Status put(const void* data, std::size_t n)
    {
        const auto* p = static_cast<const char*>(data);
        m_offset += n;
        if (m_buffer.size() + n > kBuffer)
            ACCORD_TRY(flush());
        if (n >= kBuffer)
            return writeAll(p, n);
        m_buffer.insert(m_buffer.end(), p, p + n);
        return {};
    }
    base::Status pad8()
    {
        static constexpr char zeros[8] = {};
        return put(zeros, static_cast<std::size_t>(rf::align8(m_offset) - m_offset));
    }
    base::Status flush()
    {
        ACCORD_TRY(writeAll(m_buffer.data(), m_buffer.size()));
        m_buffer.clear();
        return {};
    }
    std::uint64_t offset() const { return m_offset; }

private:
    static constexpr std::size_t kBuffer = 1 << 20;
    base::Status writeAll(const char* p, std::size_t n)
    {
        while (n > 0) {
            const ssize_t w = ::write(m_fd, p, n);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                return ioError(m_file, "cannot write the decision index");
            p += w;
            n -= static_cast<std::size_t>(w);
        }
        return {};
    }
    int m_fd;
    std::filesystem::path m_file;
    std::vector<char> m_buffer;
    std::uint64_t m_offset = 0;
};

// The header of the index in place, if it is one this catalogue's change log can still complete.
std::optional<rf::Header> usableHeader(const std::filesystem::path& file, const RightsState& state)
{
    Fd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
    rf::Header h{};
    if (fd.get() < 0 || ::pread(fd.get(), &h, sizeof h, 0) != static_cast<ssize_t>(sizeof h))
        return std::nullopt;
    const std::string uuid(h.catalogueUuid, strnlen(h.catalogueUuid, sizeof h.catalogueUuid));
    if (std::memcmp(h.magic, rf::kMagic, sizeof h.magic) != 0 || h.version != rf::kVersion ||
        h.byteOrder != rf::kByteOrder || uuid != state.catalogueUuid || h.baseGeneration < state.minBase ||
        h.baseGeneration > state.generation)
        return std::nullopt;
    return h;
}

// The first column of the first row (0 when there is none); arg binds ?1.
base::Result<std::int64_t> scalar(storage::Connection& conn, const std::string& sql,
                                  std::optional<std::int64_t> arg = std::nullopt)
{
    auto st = storage::Statement::prepare(conn, sql);
    if (!st.ok())
        return std::move(st).error();
    if (arg)
        st->bind(1, *arg);
    auto row = st->step();
    if (!row.ok())
        return std::move(row).error();
    return *row ? st->columnInt(0) : 0;
}

// Streams recording_rights in key order into the file: blobs, entries (through an unlinked scratch file,
// since their section follows the blobs), fences, the by-recording order and its fences.
base::Status writeIndex(storage::Connection& conn, const std::filesystem::path& tmp, const RightsState& state,
                        std::int64_t generation, std::uint64_t& rowsOut, std::uint64_t& bytesOut)
{
    Fd out(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (out.get() < 0)
        return ioError(tmp, "cannot create the decision index");
    const std::filesystem::path scratchName = tmp.string() + "-entries";
    Fd scratch(::open(scratchName.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
    if (scratch.get() < 0)
        return ioError(scratchName, "cannot create a scratch file");
    ::unlink(scratchName.c_str());

    Writer blobs(out.get(), tmp);
    Writer entries(scratch.get(), scratchName);
    rf::Header placeholder{};
    ACCORD_TRY(blobs.put(&placeholder, sizeof placeholder));
    std::vector<rf::ById> byId;
    std::vector<std::uint64_t> fences;
    std::uint64_t rows = 0;
    std::uint64_t lastKey = 0;
    base::Status failed;
    auto st = storage::Statement::prepare(
        conn, "SELECT isrc_key, recording_id, data FROM recording_rights ORDER BY isrc_key");
    if (!st.ok())
        return std::move(st).error();
    ACCORD_TRY(st->forEachRow([&](storage::Statement& row) {
        if (!failed.ok())
            return;
        const auto key = static_cast<std::uint64_t>(row.columnInt(0));
        if (rows > 0 && key <= lastKey) {
            failed = base::Error(base::ErrorCode::Database, "recording_rights is not in key order")
                         .inFile(conn.path());
            return;
        }
        const rf::Entry e{key, row.columnInt(1), blobs.offset() - sizeof(rf::Header)};
        const auto data = row.columnBlobView(2);
        if (rows % rf::kFence == 0)
            fences.push_back(key);
        byId.push_back(rf::ById{e.recordingId, rows});
        failed = blobs.put(data.data(), data.size());
        if (failed.ok())
            failed = entries.put(&e, sizeof e);
        lastKey = key;
        ++rows;
    }));
    ACCORD_TRY(std::move(failed));
    const rf::Header header =
        rf::layout(state.catalogueUuid, generation, rows, blobs.offset() - sizeof(rf::Header));
    ACCORD_TRY(blobs.pad8());
    ACCORD_TRY(entries.flush());
    // The entries, copied from the scratch file.
    std::vector<char> chunk(1 << 20);
    for (off_t at = 0;;) {
        const ssize_t n = ::pread(scratch.get(), chunk.data(), chunk.size(), at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return ioError(scratchName, "cannot read a scratch file");
        if (n == 0)
            break;
        ACCORD_TRY(blobs.put(chunk.data(), static_cast<std::size_t>(n)));
        at += n;
    }
    ACCORD_TRY(blobs.put(fences.data(), fences.size() * sizeof(std::uint64_t)));
    std::sort(byId.begin(), byId.end(),
              [](const rf::ById& a, const rf::ById& b) { return a.recordingId < b.recordingId; });
    std::vector<std::int64_t> idFences;
    idFences.reserve(fences.size());
    for (std::uint64_t i = 0; i < rows; i += rf::kFence)
        idFences.push_back(byId[i].recordingId);
    ACCORD_TRY(blobs.put(byId.data(), byId.size() * sizeof(rf::ById)));
    ACCORD_TRY(blobs.put(idFences.data(), idFences.size() * sizeof(std::int64_t)));
    ACCORD_TRY(blobs.flush());
    if (blobs.offset() != header.fileBytes)
        return base::Error(base::ErrorCode::Io, "decision index size does not match its layout")
            .inFile(tmp.string());
    if (::pwrite(out.get(), &header, sizeof header, 0) != static_cast<ssize_t>(sizeof header) ||
        ::fsync(out.get()) != 0)
        return ioError(tmp, "cannot write the decision index");
    rowsOut = rows;
    bytesOut = header.fileBytes;
    return {};
}

} // namespace

base::Result<RightsIndexBuild> buildRightsIndex(storage::Connection& conn,
                                                const std::filesystem::path& indexFile, IndexPolicy policy)
{
    const auto started = std::chrono::steady_clock::now();
    RightsIndexBuild report;
    if (indexFile.empty()) {
        report.reason = "an in-memory catalogue has no decision index";
        return report;
    }
    const std::filesystem::path lockName = indexFile.string() + ".lock";
    Fd lock(::open(lockName.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644));
    if (lock.get() < 0 || ::flock(lock.get(), LOCK_EX) != 0)
        return ioError(lockName, "cannot lock the decision index");

    auto state = readRightsState(conn);
    if (!state.ok())
        return std::move(state).error();
    const auto current = usableHeader(indexFile, *state);
    report.changesBefore = -1;
    if (current) {
        auto changes = scalar(conn, "SELECT count(*) FROM rights_changes WHERE generation >= ?1",
                              current->baseGeneration);
        if (!changes.ok())
            return std::move(changes).error();
        report.changesBefore = *changes;
        report.rows = current->rows;
        report.bytes = current->fileBytes;
        const auto threshold =
            std::max<std::int64_t>(kMinChangesForBuild, static_cast<std::int64_t>(current->rows / 32));
        if (policy == IndexPolicy::WhenWorthIt && *changes <= threshold) {
            report.reason = std::to_string(*changes) +
                            " rows changed since the index was built (rebuilt above " +
                            std::to_string(threshold) + ")";
            return report;
        }
    }
    report.reason = policy == IndexPolicy::Always ? "asked for"
                    : current                     ? "its change log grew large"
                                                  : "no usable index";

    // A new generation first: rows changed from here on are logged with it, so whatever this build's
    // snapshot misses is in the log it keeps.
    std::int64_t generation = 0;
    {
        auto tx = storage::Transaction::begin(conn);
        if (!tx.ok())
            return std::move(tx).error();
        ACCORD_TRY(conn.exec("UPDATE rights_state SET generation = generation + 1"));
        auto g = scalar(conn, "SELECT generation FROM rights_state");
        if (!g.ok())
            return std::move(g).error();
        generation = *g;
        ACCORD_TRY(tx->commit());
    }
    const std::filesystem::path tmp = indexFile.string() + ".tmp";
    {
        ACCORD_TRY(conn.exec("BEGIN"));
        auto dirty = scalar(conn, "SELECT count(*) FROM rights_dirty");
        base::Status written = dirty.ok() ? base::Status{} : base::Status(std::move(dirty).error());
        if (written.ok() && *dirty != 0)
            written = base::Error(base::ErrorCode::Database,
                                  "writes are pending a refresh of the stored rights rows")
                          .inFile(conn.path());
        if (written.ok())
            written = writeIndex(conn, tmp, *state, generation, report.rows, report.bytes);
        (void)conn.exec("COMMIT");
        if (!written.ok()) {
            ::unlink(tmp.c_str());
            return std::move(written).error();
        }
    }
    if (::rename(tmp.c_str(), indexFile.c_str()) != 0) {
        const auto e = ioError(indexFile, "cannot put the decision index in place");
        ::unlink(tmp.c_str());
        return e;
    }
    if (Fd dir(::open(indexFile.parent_path().empty() ? "." : indexFile.parent_path().c_str(),
                      O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        dir.get() >= 0)
        (void)::fsync(dir.get());
    // The log now only needs what the new file lacks.
    {
        auto tx = storage::Transaction::begin(conn);
        if (!tx.ok())
            return std::move(tx).error();
        auto prune = storage::Statement::prepare(conn, "DELETE FROM rights_changes WHERE generation < ?1");
        if (!prune.ok())
            return std::move(prune).error();
        ACCORD_TRY(prune->bind(1, generation).run());
        auto floor =
            storage::Statement::prepare(conn, "UPDATE rights_state SET min_base = max(min_base, ?1)");
        if (!floor.ok())
            return std::move(floor).error();
        ACCORD_TRY(floor->bind(1, generation).run());
        ACCORD_TRY(tx->commit());
    }
    report.built = true;
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

void maintainRightsIndex(storage::Connection& conn)
{
    const auto file = rightsIndexPath(conn.path());
    if (file.empty())
        return;
    auto build = buildRightsIndex(conn, file, IndexPolicy::WhenWorthIt);
    if (!build.ok())
        base::logWarning("catalogue", "decision index not rebuilt (decisions read the catalogue instead): " +
                                          build.error().describe());
    else if (build->built)
        base::logInfo("catalogue", "decision index " + file.string() + ": " + std::to_string(build->rows) +
                                       " rows in " + std::to_string(build->seconds) + " s (" + build->reason +
                                       ")");
}

base::Status beginBulkRightsRefresh(storage::Connection& conn)
{
    return conn.exec("UPDATE rights_state SET log_changes = 0");
}

base::Status endBulkRightsRefresh(storage::Connection& conn)
{
    // Every earlier index lacks these rows and the log does not have them: none is usable any more.
    return conn.exec(
        "DELETE FROM rights_changes; "
        "UPDATE rights_state SET log_changes = 1, generation = generation + 1, min_base = generation + 1");
}

} // namespace accord::catalogue
