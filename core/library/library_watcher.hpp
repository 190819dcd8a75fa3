// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace accord::library {

/// Watches music folders (inotify, every sub-folder) while the player runs and reports that something
/// changed once the folders have been quiet for `settle` (a copy of an album is one notification, not
/// hundreds), or once the oldest unreported change is `maxDelay` old while changes keep coming (a long copy
/// shows its first files while it runs instead of only at its end). The owner reacts by calling Scanner::scan
/// on the roots: a rescan only stats unchanged files, so it is cheap. New sub-folders are watched as they
/// appear. start()/stop() [owner thread]; `onChange` runs on the watcher's own thread.
class LibraryWatcher {
public:
    using Callback = std::function<void(const std::vector<std::string>& changedPaths)>;

    static base::Result<std::unique_ptr<LibraryWatcher>>
    start(std::vector<std::filesystem::path> roots, Callback onChange,
          std::chrono::milliseconds settle = std::chrono::milliseconds(500),
          std::chrono::milliseconds maxDelay = std::chrono::milliseconds(2000));
    ~LibraryWatcher();
    LibraryWatcher(const LibraryWatcher&) = delete;
    LibraryWatcher& operator=(const LibraryWatcher&) = delete;

    void stop();
    std::size_t watchedFolders() const noexcept { return m_watchCount.load(); }

private:
    LibraryWatcher() = default;
    void addTree(const std::string& dir);
    void run();

    int m_fd = -1;
    int m_stopPipe[2] = {-1, -1};
    Callback m_onChange;
    std::chrono::milliseconds m_settle{500};
    std::chrono::milliseconds m_maxDelay{2000};
    std::unordered_map<int, std::string> m_dirs; // watch descriptor -> folder (watcher thread after start)
    std::atomic<std::size_t> m_watchCount{0};
    std::thread m_thread;
};

} // namespace accord::library
