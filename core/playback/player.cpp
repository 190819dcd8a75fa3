// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playback/player.hpp"

#include "audio/audio_engine.hpp"
#include "playback/queue_source.hpp"

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <pthread.h>
#include <thread>

namespace accord::playback {

namespace {

constexpr auto kPollInterval = std::chrono::milliseconds(50);
constexpr double kRestartThresholdSeconds = 3.0;

std::string volumeText(double v)
{
    if (v <= 0.0)
        return "muted";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f dB", 20.0 * std::log10(v));
    return buf;
}

} // namespace

struct Player::Impl final : audio::EngineListener {
    PlayerOptions options;
    PlayerListener* listener = nullptr;
    QueueSource source;
    std::unique_ptr<audio::AudioEngine> engine;

    std::mutex cmdMutex;
    std::condition_variable cmdCv;
    std::deque<std::function<void()>> commands;
    bool quit = false;
    bool idle = true;
    mutable std::condition_variable idleCv;

    mutable std::mutex statusMutex;
    PlayerStatus status;
    std::thread thread;

    explicit Impl(PlayerOptions opts) : options(std::move(opts))
    {
        status.volume = options.volume;
        thread = std::thread([this] { threadMain(); });
    }

    ~Impl() override
    {
        {
            std::lock_guard lock(cmdMutex);
            quit = true;
        }
        cmdCv.notify_all();
        thread.join();
    }

    void post(std::function<void()> f)
    {
        {
            std::lock_guard lock(cmdMutex);
            commands.push_back(std::move(f));
            idle = false;
        }
        cmdCv.notify_all();
    }

    void threadMain()
    {
        pthread_setname_np(pthread_self(), "accord-control");
        for (;;) {
            std::deque<std::function<void()>> batch;
            {
                std::unique_lock lock(cmdMutex);
                cmdCv.wait_for(lock, kPollInterval, [this] { return quit || !commands.empty(); });
                if (quit)
                    break;
                batch.swap(commands);
            }
            for (auto& f : batch)
                f();
            tick();
            std::lock_guard lock(cmdMutex);
            if (commands.empty() && (!engine || !engine->isActive())) {
                idle = true;
                idleCv.notify_all();
            }
        }
        engine.reset();
        std::lock_guard lock(cmdMutex);
        idle = true;
        idleCv.notify_all();
    }

