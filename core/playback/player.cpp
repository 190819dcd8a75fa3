// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playback/player.hpp"

#include "audio/portaudio_output.hpp"
#include "playback/player_impl.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace accord::playback {

namespace {

/// previous() restarts the current track instead of going back when it has played longer than this.
constexpr double kRestartThresholdSeconds = 3.0;

} // namespace

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

void Player::setGate(std::shared_ptr<TrackGate> gate)
{
    m_impl->source.setGate(std::move(gate));
}

void Player::rejudge()
{
    m_impl->source.rejudge();
}

namespace {

std::vector<QueueEntry> entriesOf(const std::vector<std::filesystem::path>& files)
{
    std::vector<QueueEntry> entries;
    entries.reserve(files.size());
    for (const auto& f : files)
        entries.push_back(QueueEntry{f, std::nullopt});
    return entries;
}

} // namespace

std::vector<QueueItem> Player::setQueue(const std::vector<std::filesystem::path>& files)
{
    return setQueueEntries(entriesOf(files));
}

std::vector<QueueItem> Player::append(const std::vector<std::filesystem::path>& files)
{
    return appendEntries(entriesOf(files));
}

void Player::insert(std::size_t index, const std::vector<std::filesystem::path>& files)
{
    insertEntries(index, entriesOf(files));
}

std::vector<QueueItem> Player::setQueueEntries(const std::vector<QueueEntry>& entries)
{
    m_impl->post([d = m_impl.get()] { d->stopPlayback(); });
    return m_impl->source.edit([&](PlayQueue& q) { return q.assignEntries(entries); });
}

std::vector<QueueItem> Player::appendEntries(const std::vector<QueueEntry>& entries)
{
    auto items = m_impl->source.edit([&](PlayQueue& q) { return q.appendEntries(entries); });
    std::lock_guard lock(m_impl->statusMutex);
    m_impl->status.queueLength += items.size();
    return items;
}

void Player::insertEntries(std::size_t index, const std::vector<QueueEntry>& entries)
{
    m_impl->source.edit([&](PlayQueue& q) { return q.insertEntries(index, entries); });
}

void Player::remove(std::uint64_t itemId)
{
    m_impl->post([d = m_impl.get(), itemId] {
        if (d->engine && d->engine->currentToken() == itemId) {
            d->stopPlayback(); // the playing entry: playback stops
            d->source.edit([&](PlayQueue& q) { return q.remove(itemId); });
            return;
        }
        // An entry after the playing one may be decoded into the ring already: then play on from here
        // without it (a restart at the audible position), rather than let it be heard after it was removed.
        const bool inRing = d->engine && d->engine->isActive() && d->engine->isInRing(itemId);
        d->source.edit([&](PlayQueue& q) { return q.remove(itemId); });
        if (!inRing)
            return;
        if (const auto idx = d->currentIndex())
            d->startAt(*idx, d->engine->positionFrames(), d->engine->isPaused());
        else
            d->stopPlayback();
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
        const auto seed =
            static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
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
    return m_impl->source.read([](const PlayQueue& q) { return q.items(); });
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
            d->setState(PlaybackState::Paused); // first: stopping the device may block for its buffer
            d->engine->pause();
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
        const std::size_t size = d->source.read([](const PlayQueue& q) { return q.size(); });
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
        const bool restart =
            rate && static_cast<double>(d->engine->positionFrames()) / rate > kRestartThresholdSeconds;
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
        if (name == d->options.deviceName)
            return; // applying unchanged settings must not interrupt playback
        d->options.deviceName = name;
        d->restartHere();
        if (d->engine)
            d->engine->setDevice(name);
    });
}

void Player::setFixedRate(std::optional<std::uint32_t> rate)
{
    m_impl->post([d = m_impl.get(), rate] {
        if (rate == d->options.fixedRate)
            return;
        d->options.fixedRate = rate;
        d->restartHere();
        if (d->engine)
            d->engine->setFixedRate(rate);
    });
}

void Player::setReplayGain(const ReplayGainSettings& settings)
{
    m_impl->post([d = m_impl.get(), settings] {
        if (settings == d->options.replayGain)
            return;
        d->options.replayGain = settings;
        d->source.setReplayGain(settings);
        // Heard at once: what plays is opened again at the audible position with its new gain.
        if (d->engine && d->engine->isActive())
            if (const auto idx = d->currentIndex())
                d->startAt(*idx, d->engine->positionFrames(), d->engine->isPaused());
    });
}

namespace {

/// One file, once, untouched: the test tone's source.
class OneFileSource final : public audio::TrackSource {
public:
    explicit OneFileSource(std::unique_ptr<audio::Decoder> decoder) : m_decoder(std::move(decoder)) {}
    audio::TrackOffer nextTrack() override
    {
        if (!m_decoder)
            return audio::TrackOffer::none();
        audio::PreparedTrack track;
        track.decoder = std::move(m_decoder);
        return audio::TrackOffer::of(std::move(track));
    }

private:
    std::unique_ptr<audio::Decoder> m_decoder;
};

} // namespace

void Player::playTone(const std::filesystem::path& file, const std::string& deviceName)
{
    m_impl->post([d = m_impl.get(), file, deviceName] {
        d->toneEngine.reset();
        d->toneSource.reset();
        auto decoder = audio::openDecoder(file, d->options.contentKeys.get());
        if (!decoder.ok()) {
            if (d->listener)
                d->listener->onError(decoder.error());
            return;
        }
        audio::EngineOptions eo;
        eo.deviceName = deviceName;
        eo.makeOutput = d->options.makeOutput;
        auto created = audio::AudioEngine::create(eo);
        if (!created.ok()) {
            if (d->listener)
                d->listener->onError(created.error());
            return;
        }
        d->toneSource = std::make_unique<OneFileSource>(std::move(*decoder));
        d->toneEngine = std::move(*created);
        d->toneEngine->start(*d->toneSource);
    });
}

std::future<base::Result<std::vector<audio::OutputDevice>>> Player::listDevices()
{
    using Devices = base::Result<std::vector<audio::OutputDevice>>;
    auto promise = std::make_shared<std::promise<Devices>>();
    auto future = promise->get_future();
    m_impl->post([d = m_impl.get(), promise] {
        if (d->engine) {
            promise->set_value(d->engine->devices());
            return;
        }
        auto output = d->options.makeOutput ? d->options.makeOutput() : audio::PortAudioOutput::create();
        if (!output.ok())
            promise->set_value(std::move(output).error());
        else
            promise->set_value((*output)->devices());
    });
    return future;
}

PlayerStatus Player::status() const
{
    std::lock_guard lock(m_impl->statusMutex);
    PlayerStatus s = m_impl->status;
    s.queueLength = m_impl->source.read([](const PlayQueue& q) { return q.size(); });
    return s;
}

void Player::waitUntilStopped() const
{
    std::unique_lock lock(m_impl->cmdMutex);
    m_impl->idleCv.wait(lock, [this] { return m_impl->idle; });
}

} // namespace accord::playback
