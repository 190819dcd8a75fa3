// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "play_report.hpp"

#include "args.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace accord::cli {

namespace {

std::string clock(double seconds)
{
    const auto s = static_cast<long>(seconds);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

} // namespace

void PlayReport::onTrackChanged(const playback::NowPlaying& now)
{
    std::lock_guard lock(m_mutex);
    const bool newTrack = !m_now || m_now->queueItemId != now.queueItemId;
    m_now = now;
    if (!newTrack || !m_progress)
        return;
    if (m_lineOpen)
        std::fputs("\n", stderr);
    m_lineOpen = false;
    std::string signal = now.bitPerfect ? "bit-perfect" : "processed:";
    for (const auto& step : now.processing)
        signal += " " + step.kind + " (" + step.detail + ")";
    std::fprintf(stderr, "> [%zu/%zu] %s  [%s -> %s, %s]\n", now.queueIndex + 1, m_queueLength,
                 now.path.filename().c_str(), now.sourceFormat.describe().c_str(),
                 now.outputFormat.describe().c_str(), signal.c_str());
}

void PlayReport::onTrackSkipped(std::size_t index, const std::filesystem::path& path,
                                const playback::SkipReason& reason)
{
    std::lock_guard lock(m_mutex);
    m_skipped.push_back({index, path.string(), reason.code, reason.text});
    if (m_progress) {
        if (m_lineOpen)
            std::fputs("\n", stderr);
        m_lineOpen = false;
        std::fprintf(stderr, "! [%zu/%zu] skipped %s: %s\n", index + 1, m_queueLength, path.c_str(),
                     reason.text.c_str());
    }
}

void PlayReport::onTrackFinished(std::size_t index, std::uint64_t frames)
{
    std::lock_guard lock(m_mutex);
    Played p{index, "", frames, "", "", true, {}, 0.0};
    if (m_now && m_now->queueIndex == index) {
        p.path = m_now->path.string();
        p.format = m_now->sourceFormat.describe();
        p.output = m_now->outputFormat.describe();
        p.bitPerfect = m_now->bitPerfect;
        for (const auto& step : m_now->processing)
            p.processing.push_back(step.kind + ": " + step.detail);
        if (m_now->sourceFormat.sampleRate > 0)
            p.seconds = static_cast<double>(frames) / m_now->sourceFormat.sampleRate;
    }
    m_played.push_back(std::move(p));
}

void PlayReport::wake() const
{
    const int fd = m_wakeFd.load();
    if (fd >= 0) {
        const char byte = 'd';
        [[maybe_unused]] const auto n = ::write(fd, &byte, 1); // a full pipe: it is awake already
    }
}

void PlayReport::onQueueFinished()
{
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_doneCv.notify_all();
    wake();
}

void PlayReport::onError(const base::Error& error)
{
    {
        std::lock_guard lock(m_mutex);
        m_errors.push_back(error.describe());
        m_done = true;
    }
    m_doneCv.notify_all();
    wake();
}

void PlayReport::tick(const playback::PlayerStatus& status)
{
    std::lock_guard lock(m_mutex);
    if (!m_progress || !m_terminal || !status.now || !status.sampleRate)
        return;
    const double pos = static_cast<double>(status.positionFrames) / status.sampleRate;
    const double total = static_cast<double>(status.now->totalFrames) / status.now->sourceFormat.sampleRate;
    std::fprintf(stderr, "\r  %s / %s  underruns %llu   ", clock(pos).c_str(), clock(total).c_str(),
                 static_cast<unsigned long long>(status.underruns));
    m_lineOpen = true;
}

bool PlayReport::finished() const
{
    std::lock_guard lock(m_mutex);
    return m_done;
}

bool PlayReport::waitFinished(std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_mutex);
    return m_doneCv.wait_for(lock, timeout, [this] { return m_done; });
}

int PlayReport::exitCode() const
{
    std::lock_guard lock(m_mutex);
    // A device failure, or nothing at all could play, is a failure; skipped tracks alone are not.
    return m_errors.empty() && !m_played.empty() ? kExitOk : kExitFailure;
}

void PlayReport::finish(const playback::PlayerStatus& status, bool json)
{
    std::lock_guard lock(m_mutex);
    if (m_lineOpen)
        std::fputs("\n", stderr);
    if (json) {
        nlohmann::json out;
        out["tracks"] = m_queueLength;
        out["played"] = m_played.size();
        out["underruns"] = status.underruns;
        out["skipped"] = nlohmann::json::array();
        for (const auto& s : m_skipped)
            out["skipped"].push_back({{"index", s.index},
                                      {"path", s.path},
                                      {"code", s.code},
                                      {"reason_code", licence::snakeCaseCode(s.code)},
                                      {"reason", s.text}});
        out["played_tracks"] = nlohmann::json::array();
        for (const auto& p : m_played)
            out["played_tracks"].push_back({{"index", p.index},
                                            {"path", p.path},
                                            {"frames", p.frames},
                                            {"source_format", p.format},
                                            {"output_format", p.output},
                                            {"bit_perfect", p.bitPerfect},
                                            {"processing", p.processing},
                                            {"seconds", p.seconds}});
        out["errors"] = m_errors;
        std::printf("%s\n", out.dump(2).c_str());
        return;
    }
    std::printf("played %zu of %zu tracks, skipped %zu, underruns %llu\n", m_played.size(), m_queueLength,
                m_skipped.size(), static_cast<unsigned long long>(status.underruns));
    for (const auto& s : m_skipped)
        std::printf("  skipped [%zu] %s: %s\n", s.index + 1, s.path.c_str(), s.text.c_str());
    for (const auto& e : m_errors)
        std::printf("  error: %s\n", e.c_str());
}

} // namespace accord::cli
