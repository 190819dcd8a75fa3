// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/file_enumerator.hpp"

#include "library/file_sniffer.hpp"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <dirent.h>
#include <mutex>
#include <set>
#include <sys/stat.h>
#include <thread>
#include <utility>

namespace accord::library {

namespace {

bool audioName(const char* name)
{
    const char* dot = std::strrchr(name, '.');
    if (!dot || dot[1] == '\0' || std::strlen(dot + 1) > 5)
        return false;
    char ext[8] = {};
    for (std::size_t i = 0; dot[1 + i] != '\0'; ++i) {
        const char c = dot[1 + i];
        ext[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return isAudioExtension(ext);
}

bool cueName(const char* name)
{
    const char* dot = std::strrchr(name, '.');
    return dot && (dot[1] == 'c' || dot[1] == 'C') && (dot[2] == 'u' || dot[2] == 'U') &&
           (dot[3] == 'e' || dot[3] == 'E') && dot[4] == '\0';
}

std::int64_t mtimeNs(const struct stat& st)
{
    return static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
}

} // namespace

namespace {

// Shared state of one parallel walk: a stack of folders to open and the folders already entered.
struct WalkState {
    std::mutex mutex;
    std::condition_variable wake;
    std::vector<std::string> stack;
    std::set<std::pair<dev_t, ino_t>> visited;
    unsigned busy = 0; // walkers holding a folder (more folders may come from them)
    bool cancelled = false;
};

void walkOne(const std::string& dir, WalkState& state, WalkResult& out)
{
    DIR* d = ::opendir(dir.c_str());
    if (!d) {
        out.problems.push_back({dir, std::string("cannot open folder: ") + std::strerror(errno)});
        return;
    }
    const int dfd = ::dirfd(d);
    std::vector<std::string> subdirs;
    std::vector<std::pair<dev_t, ino_t>> subIds;
    while (const dirent* e = ::readdir(d)) {
        const char* name = e->d_name;
        if (name[0] == '.')
            continue; // ".", "..", and hidden entries
        const bool maybeDir = e->d_type == DT_DIR || e->d_type == DT_LNK || e->d_type == DT_UNKNOWN;
        if (!maybeDir && (e->d_type != DT_REG || !(audioName(name) || cueName(name))))
            continue;
        struct stat st {};
        std::string path = dir;
        if (path.empty() || path.back() != '/')
            path.push_back('/');
        path += name;
        if (::fstatat(dfd, name, &st, 0) != 0) {
            if (e->d_type == DT_LNK && audioName(name))
                out.problems.push_back({path, "dangling symbolic link"});
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            subdirs.push_back(std::move(path));
            subIds.emplace_back(st.st_dev, st.st_ino);
        } else if (S_ISREG(st.st_mode) && audioName(name)) {
            out.files.push_back({std::move(path), static_cast<std::int64_t>(st.st_size), mtimeNs(st)});
        } else if (S_ISREG(st.st_mode) && cueName(name)) {
            out.cueSheets.push_back({std::move(path), static_cast<std::int64_t>(st.st_size), mtimeNs(st)});
        }
    }
    ::closedir(d);
    std::lock_guard lock(state.mutex);
    for (std::size_t i = 0; i < subdirs.size(); ++i) {
        if (state.visited.insert(subIds[i]).second)
            state.stack.push_back(std::move(subdirs[i]));
    }
}

void walker(WalkState& state, WalkResult& out, const std::atomic<bool>* cancel)
{
    std::unique_lock lock(state.mutex);
    for (;;) {
        state.wake.wait(lock, [&] { return !state.stack.empty() || state.busy == 0 || state.cancelled; });
        if (state.stack.empty() || state.cancelled)
            break; // nothing left and nobody can add more
        std::string dir = std::move(state.stack.back());
        state.stack.pop_back();
        ++state.busy;
        lock.unlock();
        walkOne(dir, state, out);
        const bool stop = cancel && cancel->load(std::memory_order_relaxed);
        lock.lock();
        --state.busy;
        state.cancelled = state.cancelled || stop;
        state.wake.notify_all();
    }
}

} // namespace

WalkResult walkFolders(const std::vector<std::string>& roots, const std::atomic<bool>* cancel,
                       unsigned threads)
{
    WalkResult out;
    WalkState state;
    for (auto it = roots.rbegin(); it != roots.rend(); ++it) {
        struct stat st {};
        if (::stat(it->c_str(), &st) != 0) {
            out.problems.push_back({*it, std::string("cannot open folder: ") + std::strerror(errno)});
            continue;
        }
        if (S_ISDIR(st.st_mode) && state.visited.insert({st.st_dev, st.st_ino}).second)
            state.stack.push_back(*it);
    }
    // Several walkers: on a cold cache each folder read waits for the disk.
    std::vector<WalkResult> parts(std::max(1u, threads));
    std::vector<std::thread> pool;
    for (std::size_t i = 1; i < parts.size(); ++i)
        pool.emplace_back([&, i] { walker(state, parts[i], cancel); });
    walker(state, parts[0], cancel);
    for (std::thread& t : pool)
        t.join();
    for (WalkResult& p : parts) {
        out.files.insert(out.files.end(), std::make_move_iterator(p.files.begin()),
                         std::make_move_iterator(p.files.end()));
        out.problems.insert(out.problems.end(), p.problems.begin(), p.problems.end());
        out.cueSheets.insert(out.cueSheets.end(), p.cueSheets.begin(), p.cueSheets.end());
    }
    out.cancelled = state.cancelled;
    // Deterministic order (folder by folder) whatever the threads did.
    const auto byPath = [](const FoundFile& a, const FoundFile& b) { return a.path < b.path; };
    std::sort(out.files.begin(), out.files.end(), byPath);
    std::sort(out.cueSheets.begin(), out.cueSheets.end(), byPath);
    return out;
}

} // namespace accord::library
