// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "history/play_recorder.hpp"

#include <algorithm>
#include <chrono>
#include <vector>

namespace accord::history {

namespace {

std::int64_t systemMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::int64_t framesToMs(std::uint64_t frames, std::uint32_t rate)
{
    return rate ? static_cast<std::int64_t>((frames * 1000 + rate / 2) / rate) : 0;
}

} // namespace

PlayRecorder::PlayRecorder(Sink sink, Clock clock)
    : m_sink(std::move(sink)), m_clock(clock ? std::move(clock) : Clock(systemMs))
{
}

bool PlayRecorder::isLicenceRefusal(const std::string& code)
{
    return !code.empty() && code != "decode-error" && code != "not-found" && code != "unsupported-format";
}

void PlayRecorder::setEnabled(bool enabled)
{
    m_enabled.store(enabled);
    if (!enabled) {
        std::lock_guard lock(m_mutex);
        m_current.reset(); // "stops recording" includes what plays now
    }
}

void PlayRecorder::endCurrent()
{
    std::unique_lock lock(m_mutex);
    closeLocked(false);
}

void PlayRecorder::closeLocked(bool finished)
{
    if (!m_current)
        return;
    Current c = std::move(*m_current);
    m_current.reset();
    if (!m_enabled.load())
        return;
    c.record.finished = finished;
    c.record.heardMs = framesToMs(c.heardFrames, c.rate);
    // Called under m_mutex on purpose: the sink only queues, and the order of records stays the order of
    // plays.
    m_sink(std::move(c.record));
}

void PlayRecorder::onStateChanged(playback::PlaybackState state)
{
    if (state != playback::PlaybackState::Stopped)
        return;
    std::lock_guard lock(m_mutex);
    closeLocked(false);
}

void PlayRecorder::onTrackChanged(const playback::NowPlaying& now)
{
    std::lock_guard lock(m_mutex);
    if (m_current && m_current->queueItemId == now.queueItemId) {
        // A seek, or a restart for new settings: the same play goes on from the new position.
        m_current->lastFrame = now.startFrame;
        return;
    }
    closeLocked(false);
    if (!m_enabled.load())
        return;
    Current c;
    c.queueItemId = now.queueItemId;
    c.rate = now.sourceFormat.sampleRate;
    c.lastFrame = now.startFrame;
    PlayRecord& r = c.record;
    r.path = now.path.string();
    r.title = now.title;
    r.artists = now.artist;
    r.album = now.album;
    r.startedAtMs = m_clock();
    const bool capped =
        std::any_of(now.processing.begin(), now.processing.end(),
                    [](const playback::ProcessingStep& s) { return s.kind == "licence-cap"; });
    if (now.previewSeconds)
        r.outcome = PlayOutcome::Preview;
    else if (capped)
        r.outcome = PlayOutcome::Capped;
    if (!now.previewSeconds && now.totalFrames && c.rate)
        r.durationMs = framesToMs(now.totalFrames, c.rate);
    r.sampleRate = capped ? now.outputFormat.sampleRate : now.sourceFormat.sampleRate;
    r.bitDepth = capped ? std::min(now.sourceFormat.bitsPerSample, now.outputFormat.bitsPerSample)
                        : now.sourceFormat.bitsPerSample;
    m_current = std::move(c);
}

void PlayRecorder::onPosition(std::uint64_t frame, std::uint32_t sampleRate)
{
    std::lock_guard lock(m_mutex);
    if (!m_current || sampleRate != m_current->rate)
        return;
    // Within one stretch of playback positions only grow, by the frames the device played (a device faster
    // than real time makes big steps, which count). A seek starts a new stretch through onTrackChanged, so
    // the part jumped over is never counted; while the engine restarts it reports 0, which only resets.
    if (m_current->lastFrame && frame >= *m_current->lastFrame)
        m_current->heardFrames += frame - *m_current->lastFrame;
    m_current->lastFrame = frame;
}

void PlayRecorder::onTrackSkipped(std::size_t /*queueIndex*/, const std::filesystem::path& path,
                                  const playback::SkipReason& reason)
{
    if (!isLicenceRefusal(reason.code) || !m_enabled.load())
        return;
    PlayRecord r;
    r.path = path.string();
    r.startedAtMs = m_clock();
    r.outcome = PlayOutcome::Blocked;
    r.reasonCode = reason.code;
    r.reason = reason.text;
    std::lock_guard lock(m_mutex);
    const auto last = m_lastRefusal.find(r.path);
    if (last != m_lastRefusal.end() && r.startedAtMs - last->second < kRepeatWindowMs)
        return; // the same attempt, seen again
    if (m_lastRefusal.size() > 1000)
        m_lastRefusal.clear(); // a bound; forgetting old refusals only risks counting one twice
    m_lastRefusal[r.path] = r.startedAtMs;
    m_sink(std::move(r));
}

void PlayRecorder::onTrackFinished(std::size_t /*queueIndex*/, std::uint64_t /*framesPlayed*/)
{
    // The player reported the end position just before (onPosition), so the heard frames are complete.
    std::lock_guard lock(m_mutex);
    closeLocked(true);
}

} // namespace accord::history