    void tick()
    {
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

    void setState(PlaybackState s)
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

    bool ensureEngine()
    {
        if (engine)
            return true;
        audio::EngineOptions eo;
        eo.deviceName = options.deviceName;
        eo.fixedRate = options.fixedRate;
        eo.bufferSeconds = options.bufferSeconds;
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

    std::optional<std::size_t> currentIndex()
    {
        if (!engine)
            return std::nullopt;
        const auto token = engine->currentToken();
        if (!token)
            return std::nullopt;
        return source.edit([&](PlayQueue& q) { return q.indexOf(*token); });
    }

    void startAt(std::size_t index, std::uint64_t frame, bool paused, double seconds = 0.0)
    {
        const auto id = source.edit([&](PlayQueue& q) -> std::optional<std::uint64_t> {
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

    void stopPlayback()
    {
        if (engine)
            engine->stop();
        setState(PlaybackState::Stopped);
    }

    void restartHere()
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

    NowPlaying describe(const audio::TrackStarted& t, std::size_t index, const std::filesystem::path& path) const
    {
        NowPlaying now;
        now.queueIndex = index;
        now.queueItemId = t.token;
        now.path = path;
        now.sourceFormat = t.source;
        now.outputFormat = t.output;
        now.totalFrames = t.endFrame ? *t.endFrame : t.totalFrames;
        for (const auto& note : t.processing)
            now.processing.push_back({note.kind, note.detail});
        if (const auto verdict = source.verdictFor(t.token)) {
            if (verdict->kind == GateVerdict::Kind::Preview)
                now.previewSeconds = verdict->previewSeconds;
            if (!verdict->capText.empty() && (verdict->maxBits || verdict->maxSampleRate))
                for (auto& step : now.processing)
                    if (step.kind == "resample" || step.kind == "requantize")
                        step.kind = "licence-cap", step.detail += " — " + verdict->capText;
        }
        const double volume = engine ? engine->volume() : options.volume;
        if (volume != 1.0)
            now.processing.push_back({"volume", volumeText(volume) + (t.output.sampleFormat == audio::SampleFormat::F32
                                                                          ? std::string()
                                                                          : std::string(", TPDF dither"))});
        now.bitPerfect = now.processing.empty();
        return now;
    }

    // audio::EngineListener, called from engine->poll() on this thread.
    void onTrackStarted(const audio::TrackStarted& t) override
    {
        const auto found = source.edit([&](PlayQueue& q) -> std::optional<std::pair<std::size_t, std::filesystem::path>> {
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
        setState(engine->isPaused() ? PlaybackState::Paused : PlaybackState::Playing);
        if (listener)
            listener->onTrackChanged(now);
    }

    void onTrackEnded(std::uint64_t token, std::uint64_t frames) override
    {
        {
            std::lock_guard lock(statusMutex);
            ++status.tracksPlayed;
        }
        const auto idx = source.edit([&](PlayQueue& q) { return q.indexOf(token); });
        if (listener)
            listener->onTrackFinished(idx.value_or(0), frames);
    }

    void onTrackFailed(std::uint64_t token, const base::Error& error) override
    {
        const auto found = source.edit([&](PlayQueue& q) -> std::optional<std::pair<std::size_t, std::filesystem::path>> {
            if (auto i = q.indexOf(token))
                return std::pair(*i, q.at(*i).path);
            return std::nullopt;
        });
        if (listener)
            listener->onTrackSkipped(found ? found->first : 0, found ? found->second : std::filesystem::path(),
                                     SkipReason{"decode-error", error.describe()});
    }

    void onFinished() override
    {
        setState(PlaybackState::Stopped);
        if (listener)
            listener->onQueueFinished();
    }

    void onDeviceError(const base::Error& error) override
    {
        setState(PlaybackState::Stopped);
        if (listener)
            listener->onError(error);
    }
};

Player::Player(PlayerOptions options) : m_impl(std::make_unique<Impl>(std::move(options))) {}

Player::~Player() = default;

void Player::setListener(PlayerListener* listener)
{
    std::mutex done;
    std::condition_variable cv;
    bool set = false;
    m_impl->post([&] {
        m_impl->listener = listener;
        std::lock_guard lock(done);
        set = true;
        cv.notify_all();
    });
    std::unique_lock lock(done);
    cv.wait(lock, [&] { return set; });
}

void Player::setGate(std::shared_ptr<TrackGate> gate) { m_impl->source.setGate(std::move(gate)); }

std::vector<QueueItem> Player::setQueue(const std::vector<std::filesystem::path>& files)
{
    m_impl->post([d = m_impl.get()] { d->stopPlayback(); });
    return m_impl->source.edit([&](PlayQueue& q) { return q.assign(files); });
}

std::vector<QueueItem> Player::append(const std::vector<std::filesystem::path>& files)
{
    auto items = m_impl->source.edit([&](PlayQueue& q) { return q.append(files); });
    std::lock_guard lock(m_impl->statusMutex);
    m_impl->status.queueLength += items.size();
    return items;
}

void Player::insert(std::size_t index, const std::vector<std::filesystem::path>& files)
{
    m_impl->source.edit([&](PlayQueue& q) { return q.insert(index, files); });
}

void Player::remove(std::uint64_t itemId)
{
    m_impl->post([d = m_impl.get(), itemId] {
        if (d->engine && d->engine->currentToken() == itemId)
            d->stopPlayback();
        d->source.edit([&](PlayQueue& q) { return q.remove(itemId); });
    });
}

void Player::move(std::uint64_t itemId, std::size_t toIndex)
{
    m_impl->source.edit([&](PlayQueue& q) { return q.move(itemId, toIndex); });
}

void Player::clear()
{
    m_impl->post([d = m_impl.get()] {
        d->stopPlayback();
        d->source.edit([](PlayQueue& q) {
            q.clear();
            return 0;
        });
    });
}

void Player::shuffle()
{
    m_impl->post([d = m_impl.get()] {
        const auto token = d->engine ? d->engine->currentToken() : std::nullopt;
        const auto seed = static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
        d->source.edit([&](PlayQueue& q) {
            q.shuffle(token, seed);
            return 0;
        });
    });
}

void Player::setRepeat(RepeatMode mode)
{
    m_impl->source.setRepeat(mode);
    std::lock_guard lock(m_impl->statusMutex);
    m_impl->status.repeat = mode;
}

std::vector<QueueItem> Player::queue() const
{
    return m_impl->source.edit([](PlayQueue& q) { return q.items(); });
}

void Player::play()
{
    m_impl->post([d = m_impl.get()] {
        if (d->engine && d->engine->isActive()) {
            if (d->engine->isPaused() && d->engine->resume().ok())
                d->setState(PlaybackState::Playing);
            return;
        }
        d->startAt(0, 0, false);
    });
}

void Player::playIndex(std::size_t index, double startSeconds)
{
    m_impl->post([d = m_impl.get(), index, startSeconds] { d->startAt(index, 0, false, startSeconds); });
}

void Player::pause()
{
    m_impl->post([d = m_impl.get()] {
        if (d->engine && d->engine->isActive()) {
            d->engine->pause();
            d->setState(PlaybackState::Paused);
        }
    });
}

void Player::resume()
{
    m_impl->post([d = m_impl.get()] {
        if (!d->engine || !d->engine->isActive())
            return;
        if (auto st = d->engine->resume(); !st.ok()) {
            if (d->listener)
                d->listener->onError(st.error());
            d->stopPlayback();
            return;
        }
        d->setState(PlaybackState::Playing);
    });
}

void Player::togglePause()
{
    if (status().state == PlaybackState::Playing)
        pause();
    else
        play();
}

void Player::stop()
{
    m_impl->post([d = m_impl.get()] { d->stopPlayback(); });
}

void Player::next()
{
    m_impl->post([d = m_impl.get()] {
        const auto idx = d->currentIndex();
        if (!idx)
            return;
        const std::size_t size = d->source.edit([](PlayQueue& q) { return q.size(); });
        std::size_t target = *idx + 1;
        if (target >= size) {
            if (d->source.repeat() != RepeatMode::All) {
                d->stopPlayback();
                return;
            }
            target = 0;
        }
        d->startAt(target, 0, d->engine->isPaused());
    });
}

void Player::previous()
{
    m_impl->post([this, d = m_impl.get()] {
        const auto idx = d->currentIndex();
        if (!idx)
            return;
        const std::uint32_t rate = status().sampleRate;
        const bool restart = rate && static_cast<double>(d->engine->positionFrames()) / rate > kRestartThresholdSeconds;
        d->startAt(restart || *idx == 0 ? *idx : *idx - 1, 0, d->engine->isPaused());
    });
}

void Player::seekFrames(std::uint64_t frame)
{
    m_impl->post([d = m_impl.get(), frame] {
        if (const auto idx = d->currentIndex())
            d->startAt(*idx, frame, d->engine->isPaused());
    });
}

void Player::seekSeconds(double seconds)
{
    const std::uint32_t rate = status().sampleRate;
    if (rate)
        seekFrames(static_cast<std::uint64_t>(std::max(0.0, seconds) * rate));
}

void Player::setVolume(double volume)
{
    volume = std::clamp(volume, 0.0, 1.0);
    m_impl->post([d = m_impl.get(), volume] {
        d->options.volume = volume;
        if (d->engine)
            d->engine->setVolume(volume);
        {
            std::lock_guard lock(d->statusMutex);
            d->status.volume = volume;
        }
        if (d->listener)
            d->listener->onVolumeChanged(volume);
    });
}

void Player::setDevice(const std::string& name)
{
    m_impl->post([d = m_impl.get(), name] {
        d->options.deviceName = name;
        d->restartHere();
        if (d->engine)
            d->engine->setDevice(name);
    });
}

void Player::setFixedRate(std::optional<std::uint32_t> rate)
{
    m_impl->post([d = m_impl.get(), rate] {
        d->options.fixedRate = rate;
        d->restartHere();
        if (d->engine)
            d->engine->setFixedRate(rate);
    });
}

PlayerStatus Player::status() const
{
    std::lock_guard lock(m_impl->statusMutex);
    PlayerStatus s = m_impl->status;
    s.queueLength = m_impl->source.edit([](PlayQueue& q) { return q.size(); });
    return s;
}

void Player::waitUntilStopped() const
{
    std::unique_lock lock(m_impl->cmdMutex);
    m_impl->idleCv.wait(lock, [this] { return m_impl->idle; });
}

} // namespace accord::playback
