// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/file_enumerator.hpp"

#include "library/file_sniffer.hpp"

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <set>
#include <sys/stat.h>
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

std::int64_t mtimeNs(const struct stat& st)
{
    return static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
}

} // namespace

WalkResult walkFolders(const std::vector<std::string>& roots, const std::atomic<bool>* cancel)
{
    WalkResult out;
    std::set<std::pair<dev_t, ino_t>> visited;
    std::vector<std::string> stack;
    for (auto it = roots.rbegin(); it != roots.rend(); ++it) {
        struct stat st {};
        if (::stat(it->c_str(), &st) != 0) {
            out.problems.push_back({*it, std::string("cannot open folder: ") + std::strerror(errno)});
            continue;
        }
        if (S_ISDIR(st.st_mode) && visited.insert({st.st_dev, st.st_ino}).second)
            stack.push_back(*it);
    }
    while (!stack.empty()) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            out.cancelled = true;
            break;
        }
        const std::string dir = std::move(stack.back());
        stack.pop_back();
        DIR* d = ::opendir(dir.c_str());
        if (!d) {
            out.problems.push_back({dir, std::string("cannot open folder: ") + std::strerror(errno)});
            continue;
        }
        const int dfd = ::dirfd(d);
        std::vector<std::string> subdirs;
        while (const dirent* e = ::readdir(d)) {
            const char* name = e->d_name;
            if (name[0] == '.')
                continue;  // ".", "..", and hidden entries
            const bool maybeDir = e->d_type == DT_DIR || e->d_type == DT_LNK || e->d_type == DT_UNKNOWN;
            if (!maybeDir && (e->d_type != DT_REG || !audioName(name)))
                continue;
            struct stat st {};
            std::string path = dir;
            if (path.empty() || path.back() != '/')
                path.push_back('/');
            path += name;
            if (::fstatat(dfd, name, &st, 0) != 0) {
                if (e->d_type == DT_LNK)
                    out.problems.push_back({path, "dangling symbolic link"});
                continue;
            }
            if (S_ISDIR(st.st_mode)) {
                if (visited.insert({st.st_dev, st.st_ino}).second)
                    subdirs.push_back(std::move(path));
            } else if (S_ISREG(st.st_mode) && audioName(name)) {
                out.files.push_back({std::move(path), static_cast<std::int64_t>(st.st_size), mtimeNs(st)});
            }
        }
        ::closedir(d);
        // Reverse so the stack pops folders in directory order (stable, depth first).
        for (auto it = subdirs.rbegin(); it != subdirs.rend(); ++it)
            stack.push_back(std::move(*it));
    }
    return out;
}

} // namespace accord::library
