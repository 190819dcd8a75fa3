// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/engine_decode_loop.hpp"

#include "audio/resolution_limit.hpp"
#include "audio/sample_processor.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <pthread.h>
#include <vector>

namespace accord::audio {

namespace {

constexpr std::size_t kChunkFrames = 4096;

} // namespace

AudioFormat planOutputFormat(const AudioFormat& source, const std::string& codec, const PreparedTrack& track,
                             std::optional<std::uint32_t> fixedRate, std::vector<ProcessingStep>& notes)
{
    AudioFormat out = source;
    // Fixed-rate mode gives every track one stream format (float at the fixed rate) so that nothing ever
    // reopens the device: gapless across rates and widths, at the cost of bit-perfection.
    if (fixedRate) {
        out.sampleRate = *fixedRate;
        out.sampleFormat = SampleFormat::F32;
        out.bitsPerSample = 32;
    }
    LimitedResolution limited;
    if (track.maxSampleRate || track.maxBits) {
        // The licence cap, by the one rule that also tells the UI whether a file is "Capped". In fixed-rate
        // mode it applies to the float stream, so what reaches the device stays within the cap.
        SourceResolution planned = resolutionOf(source, codec);
        planned.sampleRate = out.sampleRate;
        if (fixedRate && planned.bits > 0) {
            planned.isFloat = true;
            planned.bits = 32;
        }
        limited = limitResolution(planned, {track.maxSampleRate.value_or(0), track.maxBits.value_or(0)});
        out.sampleRate = limited.sampleRate;
        if (limited.requantised) {
            out.sampleFormat = limited.sampleFormat;
            out.bitsPerSample = limited.bits;
        }
    }
    if (track.gain != 1.0) {
        std::string detail = track.gainDetail;
        if (out.sampleFormat != SampleFormat::F32)
            detail += ", TPDF dither";
        notes.push_back({"replaygain", detail});
    }
    // Each change is reported as what caused it: a cap's steps as "resample"/"requantize" (the player
    // names them licence-cap with the cap's reason), the listener's own fixed rate as "fixed-rate".
    const std::string rateText = std::to_string(source.sampleRate) + " Hz -> " +
                                 std::to_string(out.sampleRate) + " Hz (libsoxr, very high quality)";
    const std::string widthText = std::to_string(source.bitsPerSample) + "-bit " +
                                  toString(source.sampleFormat) + " -> " + std::to_string(out.bitsPerSample) +
                                  "-bit " + toString(out.sampleFormat);
    const bool rateChanged = out.sampleRate != source.sampleRate;
    const bool widthChanged =
        out.sampleFormat != source.sampleFormat || out.bitsPerSample != source.bitsPerSample;
    if (rateChanged && limited.resampled)
        notes.push_back({"resample", rateText});
    if (widthChanged && limited.requantised)
        notes.push_back(
            {"requantize", widthText + (out.sampleFormat != SampleFormat::F32 ? " with TPDF dither" : "")});
    const bool listenerRate = rateChanged && !limited.resampled;
    const bool listenerWidth = widthChanged && !limited.requantised;
    if (listenerRate || listenerWidth) {
        std::string detail = listenerRate ? rateText : std::string();
        if (listenerWidth)
            detail += (detail.empty() ? "" : ", ") + widthText;
        notes.push_back({"fixed-rate", detail + ", your setting"});
    }
    if (track.endFrame)
        notes.push_back(
            {"preview",
             "first " + std::to_string(*track.endFrame / std::max<std::uint32_t>(1, source.sampleRate)) +
                 " s, " + std::to_string(static_cast<int>(track.fadeOutSeconds * 1000)) + " ms fade-out"});
    return out;
}

struct DecodeLoop::Track {
    PreparedTrack prepared;
    AudioFormat out;
    SampleProcessor processor;
    std::vector<ProcessingStep> notes;
    std::uint64_t position = 0;  ///< next source frame to decode
    std::uint64_t fadeStart = 0; ///< source frame where the fade-out begins (preview)
    std::uint64_t fadeFrames = 0;
    bool announced = false;
    bool atEnd = false; ///< started at or past the last frame: nothing to decode
    std::vector<std::byte> buffer;
};

DecodeLoop::DecodeLoop(RenderShared& shared, std::function<void()> onMarker)
    : m_shared(shared), m_onMarker(std::move(onMarker)), m_thread([this] { threadMain(); })
{
}

DecodeLoop::~DecodeLoop()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        m_haltRequested = true;
    }
    m_cv.notify_all();
    m_thread.join();
}

