// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/rights/rights_snapshot.hpp"

#include "catalogue/rights/rights_file_format.hpp"
#include "storage/statement.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace accord::catalogue {

namespace rf = rightsfile;

namespace {

// More changed rows than this and the index is not worth completing in memory: readers use the catalogue
// until the next build (which an import triggers long before: see rights_file_writer.hpp).
constexpr std::int64_t kMaxChanges = 1'000'000;

// Ends a read transaction however load() leaves.
class ReadScope {
public:
    explicit ReadScope(storage::Connection& conn) : m_conn(conn) {}
    ReadScope(const ReadScope&) = delete;
    ReadScope& operator=(const ReadScope&) = delete;
    ~ReadScope()
    {
        if (m_open)
            (void)m_conn.exec("ROLLBACK");
    }
    base::Status begin()
    {
        ACCORD_TRY(m_conn.exec("BEGIN"));
        m_open = true;
        return {};
    }

private:
    storage::Connection& m_conn;
    bool m_open = false;
};

} // namespace

std::filesystem::path rightsIndexPath(const std::filesystem::path& dbPath)
{
    if (dbPath.empty() || dbPath == ":memory:" || dbPath.string().starts_with("file:"))
        return {};
    std::filesystem::path out = dbPath;
    out.replace_extension(".rights-index");
    return out;
}

base::Result<RightsState> readRightsState(storage::Connection& conn)
{
    auto st =
        storage::Statement::prepare(conn, "SELECT catalogue_uuid, generation, min_base FROM rights_state");
    if (!st.ok())
        return std::move(st).error();
    auto row = st->step();
    if (!row.ok())
        return std::move(row).error();
    if (!*row)
        return base::Error(base::ErrorCode::Database, "the catalogue has no rights_state row")
            .inFile(conn.path());
    return RightsState{st->columnText(0), st->columnInt(1), st->columnInt(2)};
}

struct RightsSnapshot::Mapping {
    const std::uint8_t* base = nullptr;
    std::size_t bytes = 0;
    rf::Header header{};

    Mapping() = default;
    Mapping(const Mapping&) = delete;
    Mapping& operator=(const Mapping&) = delete;
    ~Mapping()
    {
        if (base)
            ::munmap(const_cast<std::uint8_t*>(base), bytes);
    }

    const rf::Entry* entries() const { return reinterpret_cast<const rf::Entry*>(base + header.entryOffset); }
    const std::uint64_t* fences() const
    {
        return reinterpret_cast<const std::uint64_t*>(base + header.fenceOffset);
    }
    const rf::ById* byId() const { return reinterpret_cast<const rf::ById*>(base + header.byIdOffset); }
    const std::int64_t* idFences() const
    {
        return reinterpret_cast<const std::int64_t*>(base + header.idFenceOffset);
    }

    // Maps the file and checks that its header describes a complete file of this catalogue's.
    static std::unique_ptr<Mapping> open(const std::filesystem::path& file, const RightsState& state,
                                         std::string& whyNot)
    {
        const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            whyNot = errno == ENOENT ? "no decision index (" + file.string() + ")"
                                     : file.string() + ": " + std::strerror(errno);
            return nullptr;
        }
        struct stat info {};
        auto map = std::make_unique<Mapping>();
        if (::fstat(fd, &info) == 0 && static_cast<std::size_t>(info.st_size) >= sizeof(rf::Header)) {
            map->bytes = static_cast<std::size_t>(info.st_size);
            void* p = ::mmap(nullptr, map->bytes, PROT_READ, MAP_SHARED, fd, 0);
            if (p != MAP_FAILED)
                map->base = static_cast<const std::uint8_t*>(p);
        }
        ::close(fd);
        if (!map->base) {
            whyNot = file.string() + ": too short or not mappable";
            return nullptr;
        }
        std::memcpy(&map->header, map->base, sizeof(rf::Header));
        const rf::Header& h = map->header;
        const std::string uuid(h.catalogueUuid, strnlen(h.catalogueUuid, sizeof h.catalogueUuid));
        if (std::memcmp(h.magic, rf::kMagic, sizeof h.magic) != 0 || h.version != rf::kVersion ||
            h.byteOrder != rf::kByteOrder) {
            whyNot = file.string() + ": not a decision index of this version and architecture";
            return nullptr;
        }
        const rf::Header expected = rf::layout(uuid, h.baseGeneration, h.rows, h.blobBytes);
        if (std::memcmp(&expected, &h, sizeof h) != 0 || h.fileBytes != map->bytes) {
            whyNot = file.string() + ": damaged (its sections do not match its header)";
            return nullptr;
        }
        if (uuid != state.catalogueUuid) {
            whyNot = file.string() + ": built from another catalogue";
            return nullptr;
        }
        if (h.baseGeneration < state.minBase || h.baseGeneration > state.generation) {
            whyNot = file.string() + ": built at generation " + std::to_string(h.baseGeneration) +
                     ", the catalogue's change log starts at " + std::to_string(state.minBase);
            return nullptr;
        }
        return map;
    }
};

