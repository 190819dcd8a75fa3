// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/audio_engine.hpp"

#include "audio/engine_decode_loop.hpp"
#include "audio/portaudio_output.hpp"

#include <chrono>

namespace accord::audio {

using base::Error;
using base::ErrorCode;
using Clock = std::chrono::steady_clock;

namespace {

std::string durationText(std::chrono::milliseconds d)
{
    return d.count() % 1000 == 0 ? std::to_string(d.count() / 1000) + " s"
                                 : std::to_string(d.count()) + " ms";
}

} // namespace

struct AudioEngine::Impl {
    enum class State { Idle, WaitingStream, Prefilling, Running, Paused };

    EngineOptions options;
    RenderShared shared;
    std::unique_ptr<AudioOutput> output;
    std::unique_ptr<DecodeLoop> decode;
    EngineListener* listener = nullptr;
    State state = State::Idle;
    bool pauseWanted = false;
    std::optional<TrackStarted> current;
    std::uint64_t currentRingIndex = 0;
    std::uint64_t audibleCache = 0;
    std::uint64_t lastCallbacks = 0;
    Clock::time_point lastProgress{};
    /// Playing out the device's buffer after the ring drained (see tailPlayed()).
    std::optional<std::uint64_t> tailSilenceStart;
    Clock::time_point tailDeadline{};
    EngineStats stats;

    std::uint64_t audible() const
    {
        const std::uint64_t played = shared.ring.consumed();
        if (state != State::Running)
            return played;
        const std::uint64_t latency = output->latencyFrames();
        return played > latency ? played - latency : 0;
    }

    void halt(bool closeStream)
    {
        decode->halt();
        output->abort();
        if (closeStream) {
            output->close();
            decode->streamClosed();
        }
        shared.ring.reset();
        shared.paused.store(false);
        shared.draining.store(false);
        tailSilenceStart.reset();
        current.reset();
        state = State::Idle;
    }

    // The ring has drained: every frame is in the device's buffer, not yet out of the speaker. PortAudio 19.6
    // stops ALSA streams with a drop (Pa_StopStream included), which would cut that buffer, the last few
    // hundred milliseconds of the queue or of the track before a format change. So the stream keeps running
    // on silence until a whole buffer of it (plus one callback) has followed the last frame: the real audio
    // has then left the device. Bounded in time, for a device that stops pulling.
    bool tailPlayed()
    {
        const std::uint64_t silent = shared.silentFrames.load(std::memory_order_relaxed);
        if (!tailSilenceStart) {
            tailSilenceStart = silent;
            const double rate = output->isOpen() && current ? current->output.sampleRate : 44100.0;
            const double latencySeconds = static_cast<double>(output->latencyFrames()) / rate;
            tailDeadline = Clock::now() + std::chrono::milliseconds(
                                              500 + static_cast<std::int64_t>(2000.0 * latencySeconds));
        }
        const std::uint64_t needed =
            output->latencyFrames() + shared.lastCallbackFrames.load(std::memory_order_relaxed);
        return silent - *tailSilenceStart >= needed || Clock::now() >= tailDeadline;
    }

    void fail(Error error)
    {
        halt(true);
        if (listener)
            listener->onDeviceError(error);
    }

    // Opens a stream for `format` once the ring has drained; Error if the device refuses.
    base::Status reopen(const AudioFormat& format)
    {
        output->close();
        auto device = output->findDevice(options.deviceName);
        if (!device.ok())
            return std::move(device).error();
        ACCORD_TRY(output->open(*device, format, shared));
        const auto frames = static_cast<std::size_t>(options.bufferSeconds * format.sampleRate);
        shared.ring.configure(frames, format.bytesPerFrame());
        shared.draining.store(false);
        tailSilenceStart.reset();
        ++stats.streamsOpened;
        decode->streamReady(format);
        state = State::Prefilling;
        return {};
    }

