// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "core/sync/feed_server.hpp"

#include "support/command.hpp"
#include "support/temp_dir.hpp"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace accord::test {

namespace {

int freePort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    if (::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        ::close(s);
        throw std::runtime_error("no free port");
    }
    ::close(s);
    return ntohs(a.sin_port);
}

bool accepts(int port)
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    const bool ok = ::connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    ::close(s);
    return ok;
}

void run(const std::string& cmd)
{
    const auto r = runCommand("(" + cmd + ") 2>&1");
    if (r.exitCode != 0)
        throw std::runtime_error("failed: " + cmd + "\n" + r.out);
}

} // namespace

FeedServer::FeedServer(const std::filesystem::path& workDir, const std::filesystem::path& root,
                       long byHashRate)
    : m_prefix(workDir / "nginx"), m_ca(m_prefix / "ca.pem")
{
    std::filesystem::create_directories(m_prefix / "tmp");
    const std::string p = shellQuote(m_prefix.string());
    // A throwaway CA and a server certificate for 127.0.0.1 signed by it (EC keys: fast to make).
    run("cd " + p +
        " && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key -out "
        "ca.pem"
        " -days 2 -subj /CN=accord-test-ca -addext basicConstraints=critical,CA:TRUE"
        " -addext keyUsage=critical,keyCertSign,cRLSign"
        " && openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout server.key -out "
        "server.csr"
        " -subj /CN=127.0.0.1"
        " && printf "
        "'subjectAltName=IP:127.0.0.1\\nbasicConstraints=CA:FALSE\\nextendedKeyUsage=serverAuth\\n' > ext.cnf"
        " && openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days "
        "2"
        " -extfile ext.cnf");
    for (int attempt = 0; attempt < 5; ++attempt)
        if (start(root, byHashRate))
            return;
    throw std::runtime_error("nginx did not start; see " + (m_prefix / "error.log").string());
}

bool FeedServer::start(const std::filesystem::path& root, long byHashRate)
{
    m_port = freePort();
    const std::string pre = m_prefix.string();
    std::string conf = "worker_processes 1;\npid " + pre + "/nginx.pid;\nerror_log " + pre + "/error.log;\n";
    // As root, the workers would run as nobody; the test's files are root's, so keep the workers root.
    if (::geteuid() == 0)
        conf += "user root;\n";
    conf += "events { worker_connections 64; }\nhttp {\n  access_log off;\n";
    for (const char* t : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        conf += std::string("  ") + t + "_temp_path " + pre + "/tmp/" + t + ";\n";
    conf += "  default_type application/octet-stream;\n  server {\n    listen 127.0.0.1:" +
            std::to_string(m_port) + " ssl;\n    ssl_certificate " + pre +
            "/server.pem;\n    ssl_certificate_key " + pre + "/server.key;\n    root " + root.string() +
            ";\n    location ~ \\.json$ { sub_filter_types *; sub_filter '@@accord-never@@' ''; }\n"
            "    location /by-hash/ { " +
            (byHashRate > 0 ? "limit_rate " + std::to_string(byHashRate) + ";" : std::string()) +
            " }\n  }\n}\n";
    writeFile(m_prefix / "nginx.conf", conf);

    m_pid = ::fork();
    if (m_pid < 0)
        throw std::runtime_error("fork failed");
    if (m_pid == 0) {
        ::execl("/usr/sbin/nginx", "nginx", "-p", pre.c_str(), "-c", (pre + "/nginx.conf").c_str(), "-e",
                (pre + "/error.log").c_str(), "-g", "daemon off;", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    for (int i = 0; i < 500; ++i) {
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) { // exited: the port was taken, or a bad config
            m_pid = -1;
            return false;
        }
        if (accepts(m_port))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

FeedServer::~FeedServer()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM); // nginx's master stops its workers on SIGTERM
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
}

} // namespace accord::test