RightsSnapshot::RightsSnapshot(std::unique_ptr<Mapping> map,
                               std::unordered_map<std::uint64_t, Change> changes)
    : m_map(std::move(map)), m_changes(std::move(changes))
{
    for (const auto& [key, change] : m_changes)
        if (change.recordingId)
            m_changedIds.emplace(*change.recordingId, key);
}

RightsSnapshot::RightsSnapshot(RightsSnapshot&&) noexcept = default;
RightsSnapshot& RightsSnapshot::operator=(RightsSnapshot&&) noexcept = default;
RightsSnapshot::~RightsSnapshot() = default;

base::Result<std::optional<RightsSnapshot>>
RightsSnapshot::load(storage::Connection& conn, const std::filesystem::path& indexFile, std::string& whyNot)
{
    using Out = std::optional<RightsSnapshot>;
    if (indexFile.empty()) {
        whyNot = "an in-memory catalogue has no decision index";
        return Out();
    }
    // One snapshot for the state, the marks and the change log; the file is opened inside it, so a build
    // that renamed a newer file and pruned the log before this began is seen with that newer file.
    ReadScope read(conn);
    ACCORD_TRY(read.begin());
    auto state = readRightsState(conn);
    if (!state.ok())
        return std::move(state).error();
    auto dirty = storage::Statement::prepare(conn, "SELECT EXISTS (SELECT 1 FROM rights_dirty)");
    if (!dirty.ok())
        return std::move(dirty).error();
    auto marked = dirty->step();
    if (!marked.ok())
        return std::move(marked).error();
    if (dirty->columnInt(0) != 0) {
        whyNot = "catalogue writes are pending a refresh of the stored rights rows";
        return Out();
    }
    auto map = Mapping::open(indexFile, *state, whyNot);
    if (!map)
        return Out();
    auto count =
        storage::Statement::prepare(conn, "SELECT count(*) FROM rights_changes WHERE generation >= ?1");
    if (!count.ok())
        return std::move(count).error();
    count->bind(1, map->header.baseGeneration);
    auto counted = count->step();
    if (!counted.ok())
        return std::move(counted).error();
    if (count->columnInt(0) > kMaxChanges) {
        whyNot = std::to_string(count->columnInt(0)) + " rows changed since the decision index was built";
        return Out();
    }
    std::unordered_map<std::uint64_t, Change> changes;
    auto changed = storage::Statement::prepare(
        conn, "SELECT c.isrc_key, r.recording_id, r.data FROM rights_changes c "
              "LEFT JOIN recording_rights r ON r.isrc_key = c.isrc_key WHERE c.generation >= ?1");
    if (!changed.ok())
        return std::move(changed).error();
    changed->bind(1, map->header.baseGeneration);
    ACCORD_TRY(changed->forEachRow([&](storage::Statement& row) {
        Change c;
        c.recordingId = row.columnOptInt(1);
        if (c.recordingId)
            c.data = row.columnBlob(2);
        changes.emplace(static_cast<std::uint64_t>(row.columnInt(0)), std::move(c));
    }));
    return Out(RightsSnapshot(std::move(map), std::move(changes)));
}