void DecodeLoop::begin(TrackSource& source, std::optional<std::uint32_t> fixedRate)
{
    std::lock_guard lock(m_mutex);
    m_source = &source;
    m_fixedRate = fixedRate;
    m_sessionRequested = true;
    m_haltRequested = false;
    m_blocked.store(false, std::memory_order_release);
    m_cv.notify_all();
}

void DecodeLoop::halt()
{
    std::unique_lock lock(m_mutex);
    m_haltRequested = true;
    m_sessionRequested = false;
    m_cv.notify_all();
    m_cv.wait(lock, [this] { return !m_inSession; });
    m_markers.clear();
    m_source = nullptr;
    m_blocked.store(false, std::memory_order_release);
}

void DecodeLoop::streamReady(const AudioFormat& format)
{
    std::lock_guard lock(m_mutex);
    m_streamFormat = format;
    // Not blocked any more as far as the control thread's prefill logic is concerned: data is coming.
    m_blocked.store(false, std::memory_order_release);
    m_cv.notify_all();
}

void DecodeLoop::streamClosed()
{
    std::lock_guard lock(m_mutex);
    m_streamFormat.reset();
}

std::optional<RingMarker> DecodeLoop::front() const
{
    std::lock_guard lock(m_mutex);
    if (m_markers.empty())
        return std::nullopt;
    return m_markers.front();
}

void DecodeLoop::pop()
{
    std::lock_guard lock(m_mutex);
    if (!m_markers.empty())
        m_markers.pop_front();
}

bool DecodeLoop::hasPendingStart(std::uint64_t token) const
{
    std::lock_guard lock(m_mutex);
    return std::any_of(m_markers.begin(), m_markers.end(), [token](const RingMarker& m) {
        return m.kind == RingMarker::Kind::TrackStart && m.track.token == token;
    });
}

std::optional<std::uint64_t> DecodeLoop::terminalIndex() const
{
    std::lock_guard lock(m_mutex);
    if (m_markers.empty() || !m_markers.back().terminal())
        return std::nullopt;
    return m_markers.back().ringIndex;
}

bool DecodeLoop::halting() const
{
    std::lock_guard lock(m_mutex);
    return m_haltRequested;
}

void DecodeLoop::push(RingMarker marker)
{
    marker.ringIndex = m_shared.ring.written();
    if (marker.terminal()) {
        // Nothing more will be written to this stream: a shortfall from here on is its end, not an underrun.
        m_shared.draining.store(true, std::memory_order_release);
        m_blocked.store(true, std::memory_order_release);
    }
    {
        std::lock_guard lock(m_mutex);
        m_markers.push_back(std::move(marker));
    }
    if (m_onMarker)
        m_onMarker();
}

void DecodeLoop::threadMain()
{
    pthread_setname_np(pthread_self(), "accord-decode");
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_cv.wait(lock, [this] { return m_quit || m_sessionRequested; });
        if (m_quit)
            return;
        m_sessionRequested = false;
        m_inSession = true;
        lock.unlock();
        try {
            runSession();
        } catch (...) {
            // A third-party throw must not take the process down; the session just ends.
        }
        lock.lock();
        m_inSession = false;
        m_cv.notify_all();
    }
}

