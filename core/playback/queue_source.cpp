// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playback/queue_source.hpp"

namespace accord::playback {

namespace {

constexpr double kPreviewFadeSeconds = 0.010;

std::string skipCodeFor(base::ErrorCode code)
{
    switch (code) {
    case base::ErrorCode::NotFound:
        return "not-found";
    case base::ErrorCode::Unsupported:
        return "unsupported-format";
    default:
        return "decode-error";
    }
}

} // namespace

void QueueSource::startAt(std::uint64_t itemId, std::uint64_t startFrame, double seconds)
{
    std::lock_guard lock(m_mutex);
    m_startId = itemId;
    m_startFrame = startFrame;
    m_startSeconds = seconds;
}

void QueueSource::setRepeat(RepeatMode mode)
{
    std::lock_guard lock(m_mutex);
    m_repeat = mode;
}

RepeatMode QueueSource::repeat() const
{
    std::lock_guard lock(m_mutex);
    return m_repeat;
}

void QueueSource::setGate(std::shared_ptr<TrackGate> gate)
{
    std::lock_guard lock(m_mutex);
    m_gate = std::move(gate);
}

std::vector<QueueSource::Skip> QueueSource::takeSkips()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_skips, {});
}

std::optional<GateVerdict> QueueSource::verdictFor(std::uint64_t itemId) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_verdicts.find(itemId);
    if (it == m_verdicts.end())
        return std::nullopt;
    return it->second;
}

std::optional<std::size_t> QueueSource::nextIndexLocked()
{
    if (m_queue.empty())
        return std::nullopt;
    if (m_startId) {
        const auto idx = m_queue.indexOf(*m_startId);
        m_startId.reset();
        if (idx)
            return idx;
    }
    std::size_t next = 0;
    if (m_lastId) {
        const auto last = m_queue.indexOf(*m_lastId);
        if (m_repeat == RepeatMode::One && last)
            return last;
        // A removed entry leaves its old index behind: the entry now there is the next one.
        next = last ? *last + 1 : m_lastIndex;
    }
    if (next >= m_queue.size()) {
        if (m_repeat == RepeatMode::Off)
            return std::nullopt;
        next = 0;
    }
    return next;
}

void QueueSource::skipLocked(const QueueItem& item, SkipReason reason)
{
    const std::size_t index = m_queue.indexOf(item.id).value_or(m_lastIndex);
    m_skips.push_back(Skip{index, item.id, item.path, std::move(reason)});
}

QueueSource::Prepared QueueSource::prepare(const QueueItem& item, const std::shared_ptr<TrackGate>& gate,
                                           std::uint64_t startFrame, double startSeconds)
{
    Prepared out;
    if (gate)
        out.verdict = gate->check(item.path);
    if (out.verdict.kind == licence::Verdict::Blocked) {
        out.skip = out.verdict.reasons.empty() ? SkipReason{"blocked", "not licensed here and now"}
                                               : out.verdict.reasons.front();
        return out;
    }
    auto decoder = audio::openDecoder(item.path);
    if (!decoder.ok()) {
        const base::Error& e = decoder.error();
        out.skip = SkipReason{skipCodeFor(e.code), e.describe()};
        return out;
    }
    audio::PreparedTrack track;
    const auto rate = (*decoder)->format().sampleRate;
    track.token = item.id;
    track.startFrame = startFrame + static_cast<std::uint64_t>(startSeconds * rate);
    track.maxSampleRate = out.verdict.maxSampleRate;
    track.maxBits = out.verdict.maxBits;
    if (out.verdict.kind == licence::Verdict::Preview) {
        track.endFrame = static_cast<std::uint64_t>(out.verdict.previewSeconds * rate);
        track.fadeOutSeconds = kPreviewFadeSeconds;
        if (track.startFrame >= *track.endFrame)
            track.startFrame = 0;
    }
    track.decoder = std::move(*decoder);
    out.track = std::move(track);
    return out;
}

std::optional<audio::PreparedTrack> QueueSource::record(const QueueItem& item, Prepared prepared)
{
    if (prepared.skip) {
        skipLocked(item, std::move(*prepared.skip));
        return std::nullopt;
    }
    m_verdicts[item.id] = std::move(prepared.verdict);
    return std::move(prepared.track);
}

std::optional<audio::PreparedTrack> QueueSource::nextTrack()
{
    std::unique_lock lock(m_mutex);
    // Give up after one full pass of failures, so repeat-all over unplayable files cannot spin.
    for (std::size_t attempts = 0; attempts <= m_queue.size(); ++attempts) {
        const std::uint64_t startFrame = m_startId ? m_startFrame : 0;
        const double startSeconds = m_startId ? m_startSeconds : 0.0;
        m_startFrame = 0;
        m_startSeconds = 0.0;
        const auto index = nextIndexLocked();
        if (!index)
            return std::nullopt;
        const QueueItem item = m_queue.at(*index);
        m_lastId = item.id;
        m_lastIndex = *index;
        const auto gate = m_gate;
        // The gate and the file open run unlocked, so queue edits from other threads never wait on disk.
        lock.unlock();
        Prepared prepared = prepare(item, gate, startFrame, startSeconds);
        lock.lock();
        if (auto track = record(item, std::move(prepared)))
            return track;
        if (m_repeat == RepeatMode::One)
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<audio::PreparedTrack> QueueSource::confirm(audio::PreparedTrack track)
{
    std::unique_lock lock(m_mutex);
    const auto it = m_verdicts.find(track.token);
    if (!m_gate || it == m_verdicts.end() || !it->second.validUntil)
        return track;
    // The decision for this entry may have expired while the previous track played: decide again.
    if (m_gate->now() < *it->second.validUntil)
        return track;
    const auto index = m_queue.indexOf(track.token);
    if (!index)
        return std::nullopt;
    const QueueItem item = m_queue.at(*index);
    const auto gate = m_gate;
    lock.unlock();
    Prepared prepared = prepare(item, gate, track.startFrame, 0.0);
    lock.lock();
    return record(item, std::move(prepared));
}

} // namespace accord::playback
