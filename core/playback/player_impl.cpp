// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playback/player_impl.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <pthread.h>

namespace accord::playback {

namespace {

constexpr auto kPollInterval = std::chrono::milliseconds(50);
/// The longest sleep while a stream plays steadily and nobody asked for positions (positionInterval 0):
/// markers wake the thread when queued, so this only bounds how late the stall watchdog and the underrun
/// count are looked at.
constexpr auto kQuietPoll = std::chrono::milliseconds(1000);

std::string volumeText(double v)
{
    if (v <= 0.0)
        return "muted";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f dB", 20.0 * std::log10(v));
    return buf;
}

} // namespace

Player::Impl::Impl(PlayerOptions opts) : options(std::move(opts)), source(options.contentKeys)
{
    status.volume = options.volume;
    source.setReplayGain(options.replayGain);
    thread = std::thread([this] { threadMain(); });
}

Player::Impl::~Impl()
{
    {
        std::lock_guard lock(cmdMutex);
        quit = true;
    }
    cmdCv.notify_all();
    thread.join();
}

void Player::Impl::post(std::function<void()> f)
{
    {
        std::lock_guard lock(cmdMutex);
        commands.push_back(std::move(f));
        idle = false;
    }
    cmdCv.notify_all();
}

void Player::Impl::threadMain()
{
    pthread_setname_np(pthread_self(), "accord-control");
    std::chrono::milliseconds wait = kPollInterval;
    for (;;) {
        std::deque<std::function<void()>> batch;
        {
            std::unique_lock lock(cmdMutex);
            cmdCv.wait_for(lock, wait, [this] { return quit || markerQueued || !commands.empty(); });
            if (quit)
                break;
            markerQueued = false;
            batch.swap(commands);
        }
        for (auto& f : batch)
            f();
        tick();
        wait = kPollInterval;
        if (engine && engine->isActive() && !toneEngine)
            // Playing steadily: wake for the next track change (AudioEngine::pollDelay) or the next
            // position update, not 20 times a second: every wake-up costs CPU for as long as music plays.
            wait = engine->pollDelay(options.positionInterval.count() > 0
                                         ? std::max(kPollInterval, options.positionInterval)
                                         : kQuietPoll);
        std::lock_guard lock(cmdMutex);
        if (commands.empty() && (!engine || !engine->isActive())) {
            idle = true;
            idleCv.notify_all();
        }
    }
    toneEngine.reset();
    toneSource.reset();
    engine.reset();
    std::lock_guard lock(cmdMutex);
    idle = true;
    idleCv.notify_all();
}

void Player::Impl::tick()
{
    if (toneEngine) {
        toneEngine->poll();
        if (!toneEngine->isActive()) {
            toneEngine.reset(); // closes its stream here, on the control thread
            toneSource.reset();
        }
    }
    if (engine)
        engine->poll();
    for (auto& skip : source.takeSkips())
        if (listener)
            listener->onTrackSkipped(skip.queueIndex, skip.path, skip.reason);
    if (engine && engine->isActive() && !engine->isPaused()) {
        const auto pos = engine->positionFrames();
        std::uint32_t rate = 0;
        {
            std::lock_guard lock(statusMutex);
            status.positionFrames = pos;
            rate = status.sampleRate;
            status.underruns = engine->stats().underruns;
        }
        if (listener && rate)
            listener->onPosition(pos, rate);
    }
}

void Player::Impl::setState(PlaybackState s)
{
    {
        std::lock_guard lock(statusMutex);
        if (status.state == s)
            return;
        status.state = s;
        if (s == PlaybackState::Stopped) {
            status.now.reset();
            status.positionFrames = 0;
        }
    }
    if (listener)
        listener->onStateChanged(s);
}

bool Player::Impl::ensureEngine()
{
    if (engine)
        return true;
    audio::EngineOptions eo;
    eo.deviceName = options.deviceName;
    eo.fixedRate = options.fixedRate;
    eo.bufferSeconds = options.bufferSeconds;
    eo.makeOutput = options.makeOutput;
    eo.stallTimeout = options.stallTimeout;
    // A marker queued while this thread sleeps until the next position update (or kQuietPoll) may be due
    // sooner: wake and ask pollDelay() again.
    eo.onMarkerQueued = [this] {
        {
            std::lock_guard lock(cmdMutex);
            markerQueued = true;
        }
        cmdCv.notify_all();
    };
    auto created = audio::AudioEngine::create(eo);
    if (!created.ok()) {
        if (listener)
            listener->onError(created.error());
        return false;
    }
    engine = std::move(*created);
    engine->setListener(this);
    engine->setVolume(options.volume);
    return true;
}

std::optional<std::size_t> Player::Impl::currentIndex()
{
    if (!engine)
        return std::nullopt;
    const auto token = engine->currentToken();
    if (!token)
        return std::nullopt;
    return source.read([&](const PlayQueue& q) { return q.indexOf(*token); });
}

void Player::Impl::startAt(std::size_t index, std::uint64_t frame, bool paused, double seconds)
{
    const auto id = source.read([&](const PlayQueue& q) -> std::optional<std::uint64_t> {
        return index < q.size() ? std::optional(q.at(index).id) : std::nullopt;
    });
    if (!id || !ensureEngine())
        return;
    source.startAt(*id, frame, seconds);
    engine->start(source);
    if (paused)
        engine->pause();
    setState(paused ? PlaybackState::Paused : PlaybackState::Playing);
}

void Player::Impl::stopPlayback()
{
    setState(PlaybackState::Stopped); // first: closing the device may block for its buffer
    if (engine)
        engine->stop();
}

void Player::Impl::restartHere()
{
    if (!engine || !engine->isActive())
        return;
    const auto idx = currentIndex();
    const bool paused = engine->isPaused();
    const auto pos = engine->positionFrames();
    engine.reset();
    if (idx)
        startAt(*idx, pos, paused);
}

NowPlaying Player::Impl::describe(const audio::TrackStarted& t, std::size_t index,
                                  const std::filesystem::path& path) const
{
    NowPlaying now;
    now.queueIndex = index;
    now.queueItemId = t.token;
    now.path = path;
    now.sourceFormat = t.source;
    now.outputFormat = t.output;
    now.totalFrames = t.endFrame ? *t.endFrame : t.totalFrames;
    now.startFrame = t.startFrame;
    for (const auto& note : t.processing)
        now.processing.push_back({note.kind, note.detail});
    if (const auto verdict = source.verdictFor(t.token)) {
        if (verdict->kind == licence::Verdict::Preview)
            now.previewSeconds = verdict->previewSeconds;
        if (!verdict->capText.empty() && (verdict->maxBits || verdict->maxSampleRate))
            for (auto& step : now.processing)
                if (step.kind == "resample" || step.kind == "requantize")
                    step.kind = "licence-cap", step.detail += " — " + verdict->capText;
    }
    const double volume = engine ? engine->volume() : options.volume;
    if (volume != 1.0)
        now.processing.push_back(
            {"volume", volumeText(volume) + (t.output.sampleFormat == audio::SampleFormat::F32
                                                 ? std::string()
                                                 : std::string(", TPDF dither"))});
    now.bitPerfect = now.processing.empty();
    return now;
}

void Player::Impl::onTrackStarted(const audio::TrackStarted& t)
{
    const auto found =
        source.read([&](const PlayQueue& q) -> std::optional<std::pair<std::size_t, std::filesystem::path>> {
            if (auto i = q.indexOf(t.token))
                return std::pair(*i, q.at(*i).path);
            return std::nullopt;
        });
    NowPlaying now = describe(t, found ? found->first : 0, found ? found->second : std::filesystem::path());
    {
        std::lock_guard lock(statusMutex);
        status.now = now;
        status.sampleRate = t.source.sampleRate;
        status.positionFrames = t.startFrame;
    }
    currentStart = t.startFrame;
    setState(engine->isPaused() ? PlaybackState::Paused : PlaybackState::Playing);
    if (listener)
        listener->onTrackChanged(now);
}

void Player::Impl::onTrackEnded(std::uint64_t token, std::uint64_t frames)
{
    {
        std::lock_guard lock(statusMutex);
        ++status.tracksPlayed;
    }
    // The last position of a track is its end: the bar reaches it even though the ~20 Hz ticks stop a
    // device latency short of it.
    std::uint32_t rate = 0;
    std::uint64_t end = 0;
    {
        std::lock_guard lock(statusMutex);
        if (status.now && status.now->queueItemId == token) {
            rate = status.sampleRate;
            end = currentStart + frames;
            status.positionFrames = end;
        }
    }
    if (listener && rate)
        listener->onPosition(end, rate);
    const auto idx = source.read([&](const PlayQueue& q) { return q.indexOf(token); });
    if (listener)
        listener->onTrackFinished(idx.value_or(0), frames);
}

void Player::Impl::onTrackFailed(std::uint64_t token, const base::Error& error)
{
    const auto found =
        source.read([&](const PlayQueue& q) -> std::optional<std::pair<std::size_t, std::filesystem::path>> {
            if (auto i = q.indexOf(token))
                return std::pair(*i, q.at(*i).path);
            return std::nullopt;
        });
    if (listener)
        listener->onTrackSkipped(found ? found->first : 0, found ? found->second : std::filesystem::path(),
                                 SkipReason{"decode-error", error.describe()});
}

void Player::Impl::onFinished()
{
    setState(PlaybackState::Stopped);
    if (listener)
        listener->onQueueFinished();
}

void Player::Impl::onDeviceError(const base::Error& error)
{
    setState(PlaybackState::Stopped);
    if (listener)
        listener->onError(error);
}

} // namespace accord::playback
