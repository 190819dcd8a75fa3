// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "support/unprivileged.hpp"

#include <grp.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace accord::test {

namespace {

void handOver(const std::filesystem::path& dir)
{
    if (::lchown(dir.c_str(), kNobodyId, kNobodyId) != 0)
        throw std::runtime_error("cannot hand " + dir.string() + " over: " + std::strerror(errno));
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
        if (::lchown(entry.path().c_str(), kNobodyId, kNobodyId) != 0)
            throw std::runtime_error("cannot hand " + entry.path().string() +
                                     " over: " + std::strerror(errno));
}

// In the child: only async-signal-safe calls until the privileges are dropped would be the strict rule; the
// test process is single-threaded when a test body runs (Catch runs tests one after another), so the body
// may use the allocator and libraries as usual.
[[noreturn]] void runChild(int out, const std::function<std::string()>& body)
{
    std::string result;
    int code = 0;
    if (::setgroups(0, nullptr) != 0 || ::setgid(kNobodyId) != 0 || ::setuid(kNobodyId) != 0 ||
        ::geteuid() == 0) {
        result = std::string("cannot drop privileges: ") + std::strerror(errno);
        code = 2;
    } else {
        try {
            result = body();
        } catch (const std::exception& e) {
            result = std::string("exception: ") + e.what();
            code = 3;
        }
    }
    for (std::size_t done = 0; done < result.size();) {
        const ssize_t n = ::write(out, result.data() + done, result.size() - done);
        if (n <= 0)
            ::_exit(4);
        done += static_cast<std::size_t>(n);
    }
    ::_exit(code); // no atexit handlers, no Catch teardown: they belong to the parent
}

} // namespace

std::string runUnprivileged(const std::filesystem::path& workDir, const std::function<std::string()>& body)
{
    if (::geteuid() != 0)
        return body();
    handOver(workDir);
    int fds[2];
    if (::pipe(fds) != 0)
        throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    const pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    if (pid == 0) {
        ::close(fds[0]);
        runChild(fds[1], body);
    }
    ::close(fds[1]);
    std::string result;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        result.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status))
        throw std::runtime_error("unprivileged child died (signal " + std::to_string(WTERMSIG(status)) + ")");
    if (WEXITSTATUS(status) != 0)
        throw std::runtime_error("unprivileged child failed (" + std::to_string(WEXITSTATUS(status)) +
                                 "): " + result);
    return result;
}

} // namespace accord::test
