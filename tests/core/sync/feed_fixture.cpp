// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "core/sync/feed_fixture.hpp"

#include "sync/bytes.hpp"
#include "sync/feed_types.hpp"

#include <random>
#include <stdexcept>
#include <sys/stat.h>

namespace accord::test {

namespace {

void must(const CommandRun& r, const std::string& what)
{
    if (r.exitCode != 0)
        throw std::runtime_error(what + " failed (exit " + std::to_string(r.exitCode) + "): " + r.out);
}

std::string randomBytes(std::size_t n, unsigned seed)
{
    std::mt19937 gen(seed);
    std::string s(n, '\0');
    for (char& c : s)
        c = static_cast<char>(gen() & 0xff);
    return s;
}

} // namespace

FeedFixture::FeedFixture(long byHashRate, std::size_t trackBytes)
    : m_pub(m_tmp / "publisher"), m_keys(m_tmp / "keys"), m_data(m_tmp / "data")
{
    // nginx's workers and the unprivileged checks must be able to walk into the temporary folder.
    ::chmod(m_tmp.path().c_str(), 0755);
    std::filesystem::create_directories(m_keys);
    std::filesystem::create_directories(m_data);
    const std::string k = shellQuote(m_keys.string());
    for (const char* name : {"root1", "release", "lease"})
        must(publish("publish keygen --out " + k + "/" + name), "keygen");
    const std::string dir = " --dir " + shellQuote(m_pub.string());
    must(publish("publish init" + dir + " --root-key " + k + "/root1 --release-key " + k +
                 "/release --lease-key " + k + "/lease --issued " + kIssued),
         "publish init");
    must(publish("publish catalogue" + dir + " --issued " + kIssued + " " +
                 shellQuote(std::string(ACCORD_TEST_DATA_DIR) + "/catalogue/accord_catalogue.json")),
         "publish catalogue");
    m_server = std::make_unique<FeedServer>(m_tmp.path(), feed(), byHashRate);

    const auto init = ctl("sync init --json --url " + m_server->url() + " --root " +
                          shellQuote((feed() / "root" / "1.json").string()) + " --ca-file " +
                          shellQuote(m_server->caFile().string()) + " --at " + kIssued);
    must(init, "sync init");
    const auto dev = json(init);
    m_deviceId = dev.at("device_id").get<std::string>();
    must(publish("publish device" + dir + " --account acc1 --device-id " + m_deviceId + " --device-key " +
                 dev.at("public_key").get<std::string>() + " --territory CN --tier vip"),
         "publish device");
    must(publish("publish playlist" + dir + " --account acc1 --id pl1 --title Porcelain ACC-0001 ACC-0002"),
         "publish playlist");
    writeFile(track(1), randomBytes(trackBytes, 1));
    writeFile(track(2), randomBytes(trackBytes / 2, 2));
    must(publish("publish lease" + dir + " --device-id " + m_deviceId + " --track ACC-0001=" +
                 shellQuote(track(1).string()) + " --track ACC-0002=" + shellQuote(track(2).string()) +
                 "@2015-03-20T00:00:00Z --issued " + kIssued),
         "publish lease");
}

CommandRun FeedFixture::ctl(const std::string& args) const
{
    return runCommand(std::string(ACCORDCTL_PATH) + " --data-dir " + shellQuote(m_data.string()) + " " +
                      args + " 2>" + shellQuote((m_tmp / "stderr.txt").string()));
}

CommandRun FeedFixture::publish(const std::string& args) const
{
    return runCommand(std::string(ACCORDCTL_PATH) + " " + args + " 2>" +
                      shellQuote((m_tmp / "stderr.txt").string()));
}

std::string FeedFixture::lastStderr() const
{
    auto r = runCommand("cat " + shellQuote((m_tmp / "stderr.txt").string()));
    return r.out;
}

nlohmann::json FeedFixture::json(const CommandRun& run) const
{
    auto j = nlohmann::json::parse(run.out, nullptr, false);
    if (j.is_discarded())
        throw std::runtime_error("not JSON: " + run.out + "\nstderr: " + lastStderr());
    return j;
}

std::string FeedFixture::servedHash(const std::string& recording) const
{
    auto text = sync::readFileBytes(feed() / "devices" / m_deviceId / "lease.json");
    if (!text.ok())
        throw std::runtime_error("no served lease");
    auto lease = sync::parseLease(*text);
    if (!lease.ok())
        throw std::runtime_error("served lease does not parse");
    for (const auto& t : lease->tracks)
        if (t.recording == recording)
            return t.sha256;
    throw std::runtime_error("no track " + recording + " in the served lease");
}

std::string FeedFixture::syncDbBytes() const
{
    auto r = runCommand("cat " + shellQuote((m_data / "sync.db").string()) + " | sha256sum");
    return r.out;
}

} // namespace accord::test
