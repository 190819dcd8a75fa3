// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/acx_virtual_file.hpp"

#include <cstdio>

namespace accord::audio {

SNDFILE* AcxVirtualFile::open(SF_INFO* info)
{
    static SF_VIRTUAL_IO io{&AcxVirtualFile::length, &AcxVirtualFile::seek, &AcxVirtualFile::read,
                            &AcxVirtualFile::write, &AcxVirtualFile::tell};
    return sf_open_virtual(&io, SFM_READ, info, this);
}

sf_count_t AcxVirtualFile::length(void* self)
{
    return static_cast<sf_count_t>(static_cast<AcxVirtualFile*>(self)->m_reader->size());
}

sf_count_t AcxVirtualFile::seek(sf_count_t offset, int whence, void* self)
{
    auto* f = static_cast<AcxVirtualFile*>(self);
    sf_count_t base = 0;
    if (whence == SEEK_CUR)
        base = f->m_position;
    else if (whence == SEEK_END)
        base = static_cast<sf_count_t>(f->m_reader->size());
    else if (whence != SEEK_SET)
        return -1;
    // Like lseek: a position past the end is allowed (reads there return 0), a negative one is not.
    if (base + offset < 0)
        return -1;
    f->m_position = base + offset;
    return f->m_position;
}

sf_count_t AcxVirtualFile::read(void* ptr, sf_count_t count, void* self)
{
    auto* f = static_cast<AcxVirtualFile*>(self);
    if (count <= 0 || f->m_error)
        return 0;
    auto got =
        f->m_reader->read(static_cast<std::uint64_t>(f->m_position), ptr, static_cast<std::size_t>(count));
    if (!got.ok()) {
        f->m_error = got.error();
        return 0;
    }
    f->m_position += static_cast<sf_count_t>(*got);
    return static_cast<sf_count_t>(*got);
}

sf_count_t AcxVirtualFile::write(const void*, sf_count_t, void*)
{
    return 0; // opened for reading only
}

sf_count_t AcxVirtualFile::tell(void* self)
{
    return static_cast<AcxVirtualFile*>(self)->m_position;
}

} // namespace accord::audio