    void deliver(const RingMarker& m)
    {
        switch (m.kind) {
        case RingMarker::Kind::TrackStart:
            current = m.track;
            currentRingIndex = m.ringIndex;
            if (listener)
                listener->onTrackStarted(m.track);
            break;
        case RingMarker::Kind::TrackEnd:
            if (listener)
                listener->onTrackEnded(m.token, m.frames);
            break;
        case RingMarker::Kind::TrackFailed:
            if (listener)
                listener->onTrackFailed(m.token, m.error);
            break;
        case RingMarker::Kind::FormatChange:
        case RingMarker::Kind::EndOfQueue:
            break;
        }
    }

    void poll()
    {
        if (state == State::Idle)
            return;
        // Everything before a FormatChange/EndOfQueue marker has left the ring: let the device play it out.
        const auto terminal = decode->terminalIndex();
        const bool drained = terminal && shared.ring.consumed() >= *terminal;
        bool playedOut = drained;
        if (drained && output->isRunning()) {
            playedOut = tailPlayed();
            if (playedOut) {
                (void)output->stop();
                state = State::WaitingStream;
            }
        }
        const std::uint64_t now = drained ? shared.ring.consumed() : audible();
        audibleCache = now;
        while (auto m = decode->front()) {
            if (m->terminal()) {
                if (!playedOut)
                    break;
                decode->pop();
                if (m->kind == RingMarker::Kind::EndOfQueue) {
                    halt(true);
                    if (listener)
                        listener->onFinished();
                    return;
                }
                if (auto st = reopen(m->format); !st.ok()) {
                    fail(std::move(st).error());
                    return;
                }
                // `drained` and `now` counted the old stream's ring. The decode thread may already have
                // queued the new stream's markers (a short remainder of the queue: every marker up to
                // EndOfQueue); judged by the old counts they would all pass at once and the queue would
                // "finish" without a frame of the new stream played (the empty 48 kHz capture of the rig
                // test). The next poll looks at them with the new stream's counts.
                break;
            }
            if (m->ringIndex > now)
                break;
            decode->pop();
            deliver(*m);
        }
        if (state == State::Prefilling && !pauseWanted) {
            const std::size_t threshold = shared.ring.capacity() / 2;
            if (shared.ring.readable() >= threshold || decode->blocked()) {
                if (auto st = output->start(); !st.ok()) {
                    fail(std::move(st).error());
                    return;
                }
                state = State::Running;
                lastProgress = Clock::now();
                lastCallbacks = shared.callbacks.load();
            }
        }
        if (state == State::Running)
            watchdog();
        stats.underruns = shared.underruns.load(std::memory_order_relaxed);
    }

