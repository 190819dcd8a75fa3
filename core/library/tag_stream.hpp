// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "library/file_bytes.hpp"

#include <taglib/taglib.h>
#include <taglib/tiostream.h>

#include <cstdint>
#include <string>

namespace accord::library {

/// A read-only TagLib stream over a FileBytes: TagLib's reads of the head and the tail (tags, the first
/// and last Ogg pages, the last MPEG frame, ID3v1/APE footers) come from the windows the sniffer already
/// read; anything else is one pread per request. Writes are refused (readOnly() is true and they do
/// nothing). [the thread that owns the FileBytes] Never throws (allocation aside).
class TagStream : public TagLib::IOStream {
public:
#if TAGLIB_MAJOR_VERSION >= 2
    using Offset = TagLib::offset_t;
    using Length = std::size_t;
#else
    using Offset = long;
    using Length = unsigned long;
#endif

    TagStream(FileBytes& bytes, std::string name) : m_bytes(bytes), m_name(std::move(name)) {}

    TagLib::FileName name() const override
    {
        return m_name.c_str();
    }
    TagLib::ByteVector readBlock(Length length) override;
    void writeBlock(const TagLib::ByteVector&) override {}
    void insert(const TagLib::ByteVector&, Length, Length) override {}
    void removeBlock(Length, Length) override {}
    bool readOnly() const override
    {
        return true;
    }
    bool isOpen() const override
    {
        return true;
    }
    void seek(Offset offset, Position p = Beginning) override;
    Offset tell() const override
    {
        return static_cast<Offset>(m_pos);
    }
    Offset length() override
    {
        return static_cast<Offset>(m_bytes.size());
    }
    void truncate(Offset) override {}

private:
    FileBytes& m_bytes;
    std::string m_name;
    std::int64_t m_pos = 0;
};

} // namespace accord::library
