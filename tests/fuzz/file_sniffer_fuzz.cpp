// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// libFuzzer target: any bytes as an audio file, through the sniffer (container, content hash, bad-file
// verdict) under each extension that changes how it reads, and through every structural check directly
// (FLAC, MPEG, Ogg, RIFF/WAV, AIFF) at offset 0 and after a would-be ID3v2 tag.
#include "library/file_sniffer.hpp"
#include "library/format_checks.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

using namespace accord::library;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // The checks read with pread (through FileBytes): the input lives in an anonymous in-memory file.
    static const int fd = [] {
        const int f = ::memfd_create("accord-fuzz", 0);
        if (f < 0)
            std::abort();
        return f;
    }();
    if (::ftruncate(fd, 0) != 0)
        std::abort();
    std::size_t written = 0;
    while (written < size) {
        const ssize_t n = ::pwrite(fd, data + written, size - written, static_cast<off_t>(written));
        if (n <= 0)
            std::abort();
        written += static_cast<std::size_t>(n);
    }
    const auto length = static_cast<std::int64_t>(size);
    for (const char* ext : {"mp3", "flac", "wav", "ogg", ""})
        (void)sniffFile(fd, length, ext);
    const std::int64_t id3 = size > 10 ? 10 : 0;
    FileBytes in(fd, length); // one shared reader, as the tag reader uses it
    for (const std::int64_t start : {std::int64_t{0}, id3}) {
        (void)checkFlac(in, length, start);
        (void)checkMpeg(in, length, start);
    }
    (void)checkOgg(in, length);
    (void)checkRiff(in, length, false);
    (void)checkRiff(in, length, true);
    return 0;
}
