// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playback/queue_source.hpp"

#include <algorithm>
#include <exception>

namespace accord::playback {

namespace {

constexpr double kPreviewFadeSeconds = 0.010;
/// How many entries from the one that plays next are judged before the rest of the queue.
constexpr std::size_t kJudgeAhead = 3;
/// The judgement side looks at the gate's clock at least this often while verdicts carry a validUntil
/// (a QA clock may jump; the steady-clock deadline covers the wall clock).
constexpr auto kExpiryPoll = std::chrono::seconds(1);

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

struct Opened {
    std::optional<audio::PreparedTrack> track;
    std::optional<SkipReason> skip;
};

/// Opens the entry's file with the limits of its verdict. File I/O: never under the source's lock.
Opened openTrack(const QueueItem& item, const GateVerdict& verdict, std::uint64_t startFrame,
                 double startSeconds, const acx::KeyProvider* keys, const ReplayGainSettings& replayGain,
                 const std::optional<QueueSource::ScannedGainLookup>& scannedGain)
{
    Opened out;
    if (verdict.kind == licence::Verdict::Blocked) {
        out.skip = verdict.reasons.empty() ? SkipReason{"blocked", "not licensed here and now"}
                                           : verdict.reasons.front();
        return out;
    }
    auto decoder = audio::openDecoder(item.path, keys);
    if (!decoder.ok()) {
        const base::Error& e = decoder.error();
        out.skip = SkipReason{skipCodeFor(e.code), e.describe()};
        return out;
    }
    audio::PreparedTrack track;
    const auto rate = (*decoder)->format().sampleRate;
    track.token = item.id;
    track.startFrame = startFrame + static_cast<std::uint64_t>(startSeconds * rate);
    track.maxSampleRate = verdict.maxSampleRate;
    track.maxBits = verdict.maxBits;
    if (verdict.kind == licence::Verdict::Preview) {
        track.endFrame = static_cast<std::uint64_t>(verdict.previewSeconds * rate);
        track.fadeOutSeconds = kPreviewFadeSeconds;
        if (track.startFrame >= *track.endFrame)
            track.startFrame = 0;
    }
    if (replayGain.mode != ReplayGainMode::Off) {
        // The library database was read on the judgement thread (scannedGain); without one, the file's tags.
        ReplayGainTags tags = readReplayGainTags(item.path);
        if (scannedGain)
            tags = preferFileTags(std::move(tags), scannedGain->tags);
        if (auto plan = planReplayGain(tags, replayGain)) {
            track.gain = plan->linear;
            track.gainDetail = std::move(plan->detail);
        }
    }
    track.decoder = std::move(*decoder);
    out.track = std::move(track);
    return out;
}

/// True when an opened track already carries exactly the limits `verdict` asks for.
bool sameLimits(const audio::PreparedTrack& track, const GateVerdict& verdict)
{
    if (verdict.kind == licence::Verdict::Blocked)
        return false;
    std::optional<std::uint64_t> endFrame;
    if (verdict.kind == licence::Verdict::Preview)
        endFrame = static_cast<std::uint64_t>(verdict.previewSeconds * track.decoder->format().sampleRate);
    return track.maxSampleRate == verdict.maxSampleRate && track.maxBits == verdict.maxBits &&
           track.endFrame == endFrame;
}

} // namespace

void QueueSource::startAt(std::uint64_t itemId, std::uint64_t startFrame, double seconds)
{
    std::lock_guard lock(m_mutex);
    m_startId = itemId;
    m_startFrame = startFrame;
    m_startSeconds = seconds;
    wakeJudgeLocked(); // the entry that plays next changed
}

void QueueSource::setRepeat(RepeatMode mode)
{
    std::lock_guard lock(m_mutex);
    m_repeat = mode;
}

void QueueSource::setReplayGain(const ReplayGainSettings& settings)
{
    std::lock_guard lock(m_mutex);
    if (settings == m_replayGain)
        return;
    m_replayGain = settings;
    // The scanned values are looked up beside each verdict (on the judgement thread): judge again so that
    // a new mode or library database applies to the tracks opened from now on.
    clearVerdictsLocked();
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
    clearVerdictsLocked();
}

void QueueSource::rejudge()
{
    std::lock_guard lock(m_mutex);
    clearVerdictsLocked();
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

void QueueSource::clearVerdictsLocked()
{
    ++m_generation;
    for (std::size_t i = 0; i < m_queue.size(); ++i)
        m_queue.at(i).verdict.reset();
    m_expiry.clear();
    m_wanted.reset();
    m_cursor = 0;
    wakeJudgeLocked();
}

void QueueSource::wakeJudgeLocked()
{
    ++m_epoch;
    m_judgeCv.notify_all();
}

void QueueSource::wantLocked(std::uint64_t itemId)
{
    if (m_wanted == itemId)
        return; // asked already: the decode thread retries every few milliseconds
    m_wanted = itemId;
    wakeJudgeLocked();
}

std::optional<QueueSource::Upcoming> QueueSource::upcomingLocked() const
{
    if (m_queue.empty())
        return std::nullopt;
    if (m_startId)
        if (const auto idx = m_queue.indexOf(*m_startId))
            return Upcoming{*idx, true};
    std::size_t next = 0;
    if (m_lastId) {
        const auto last = m_queue.indexOf(*m_lastId);
        if (m_repeat == RepeatMode::One && last)
            return Upcoming{*last, false};
        // A removed entry leaves its old index behind: the entry now there is the next one.
        next = last ? *last + 1 : m_lastIndex;
    }
    if (next >= m_queue.size()) {
        if (m_repeat == RepeatMode::Off)
            return std::nullopt;
        next = 0;
    }
    return Upcoming{next, false};
}

namespace {

/// What judges entries when no gate is set but scanned ReplayGain values must be looked up: everything
/// plays (GateVerdict's default), at the wall clock.
class OpenGate final : public TrackGate {
public:
    GateVerdict check(const std::filesystem::path&) override { return {}; }
    std::chrono::sys_seconds now() const override
    {
        return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    }
};

} // namespace

std::shared_ptr<TrackGate> QueueSource::judgingGateLocked() const
{
    if (m_gate)
        return m_gate;
    if (m_replayGain.mode == ReplayGainMode::Off || m_replayGain.libraryDb.empty())
        return nullptr;
    static const auto open = std::make_shared<OpenGate>();
    return open;
}

std::optional<GateVerdict> QueueSource::usableVerdictLocked(const QueueItem& item) const
{
    if (!judgingGateLocked())
        return GateVerdict{};
    if (!item.verdict)
        return std::nullopt;
    const auto due = m_expiry.find(item.id);
    if (due != m_expiry.end() && Steady::now() >= due->second)
        return std::nullopt; // its validUntil has passed: judged again before it starts
    return item.verdict;
}

void QueueSource::skipLocked(const QueueItem& item, SkipReason reason)
{
    const std::size_t index = m_queue.indexOf(item.id).value_or(m_lastIndex);
    m_skips.push_back(Skip{index, item.id, item.path, std::move(reason)});
}

audio::TrackOffer QueueSource::nextTrack()
{
    std::unique_lock lock(m_mutex);
    // Give up after one full pass of failures, so repeat-all over unplayable files cannot spin.
    for (std::size_t attempts = 0; attempts <= m_queue.size(); ++attempts) {
        const auto next = upcomingLocked();
        if (!next)
            return audio::TrackOffer::none();
        const QueueItem item = m_queue.at(next->index);
        auto verdict = usableVerdictLocked(item);
        if (!verdict) {
            // Not judged yet: never ask the gate here. The judgement thread takes this entry first and the
            // engine asks again shortly, playing what the ring holds meanwhile.
            wantLocked(item.id);
            return audio::TrackOffer::notReady();
        }
        const std::uint64_t startFrame = next->fromStart ? m_startFrame : 0;
        const double startSeconds = next->fromStart ? m_startSeconds : 0.0;
        m_startId.reset();
        m_startFrame = 0;
        m_startSeconds = 0.0;
        m_lastId = item.id;
        m_lastIndex = next->index;
        // The file open runs unlocked, so queue edits from other threads never wait on disk.
        const ReplayGainSettings replayGain = m_replayGain;
        const auto scannedGain = scannedGainLocked(item.id);
        lock.unlock();
        Opened opened =
            openTrack(item, *verdict, startFrame, startSeconds, m_keys.get(), replayGain, scannedGain);
        lock.lock();
        if (opened.track) {
            m_verdicts[item.id] = std::move(*verdict);
            return audio::TrackOffer::of(std::move(*opened.track));
        }
        skipLocked(item, std::move(*opened.skip));
        if (m_repeat == RepeatMode::One)
            return audio::TrackOffer::none();
    }
    return audio::TrackOffer::none();
}

audio::TrackOffer QueueSource::confirm(audio::PreparedTrack track)
{
    std::unique_lock lock(m_mutex);
    const auto index = m_queue.indexOf(track.token);
    if (!index)
        return audio::TrackOffer::none(); // removed from the queue while the previous track played
    const QueueItem item = m_queue.at(*index);
    auto verdict = usableVerdictLocked(item);
    if (!verdict) {
        // Its verdict expired or the context changed while the previous track played: wait for the new one.
        wantLocked(item.id);
        return audio::TrackOffer::notReady(std::move(track));
    }
    if (sameLimits(track, *verdict)) {
        m_verdicts[item.id] = std::move(*verdict);
        return audio::TrackOffer::of(std::move(track));
    }
    const std::uint64_t startFrame = track.startFrame;
    const ReplayGainSettings replayGain = m_replayGain;
    const auto scannedGain = scannedGainLocked(item.id);
    lock.unlock();
    track = {}; // close the old decoder before opening the file again
    Opened opened = openTrack(item, *verdict, startFrame, 0.0, m_keys.get(), replayGain, scannedGain);
    lock.lock();
    if (opened.track) {
        m_verdicts[item.id] = std::move(*verdict);
        return audio::TrackOffer::of(std::move(*opened.track));
    }
    skipLocked(item, std::move(*opened.skip));
    return audio::TrackOffer::none();
}

std::optional<QueueSource::Task> QueueSource::takeTaskLocked()
{
    const auto gate = judgingGateLocked();
    if (!gate || m_judgeStopped)
        return std::nullopt;
    const auto now = Steady::now();
    auto pending = [&](std::size_t i) {
        const QueueItem& item = m_queue.at(i);
        if (!item.verdict)
            return true;
        const auto due = m_expiry.find(item.id);
        return due != m_expiry.end() && now >= due->second;
    };
    auto task = [&](std::size_t i) {
        return Task{m_queue.at(i), m_generation, gate, m_replayGain.libraryDb};
    };
    // First the entry the decode thread is waiting for, then the ones that play next, then queue order.
    if (m_wanted) {
        if (const auto i = m_queue.indexOf(*m_wanted); i && pending(*i))
            return task(*i);
        m_wanted.reset();
    }
    if (const auto up = upcomingLocked())
        for (std::size_t k = 0; k < kJudgeAhead && k < m_queue.size(); ++k)
            if (const std::size_t i = (up->index + k) % m_queue.size(); pending(i))
                return task(i);
    for (; m_cursor < m_queue.size(); ++m_cursor)
        if (!m_queue.at(m_cursor).verdict)
            return task(m_cursor);
    return std::nullopt;
}

bool QueueSource::judgeOne()
{
    std::optional<Task> task;
    {
        std::lock_guard lock(m_mutex);
        task = takeTaskLocked();
        if (!task)
            m_idleEpoch = m_epoch; // nothing to do as of now: waitForJudgeWork() waits for news after this
    }
    if (!task)
        return false;
    GateVerdict verdict;
    try {
        verdict = task->gate->checkEntry(task->item);
    } catch (const std::exception& e) {
        // A gate that throws must not play something unchecked, nor take the thread down.
        verdict = GateVerdict::catalogueError(e.what());
    }
    // Looked up here, beside the verdict, so that opening the track never waits on the library database.
    store(*task, std::move(verdict), scannedReplayGain(task->item.path, task->libraryDb));
    return true;
}

std::optional<QueueSource::ScannedGainLookup> QueueSource::scannedGainLocked(std::uint64_t itemId) const
{
    if (!judgingGateLocked())
        return std::nullopt; // nothing is judged, and no library database to look in: the file's tags apply
    const auto it = m_scannedGain.find(itemId);
    return ScannedGainLookup{it == m_scannedGain.end() ? std::nullopt
                                                       : std::optional<ReplayGainTags>(it->second)};
}

void QueueSource::store(const Task& task, GateVerdict verdict, std::optional<ReplayGainTags> scannedGain)
{
    std::optional<Steady::time_point> expiry;
    if (verdict.validUntil) {
        // Measured against the gate's clock once, here, so that the decode side can tell expiry from the
        // steady clock without calling the gate.
        const auto left = *verdict.validUntil - task.gate->now();
        expiry = Steady::now() + std::max<std::chrono::seconds>(left, std::chrono::seconds(0));
    }
    std::lock_guard lock(m_mutex);
    if (task.generation != m_generation)
        return; // the gate or its context changed meanwhile: this entry is judged again
    const auto index = m_queue.indexOf(task.item.id);
    if (!index)
        return;
    m_queue.at(*index).verdict = std::move(verdict);
    if (scannedGain)
        m_scannedGain[task.item.id] = std::move(*scannedGain);
    else
        m_scannedGain.erase(task.item.id);
    if (expiry)
        m_expiry[task.item.id] = *expiry;
    else
        m_expiry.erase(task.item.id);
    if (m_wanted == task.item.id)
        m_wanted.reset();
}

void QueueSource::judgeAll()
{
    while (judgeOne()) {
    }
}

void QueueSource::expireDue()
{
    std::shared_ptr<TrackGate> gate;
    {
        std::lock_guard lock(m_mutex);
        if (!m_gate || m_expiry.empty())
            return;
        gate = m_gate;
    }
    const auto now = gate->now(); // unlocked: a gate's clock may share a lock with its slow check()
    std::lock_guard lock(m_mutex);
    if (gate != m_gate)
        return;
    const auto steadyNow = Steady::now();
    bool expired = false;
    for (std::size_t i = 0; i < m_queue.size(); ++i) {
        QueueItem& item = m_queue.at(i);
        const auto due = m_expiry.find(item.id);
        if (!item.verdict || due == m_expiry.end())
            continue;
        if (steadyNow >= due->second || (item.verdict->validUntil && *item.verdict->validUntil <= now)) {
            item.verdict.reset();
            m_expiry.erase(due);
            expired = true;
        }
    }
    if (expired) {
        m_cursor = 0;
        wakeJudgeLocked();
    }
}

bool QueueSource::waitForJudgeWork()
{
    std::unique_lock lock(m_mutex);
    if (m_judgeStopped)
        return false;
    // Anything since the last time there was nothing to do? Then look again at once.
    auto woken = [&] { return m_judgeStopped || m_epoch != m_idleEpoch; };
    if (m_expiry.empty()) {
        m_judgeCv.wait(lock, woken);
    } else {
        auto deadline = Steady::now() + kExpiryPoll;
        for (const auto& [id, due] : m_expiry)
            deadline = std::min(deadline, due);
        m_judgeCv.wait_until(lock, deadline, woken);
    }
    return !m_judgeStopped;
}

void QueueSource::stopJudging()
{
    std::lock_guard lock(m_mutex);
    m_judgeStopped = true;
    m_judgeCv.notify_all();
}

} // namespace accord::playback
