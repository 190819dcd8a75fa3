// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace accord::catalogue::rightsfile {

/// The decision index file: every stored rights row of a catalogue at one generation, laid out to be
/// searched in place through a read-only memory map. Host byte order (the file is a cache, rebuilt from
/// the catalogue; byteOrder rejects a file from another architecture).
///
///   Header (128 bytes)
///   blobs     the rows' encoded rights (rights_codec), back to back, in ISRC key order
///   entries   Entry[rows], sorted by key; row i's bytes are [entries[i].blob, entries[i+1].blob or
///   blobBytes) fences    uint64 keys: fences[j] = entries[j * kFence].key (a 2-level search touches one
///   entry page) byId      ById[rows], sorted by recording id idFences  int64 ids: idFences[j] = byId[j *
///   kFence].recordingId
/// Sections after the blobs start on 8-byte boundaries.
inline constexpr char kMagic[8] = {'A', 'C', 'C', 'R', 'I', 'G', 'H', 'T'};
inline constexpr std::uint32_t kVersion = 1;
inline constexpr std::uint64_t kByteOrder = 0x0102030405060708ULL;
inline constexpr std::uint64_t kFence = 128;

struct Header {
    char magic[8];
    std::uint32_t version;
    std::uint32_t headerBytes;
    std::uint64_t byteOrder;
    char catalogueUuid[32];
    std::int64_t baseGeneration;
    std::uint64_t rows;
    std::uint64_t blobOffset;
    std::uint64_t blobBytes;
    std::uint64_t entryOffset;
    std::uint64_t fenceOffset;
    std::uint64_t byIdOffset;
    std::uint64_t idFenceOffset;
    std::uint64_t fileBytes;
};
static_assert(sizeof(Header) == 128);

struct Entry {
    std::uint64_t key;
    std::int64_t recordingId;
    std::uint64_t blob; // offset within the blob section
};
static_assert(sizeof(Entry) == 24);

struct ById {
    std::int64_t recordingId;
    std::uint64_t entry;
};
static_assert(sizeof(ById) == 16);

inline std::uint64_t fenceCount(std::uint64_t rows)
{
    return (rows + kFence - 1) / kFence;
}
inline std::uint64_t align8(std::uint64_t n)
{
    return (n + 7) & ~std::uint64_t{7};
}

/// The header a file of these dimensions must have (all offsets computed): the writer fills it, the reader
/// compares the file's against it.
inline Header layout(const std::string& uuid, std::int64_t generation, std::uint64_t rows,
                     std::uint64_t blobBytes)
{
    Header h{};
    std::memcpy(h.magic, kMagic, sizeof h.magic);
    h.version = kVersion;
    h.headerBytes = sizeof(Header);
    h.byteOrder = kByteOrder;
    std::memcpy(h.catalogueUuid, uuid.data(), std::min(uuid.size(), sizeof h.catalogueUuid));
    h.baseGeneration = generation;
    h.rows = rows;
    h.blobOffset = sizeof(Header);
    h.blobBytes = blobBytes;
    h.entryOffset = align8(h.blobOffset + blobBytes);
    h.fenceOffset = h.entryOffset + rows * sizeof(Entry);
    h.byIdOffset = h.fenceOffset + fenceCount(rows) * sizeof(std::uint64_t);
    h.idFenceOffset = h.byIdOffset + rows * sizeof(ById);
    h.fileBytes = h.idFenceOffset + fenceCount(rows) * sizeof(std::int64_t);
    return h;
}

} // namespace accord::catalogue::rightsfile
