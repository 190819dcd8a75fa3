// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/library_watcher.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <set>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

namespace accord::library {

namespace {
constexpr std::uint32_t kMask = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE |
                                IN_ATTRIB | IN_DELETE_SELF | IN_ONLYDIR;
}

base::Result<std::unique_ptr<LibraryWatcher>> LibraryWatcher::start(std::vector<std::filesystem::path> roots,
                                                                    Callback onChange,
                                                                    std::chrono::milliseconds settle,
                                                                    std::chrono::milliseconds maxDelay)
{
    std::unique_ptr<LibraryWatcher> w(new LibraryWatcher());
    w->m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (w->m_fd < 0 || ::pipe2(w->m_stopPipe, O_CLOEXEC) != 0)
        return base::Error(base::ErrorCode::Io, std::string("inotify unavailable: ") + std::strerror(errno));
    w->m_onChange = std::move(onChange);
    w->m_settle = settle;
    w->m_maxDelay = std::max(maxDelay, settle);
    for (const auto& r : roots)
        w->addTree(r.string());
    if (w->m_dirs.empty())
        return base::Error(base::ErrorCode::NotFound, "no folder to watch")
            .inFile(roots.empty() ? "" : roots[0].string());
    w->m_thread = std::thread([self = w.get()] { self->run(); });
    return w;
}

LibraryWatcher::~LibraryWatcher()
{
    stop();
    if (m_fd >= 0)
        ::close(m_fd);
    for (int fd : m_stopPipe) {
        if (fd >= 0)
            ::close(fd);
    }
}

void LibraryWatcher::stop()
{
    if (!m_thread.joinable())
        return;
    const char b = 1;
    (void)!::write(m_stopPipe[1], &b, 1);
    m_thread.join();
}

void LibraryWatcher::addTree(const std::string& root)
{
    std::set<std::pair<dev_t, ino_t>> seen;
    std::vector<std::string> stack{root};
    while (!stack.empty()) {
        std::string dir = std::move(stack.back());
        stack.pop_back();
        struct stat st {};
        if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) ||
            !seen.insert({st.st_dev, st.st_ino}).second)
            continue;
        const int wd = ::inotify_add_watch(m_fd, dir.c_str(), kMask);
        if (wd < 0)
            continue; // unreadable folder or watch limit: the next full scan still sees it
        m_dirs[wd] = dir;
        m_watchCount = m_dirs.size();
        if (DIR* d = ::opendir(dir.c_str())) {
            while (const dirent* e = ::readdir(d)) {
                if (e->d_name[0] != '.' &&
                    (e->d_type == DT_DIR || e->d_type == DT_LNK || e->d_type == DT_UNKNOWN))
                    stack.push_back(dir + "/" + e->d_name);
            }
            ::closedir(d);
        }
    }
}

void LibraryWatcher::run()
{
    using Clock = std::chrono::steady_clock;
    std::vector<std::string> pending;
    Clock::time_point oldest; // of the unreported changes
    alignas(inotify_event) char buf[16384];
    for (;;) {
        if (!pending.empty() && Clock::now() - oldest >= m_maxDelay) {
            // Changes kept coming (a long copy): report what came so far; the rest follows.
            m_onChange(pending);
            pending.clear();
        }
        pollfd fds[2] = {{m_fd, POLLIN, 0}, {m_stopPipe[0], POLLIN, 0}};
        int timeout = -1;
        if (!pending.empty()) {
            // Quiet for `settle`, or the oldest change is `maxDelay` old, whichever comes first.
            const auto untilDue =
                std::chrono::duration_cast<std::chrono::milliseconds>(oldest + m_maxDelay - Clock::now());
            timeout = static_cast<int>(std::clamp(untilDue, std::chrono::milliseconds(0), m_settle).count());
        }
        const int n = ::poll(fds, 2, timeout);
        if (n < 0 && errno != EINTR)
            return;
        if (fds[1].revents)
            return;
        if (n == 0 && !pending.empty()) { // quiet for `settle`, or changes kept coming for `maxDelay`
            m_onChange(pending);
            pending.clear();
            continue;
        }
        if (!(fds[0].revents & POLLIN))
            continue;
        for (;;) {
            const ssize_t len = ::read(m_fd, buf, sizeof buf);
            if (len <= 0)
                break;
            for (ssize_t off = 0; off < len;) {
                const auto* ev = reinterpret_cast<const inotify_event*>(buf + off);
                off += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
                auto it = m_dirs.find(ev->wd);
                if (it == m_dirs.end())
                    continue;
                std::string path = it->second;
                if (ev->len > 0 && ev->name[0] != '\0') {
                    if (ev->name[0] == '.')
                        continue;
                    path += "/";
                    path += ev->name;
                }
                if ((ev->mask & IN_ISDIR) && (ev->mask & (IN_CREATE | IN_MOVED_TO)))
                    addTree(path);
                if (ev->mask & IN_IGNORED)
                    m_dirs.erase(it);
                if (pending.empty())
                    oldest = Clock::now();
                pending.push_back(std::move(path));
            }
        }
    }
}

} // namespace accord::library