    // The device can fail mid-stream (unplugged, server gone): stop cleanly instead of hanging.
    void watchdog()
    {
        const std::uint64_t calls = shared.callbacks.load(std::memory_order_acquire);
        const auto t = Clock::now();
        if (calls != lastCallbacks) {
            lastCallbacks = calls;
            lastProgress = t;
        }
        if (!output->isHealthy())
            fail(Error(ErrorCode::Device, "the output device stopped unexpectedly"));
        else if (t - lastProgress > options.stallTimeout)
            fail(Error(ErrorCode::Device, "the output device stopped consuming audio for " +
                                              durationText(options.stallTimeout)));
    }
};

AudioEngine::AudioEngine() : m_impl(std::make_unique<Impl>()) {}

AudioEngine::~AudioEngine()
{
    if (m_impl->decode)
        m_impl->halt(true);
}

base::Result<std::unique_ptr<AudioEngine>> AudioEngine::create(EngineOptions options)
{
    auto output = options.makeOutput ? options.makeOutput() : PortAudioOutput::create();
    if (!output.ok())
        return std::move(output).error();
    auto device = (*output)->findDevice(options.deviceName);
    if (!device.ok())
        return std::move(device).error();
    std::unique_ptr<AudioEngine> engine(new AudioEngine());
    Impl& d = *engine->m_impl;
    d.options = std::move(options);
    d.output = std::move(*output);
    d.decode = std::make_unique<DecodeLoop>(d.shared, d.options.onMarkerQueued);
    return engine;
}

void AudioEngine::setListener(EngineListener* listener)
{
    m_impl->listener = listener;
}

void AudioEngine::start(TrackSource& source)
{
    Impl& d = *m_impl;
    d.halt(false);
    d.pauseWanted = false;
    d.decode->begin(source, d.options.fixedRate);
    d.state = d.output->isOpen() ? Impl::State::Prefilling : Impl::State::WaitingStream;
}

void AudioEngine::stop()
{
    m_impl->halt(true);
}

void AudioEngine::pause()
{
    Impl& d = *m_impl;
    if (d.state == Impl::State::Running) {
        d.shared.paused.store(true, std::memory_order_release);
        (void)d.output->stop();
        d.state = Impl::State::Paused;
    }
    d.pauseWanted = d.state != Impl::State::Idle;
}

base::Status AudioEngine::resume()
{
    Impl& d = *m_impl;
    d.pauseWanted = false;
    if (d.state != Impl::State::Paused)
        return {};
    d.shared.paused.store(false, std::memory_order_release);
    ACCORD_TRY(d.output->start());
    d.state = Impl::State::Running;
    d.lastProgress = Clock::now();
    return {};
}

bool AudioEngine::isActive() const
{
    return m_impl->state != Impl::State::Idle;
}

bool AudioEngine::isPaused() const
{
    return m_impl->pauseWanted;
}

void AudioEngine::setVolume(double gain)
{
    m_impl->decode->setVolume(gain);
}

double AudioEngine::volume() const
{
    return m_impl->decode->volume();
}

void AudioEngine::setDevice(std::string name)
{
    m_impl->options.deviceName = std::move(name);
}

void AudioEngine::setFixedRate(std::optional<std::uint32_t> rate)
{
    m_impl->options.fixedRate = rate;
}

void AudioEngine::poll()
{
    m_impl->poll();
}

std::chrono::milliseconds AudioEngine::pollDelay(std::chrono::milliseconds steady) const
{
    constexpr std::chrono::milliseconds kBusy{50};
    const Impl& d = *m_impl;
    if (d.state != Impl::State::Running || d.pauseWanted || !d.current || d.decode->terminalIndex())
        return std::min(kBusy, steady);
    // Playing steadily: nothing changes until the next marker's frame becomes audible. The decode thread
    // may queue a marker meanwhile, but only at the ring's write end, at least the ring's fill away.
    const auto next = d.decode->front();
    if (!next)
        return steady;
    const std::uint64_t now = d.audible();
    if (next->ringIndex <= now)
        return std::chrono::milliseconds(1);
    const double rate = d.current->output.sampleRate > 0 ? d.current->output.sampleRate : 44100.0;
    const auto due = std::chrono::milliseconds(
        static_cast<std::int64_t>(1000.0 * static_cast<double>(next->ringIndex - now) / rate) + 1);
    return std::clamp(due, std::chrono::milliseconds(1), steady);
}

std::optional<std::uint64_t> AudioEngine::currentToken() const
{
    if (!m_impl->current)
        return std::nullopt;
    return m_impl->current->token;
}

bool AudioEngine::isInRing(std::uint64_t token) const
{
    return m_impl->decode->hasPendingStart(token);
}

std::uint64_t AudioEngine::positionFrames() const
{
    const Impl& d = *m_impl;
    if (!d.current)
        return 0;
    const std::uint64_t played =
        d.audibleCache > d.currentRingIndex ? d.audibleCache - d.currentRingIndex : 0;
    const double ratio = static_cast<double>(d.current->source.sampleRate) / d.current->output.sampleRate;
    return d.current->startFrame + static_cast<std::uint64_t>(static_cast<double>(played) * ratio);
}

EngineStats AudioEngine::stats() const
{
    return m_impl->stats;
}

std::vector<OutputDevice> AudioEngine::devices() const
{
    return m_impl->output->devices();
}

} // namespace accord::audio