DecodeLoop::Step DecodeLoop::pull()
{
    for (;;) {
        if (halting())
            return {};
        TrackOffer offer = m_source->nextTrack();
        if (offer.kind != TrackOffer::Kind::Track || !offer.track)
            return {offer.kind == TrackOffer::Kind::NotReady ? offer.kind : TrackOffer::Kind::None, nullptr};
        if (auto track = prepare(std::move(*offer.track)))
            return {TrackOffer::Kind::Track, std::move(track)};
    }
}

bool DecodeLoop::waitToRetry()
{
    // A short poll rather than a wake-up from the source: the source must never have to know about us, and
    // a few milliseconds are nothing against the second of audio the ring still holds.
    std::unique_lock lock(m_mutex);
    return !m_cv.wait_for(lock, std::chrono::milliseconds(5), [this] { return m_haltRequested; });
}

std::unique_ptr<DecodeLoop::Track> DecodeLoop::prepare(PreparedTrack prepared)
{
    {
        auto track = std::make_unique<Track>();
        track->prepared = std::move(prepared);
        Decoder& dec = *track->prepared.decoder;
        track->out = planOutputFormat(dec.format(), dec.codec(), track->prepared, m_fixedRate, track->notes);
        base::Status st = track->processor.configure(dec.format(), track->out);
        // A start at or past the end (a seek inside the last seconds, `play --start 20` on an 8 s file) is
        // the end of the track: it ends at once and the next one follows, as in every player. Decoders
        // refuse to seek past the last frame, which is not an error of the file.
        if (dec.frames() > 0 && track->prepared.startFrame >= dec.frames()) {
            track->prepared.startFrame = dec.frames();
            track->atEnd = true;
        }
        if (st.ok() && track->prepared.startFrame > 0 && !track->atEnd)
            st = dec.seek(track->prepared.startFrame);
        if (!st.ok()) {
            pushFailure(track->prepared.token, std::move(st).error());
            return nullptr;
        }
        track->position = track->prepared.startFrame;
        if (track->prepared.endFrame) {
            const auto fade =
                static_cast<std::uint64_t>(track->prepared.fadeOutSeconds * dec.format().sampleRate);
            track->fadeFrames = std::min(fade, *track->prepared.endFrame);
            track->fadeStart = *track->prepared.endFrame - track->fadeFrames;
        }
        track->buffer.resize(kChunkFrames * dec.format().bytesPerFrame());
        return track;
    }
}

DecodeLoop::Step DecodeLoop::confirm(std::unique_ptr<Track> track)
{
    const std::uint64_t start = track->prepared.startFrame;
    const auto endFrame = track->prepared.endFrame;
    const auto maxRate = track->prepared.maxSampleRate;
    const auto maxBits = track->prepared.maxBits;
    const double gain = track->prepared.gain;
    TrackOffer offer = m_source->confirm(std::move(track->prepared));
    if (!offer.track)
        return {offer.kind == TrackOffer::Kind::NotReady ? offer.kind : TrackOffer::Kind::None, nullptr};
    const bool same = offer.track->startFrame == start && offer.track->endFrame == endFrame &&
                      offer.track->maxSampleRate == maxRate && offer.track->maxBits == maxBits &&
                      offer.track->gain == gain;
    if (offer.kind == TrackOffer::Kind::NotReady || same) {
        track->prepared = std::move(*offer.track);
        return {offer.kind, std::move(track)};
    }
    // The limits changed: plan the track again from scratch.
    auto replanned = prepare(std::move(*offer.track));
    return {replanned ? TrackOffer::Kind::Track : TrackOffer::Kind::None, std::move(replanned)};
}

bool DecodeLoop::waitForStream(const AudioFormat& format)
{
    RingMarker change;
    change.kind = RingMarker::Kind::FormatChange;
    change.format = format;
    push(std::move(change));
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock,
              [&] { return m_haltRequested || (m_streamFormat && m_streamFormat->sameStream(format)); });
    if (m_haltRequested)
        return false;
    m_shared.draining.store(false, std::memory_order_release);
    m_blocked.store(false, std::memory_order_release);
    return true;
}

