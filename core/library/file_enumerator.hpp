// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace accord::library {

/// A candidate audio file found by the walk: its path (raw bytes: names need not be UTF-8), size and
/// modification time in nanoseconds since the epoch.
struct FoundFile {
    std::string path;
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;
};

/// Something the walk could not enter: an unreadable folder, a dangling link.
struct WalkProblem {
    std::string path;
    std::string reason;
};

struct WalkResult {
    std::vector<FoundFile> files;
    std::vector<FoundFile> cueSheets; ///< `.cue` files (any case), sorted by path
    std::vector<WalkProblem> problems;
    bool cancelled = false;
};

/// Walks folders for files with an audio extension, and the CUE sheets (`.cue`) beside them. Follows symbolic
/// links but enters each folder (device, inode) once, so link loops end; skips hidden files and folders
/// (leading '.'); keeps names as bytes; records folders it cannot open and goes on. Stats each candidate (one
/// fstatat) and opens no file. Folders are read by `threads` walkers; `files` come back sorted by path. [any
/// thread] `cancel` (may be null) is polled between folders.
WalkResult walkFolders(const std::vector<std::string>& roots, const std::atomic<bool>* cancel = nullptr,
                       unsigned threads = 4);

} // namespace accord::library