std::optional<RightsSnapshot::Row> RightsSnapshot::indexed(std::uint64_t entry) const
{
    const rf::Header& h = m_map->header;
    const rf::Entry& e = m_map->entries()[entry];
    const std::uint64_t end = entry + 1 < h.rows ? m_map->entries()[entry + 1].blob : h.blobBytes;
    Row row{e.recordingId, {}};
    if (e.blob <= end && end <= h.blobBytes)
        row.data = std::span<const std::uint8_t>(m_map->base + h.blobOffset + e.blob, end - e.blob);
    return row;
}

std::optional<RightsSnapshot::Row> RightsSnapshot::byIsrcKey(std::uint64_t key) const
{
    if (!m_changes.empty()) {
        if (const auto it = m_changes.find(key); it != m_changes.end()) {
            if (!it->second.recordingId)
                return std::nullopt;
            return Row{*it->second.recordingId, it->second.data};
        }
    }
    const std::uint64_t rows = m_map->header.rows;
    if (rows == 0)
        return std::nullopt;
    // The fence block whose first key is the last one <= key, then the key within that block.
    const std::uint64_t* fences = m_map->fences();
    const std::uint64_t* fenceEnd = fences + rf::fenceCount(rows);
    const std::uint64_t* fence = std::upper_bound(fences, fenceEnd, key);
    if (fence == fences)
        return std::nullopt;
    const std::uint64_t first = static_cast<std::uint64_t>(fence - fences - 1) * rf::kFence;
    const rf::Entry* begin = m_map->entries() + first;
    const rf::Entry* end = m_map->entries() + std::min(rows, first + rf::kFence);
    const rf::Entry* e =
        std::lower_bound(begin, end, key, [](const rf::Entry& x, std::uint64_t k) { return x.key < k; });
    if (e == end || e->key != key)
        return std::nullopt;
    return indexed(static_cast<std::uint64_t>(e - m_map->entries()));
}

std::optional<RightsSnapshot::Row> RightsSnapshot::byRecording(std::int64_t recordingId) const
{
    if (!m_changedIds.empty()) {
        if (const auto it = m_changedIds.find(recordingId); it != m_changedIds.end())
            return byIsrcKey(it->second);
    }
    const std::uint64_t rows = m_map->header.rows;
    if (rows == 0)
        return std::nullopt;
    const std::int64_t* fences = m_map->idFences();
    const std::int64_t* fenceEnd = fences + rf::fenceCount(rows);
    const std::int64_t* fence = std::upper_bound(fences, fenceEnd, recordingId);
    if (fence == fences)
        return std::nullopt;
    const std::uint64_t first = static_cast<std::uint64_t>(fence - fences - 1) * rf::kFence;
    const rf::ById* begin = m_map->byId() + first;
    const rf::ById* end = m_map->byId() + std::min(rows, first + rf::kFence);
    const rf::ById* b = std::lower_bound(
        begin, end, recordingId, [](const rf::ById& x, std::int64_t id) { return x.recordingId < id; });
    if (b == end || b->recordingId != recordingId || b->entry >= rows)
        return std::nullopt;
    // Its row changed since the build (and no longer belongs to this recording, or it would be in
    // m_changedIds): the index cannot say where the recording is now.
    if (!m_changes.empty() && m_changes.count(m_map->entries()[b->entry].key) != 0)
        return std::nullopt;
    return indexed(b->entry);
}

std::int64_t RightsSnapshot::baseGeneration() const
{
    return m_map->header.baseGeneration;
}
std::uint64_t RightsSnapshot::indexedRows() const
{
    return m_map->header.rows;
}

} // namespace accord::catalogue