bool DecodeLoop::writeAll(const std::byte* data, std::size_t frames)
{
    const std::size_t bpf = m_shared.ring.bytesPerFrame();
    std::size_t done = 0;
    while (done < frames) {
        done += m_shared.ring.write(data + done * bpf, frames - done);
        if (done < frames && !waitForSpace())
            return false;
    }
    return true;
}

bool DecodeLoop::waitForSpace()
{
    // Full: sleep a quarter of the ring, then refill. The callback never wakes us (no syscalls in RT). Each
    // wake-up costs CPU for as long as music plays, so the refills are few and large; three quarters of
    // the ring (375 ms of the default 0.5 s) are still queued when the thread wakes.
    std::unique_lock lock(m_mutex);
    const double rate = m_streamFormat ? m_streamFormat->sampleRate : 44100.0;
    const auto quarter = std::chrono::microseconds(
        static_cast<std::int64_t>(1e6 * static_cast<double>(m_shared.ring.capacity()) / 4.0 / rate));
    return !m_cv.wait_for(
        lock, std::clamp(quarter, std::chrono::microseconds(2000), std::chrono::microseconds(150000)),
        [this] { return m_haltRequested; });
}

void DecodeLoop::pushFailure(std::uint64_t token, base::Error error)
{
    RingMarker failed;
    failed.kind = RingMarker::Kind::TrackFailed;
    failed.token = token;
    failed.error = std::move(error);
    push(std::move(failed));
}

// Decodes and writes one chunk. Returns false when halted; sets `ended` at the end of the track.
bool DecodeLoop::decodeChunk(Track& t, bool& ended)
{
    Decoder& dec = *t.prepared.decoder;
    std::size_t want = t.atEnd ? 0 : kChunkFrames;
    if (t.prepared.endFrame)
        want = static_cast<std::size_t>(
            std::min<std::uint64_t>(want, *t.prepared.endFrame - std::min(t.position, *t.prepared.endFrame)));
    // The track's own gain (ReplayGain) rides on the volume: one multiplication, one dither.
    const double volume = m_volume.load(std::memory_order_relaxed) * t.prepared.gain;
    const bool plain = t.out == dec.format() && gainIsUnity(volume) &&
                       (t.fadeFrames == 0 || t.position + want <= t.fadeStart);
    if (plain && want > 0) {
        // Bit-perfect path: decode straight into the ring, no intermediate copy.
        std::size_t room = 0;
        std::byte* region = m_shared.ring.writeRegion(room);
        while (room == 0) {
            if (!waitForSpace())
                return false;
            region = m_shared.ring.writeRegion(room);
        }
        auto got = dec.read(region, std::min(want, room));
        if (!got.ok()) {
            pushFailure(t.prepared.token, std::move(got).error());
            ended = true;
            return true;
        }
        if (*got > 0) {
            m_shared.ring.commit(*got);
            t.position += *got;
            return true;
        }
        want = 0;
    } else if (want > 0) {
        auto got = dec.read(t.buffer.data(), want);
        if (!got.ok()) {
            pushFailure(t.prepared.token, std::move(got).error());
            ended = true;
            return true;
        }
        want = *got;
    }
    if (want == 0) {
        auto tail = t.processor.flush();
        if (!tail.empty() && !writeAll(tail.data(), tail.size() / m_shared.ring.bytesPerFrame()))
            return false;
        RingMarker end;
        end.kind = RingMarker::Kind::TrackEnd;
        end.token = t.prepared.token;
        end.frames = t.position - t.prepared.startFrame;
        push(std::move(end));
        ended = true;
        return true;
    }
    const std::uint64_t first = t.position;
    t.position += want;
    const bool fading = t.fadeFrames > 0 && t.position > t.fadeStart;
    const bool passthrough = t.out == dec.format() && gainIsUnity(volume) && !fading;
    if (passthrough)
        return writeAll(t.buffer.data(), want);

    // Split at the fade start so the unfaded part gets a flat gain.
    std::size_t flat = want;
    if (fading && first < t.fadeStart)
        flat = static_cast<std::size_t>(t.fadeStart - first);
    else if (fading)
        flat = 0;
    const std::size_t bpf = dec.format().bytesPerFrame();
    if (flat > 0) {
        // Before the fade starts a preview is still untouched audio: no float round trip, no dither.
        if (t.out == dec.format() && gainIsUnity(volume)) {
            if (!writeAll(t.buffer.data(), flat))
                return false;
        } else {
            auto bytes = t.processor.process(t.buffer.data(), flat, volume, volume);
            if (!writeAll(bytes.data(), bytes.size() / m_shared.ring.bytesPerFrame()))
                return false;
        }
    }
    if (flat < want) {
        auto ramp = [&](std::uint64_t frame) {
            const double left =
                static_cast<double>(t.fadeStart + t.fadeFrames - std::min(frame, t.fadeStart + t.fadeFrames));
            return volume * left / static_cast<double>(t.fadeFrames);
        };
        const std::uint64_t from = first + flat;
        auto bytes =
            t.processor.process(t.buffer.data() + flat * bpf, want - flat, ramp(from), ramp(first + want));
        if (!writeAll(bytes.data(), bytes.size() / m_shared.ring.bytesPerFrame()))
            return false;
    }
    return true;
}

void DecodeLoop::runSession()
{
    std::unique_ptr<Track> current;
    std::unique_ptr<Track> next; // pre-opened while `current` plays, confirmed when it is due
    bool lookAhead = false;      // try to pre-open `next` (again) after each chunk
    while (!halting()) {
        if (!current) {
            const bool confirming = next != nullptr;
            Step step = confirming ? confirm(std::move(next)) : pull();
            if (step.kind == TrackOffer::Kind::NotReady) {
                next = std::move(step.track); // handed back by confirm(), or nothing
                if (!waitToRetry())
                    return;
                continue;
            }
            if (step.kind == TrackOffer::Kind::None) {
                if (confirming)
                    continue; // the pre-opened track was dropped: ask for the one after it
                RingMarker end;
                end.kind = RingMarker::Kind::EndOfQueue;
                push(std::move(end));
                std::unique_lock lock(m_mutex);
                m_cv.wait(lock, [this] { return m_haltRequested; });
                return;
            }
            current = std::move(step.track);
        }
        if (!current->announced) {
            bool ready = false;
            {
                std::lock_guard lock(m_mutex);
                ready = m_streamFormat && m_streamFormat->sameStream(current->out);
            }
            if (!ready && !waitForStream(current->out))
                return;
            RingMarker start;
            start.kind = RingMarker::Kind::TrackStart;
            const Decoder& dec = *current->prepared.decoder;
            start.track = TrackStarted{current->prepared.token,
                                       dec.format(),
                                       current->out,
                                       dec.codec(),
                                       current->prepared.startFrame,
                                       dec.frames(),
                                       current->prepared.endFrame,
                                       current->notes};
            push(std::move(start));
            current->announced = true;
            lookAhead = !next;
        }
        if (lookAhead) {
            // Pre-open the next track while this one plays, so the join is gapless. The source answers
            // NotReady while its licence judgement is still being made off this thread: try again after the
            // next chunk, never wait here.
            Step step = pull();
            if (step.kind != TrackOffer::Kind::NotReady)
                lookAhead = false;
            next = std::move(step.track);
        }
        bool ended = false;
        if (!decodeChunk(*current, ended))
            return;
        if (ended)
            current.reset();
    }
}

} // namespace accord::audio
