// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/portaudio_output.hpp"

#include "base/log.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <mutex>
#include <portaudio.h>
#include <unistd.h>

namespace accord::audio {

using base::Error;
using base::ErrorCode;

namespace {

constexpr double kMinLatencySeconds = 0.2;
std::mutex g_paMutex;
int g_paUsers = 0;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

PaSampleFormat paFormat(SampleFormat f)
{
    switch (f) {
    case SampleFormat::S16:
        return paInt16;
    case SampleFormat::S32:
        return paInt32;
    case SampleFormat::F32:
        return paFloat32;
    }
    return paFloat32;
}

// The trampoline PortAudio calls on its real-time thread.
int paCallback(const void*, void* output, unsigned long frames, const PaStreamCallbackTimeInfo*,
               PaStreamCallbackFlags, void* user) noexcept
{
    render(*static_cast<RenderShared*>(user), output, frames);
    return paContinue;
}

// libjack prints "Cannot connect to server socket" on every Pa_Initialize when no JACK server runs, and
// ALSA probes print their own noise; PortAudio's return code is what matters, so hide the chatter unless
// ACCORD_AUDIO_DEBUG is set.
PaError initialiseQuietly()
{
    if (std::getenv("ACCORD_AUDIO_DEBUG"))
        return Pa_Initialize();
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    const int devnull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (saved >= 0 && devnull >= 0)
        ::dup2(devnull, STDERR_FILENO);
    const PaError err = Pa_Initialize();
    if (saved >= 0 && devnull >= 0) {
        std::fflush(stderr);
        ::dup2(saved, STDERR_FILENO);
    }
    if (saved >= 0)
        ::close(saved);
    if (devnull >= 0)
        ::close(devnull);
    return err;
}

} // namespace

base::Result<std::shared_ptr<PortAudioSession>> PortAudioSession::acquire()
{
    std::lock_guard lock(g_paMutex);
    if (g_paUsers == 0) {
        const PaError err = initialiseQuietly();
        if (err != paNoError)
            return Error(ErrorCode::Device,
                         std::string("cannot initialise PortAudio: ") + Pa_GetErrorText(err));
    }
    ++g_paUsers;
    return std::shared_ptr<PortAudioSession>(new PortAudioSession());
}

PortAudioSession::~PortAudioSession()
{
    std::lock_guard lock(g_paMutex);
    if (--g_paUsers == 0)
        Pa_Terminate();
}

std::vector<OutputDevice> PortAudioSession::outputDevices() const
{
    std::vector<OutputDevice> out;
    const int count = Pa_GetDeviceCount();
    const PaDeviceIndex def = Pa_GetDefaultOutputDevice();
    for (int i = 0; i < count; ++i) {
        const PaDeviceInfo* info = Pa_GetDeviceInfo(i);
        if (!info || info->maxOutputChannels <= 0)
            continue;
        const PaHostApiInfo* api = Pa_GetHostApiInfo(info->hostApi);
        out.push_back(OutputDevice{i, info->name ? info->name : "", api && api->name ? api->name : "",
                                   info->maxOutputChannels, info->defaultSampleRate, i == def});
    }
    return out;
}

base::Result<OutputDevice> PortAudioSession::findDevice(const std::string& name) const
{
    const auto devices = outputDevices();
    if (devices.empty())
        return Error(ErrorCode::Device,
                     "no audio output device found (is a sound card or ALSA/JACK configured?)");
    if (name.empty()) {
        for (const auto& d : devices)
            if (d.isDefault)
                return d;
        return Error(ErrorCode::Device, "no default audio output device; choose one with --device");
    }
    for (const auto& d : devices)
        if (d.name == name || std::to_string(d.index) == name)
            return d;
    std::vector<OutputDevice> matches;
    for (const auto& d : devices)
        if (lower(d.name).find(lower(name)) != std::string::npos)
            matches.push_back(d);
    if (matches.size() == 1)
        return matches.front();
    std::string list;
    for (const auto& d : devices)
        list += (list.empty() ? "" : ", ") + ("'" + d.name + "'");
    return Error(ErrorCode::NotFound,
                 (matches.empty() ? "no output device matches '" : "several output devices match '") + name +
                     "'; available: " + list);
}

base::Result<std::unique_ptr<AudioOutput>> PortAudioOutput::create()
{
    auto session = PortAudioSession::acquire();
    if (!session.ok())
        return std::move(session).error();
    return std::unique_ptr<AudioOutput>(std::make_unique<PortAudioOutput>(std::move(*session)));
}

PortAudioOutput::~PortAudioOutput()
{
    close();
}

std::vector<OutputDevice> PortAudioOutput::devices() const
{
    return m_session->outputDevices();
}

base::Result<OutputDevice> PortAudioOutput::findDevice(const std::string& name) const
{
    return m_session->findDevice(name);
}

base::Status PortAudioOutput::open(const OutputDevice& device, const AudioFormat& format,
                                   RenderShared& shared)
{
    close();
    const PaDeviceInfo* info = Pa_GetDeviceInfo(device.index);
    if (!info)
        return Error(ErrorCode::Device, "output device '" + device.name + "' disappeared");
    PaStreamParameters params{};
    params.device = device.index;
    params.channelCount = format.channels;
    params.sampleFormat = paFormat(format.sampleFormat);
    // A music player wants few wake-ups more than low latency (MPD buffers 500 ms in ALSA): at least 200 ms.
    params.suggestedLatency = std::max(info->defaultHighOutputLatency, kMinLatencySeconds);
    PaStream* stream = nullptr;
    const PaError err =
        Pa_OpenStream(&stream, nullptr, &params, format.sampleRate, paFramesPerBufferUnspecified,
                      paClipOff | paDitherOff, &paCallback, &shared);
    if (err != paNoError)
        return Error(ErrorCode::Device, "cannot open '" + device.name + "' for " + format.describe() + ": " +
                                            Pa_GetErrorText(err));
    m_stream = stream;
    m_format = format;
    return {};
}

base::Status PortAudioOutput::start()
{
    if (!m_stream)
        return Error(ErrorCode::Internal, "start without an open stream");
    if (m_running)
        return {};
    const PaError err = Pa_StartStream(static_cast<PaStream*>(m_stream));
    if (err != paNoError)
        return Error(ErrorCode::Device,
                     std::string("cannot start the output stream: ") + Pa_GetErrorText(err));
    m_running = true;
    return {};
}

base::Status PortAudioOutput::stop()
{
    if (!m_stream || !m_running)
        return {};
    m_running = false;
    const PaError err = Pa_StopStream(static_cast<PaStream*>(m_stream));
    if (err != paNoError)
        return Error(ErrorCode::Device,
                     std::string("cannot stop the output stream: ") + Pa_GetErrorText(err));
    return {};
}

void PortAudioOutput::abort()
{
    if (m_stream && m_running)
        Pa_AbortStream(static_cast<PaStream*>(m_stream));
    m_running = false;
}

void PortAudioOutput::close()
{
    if (!m_stream)
        return;
    abort();
    Pa_CloseStream(static_cast<PaStream*>(m_stream));
    m_stream = nullptr;
}

bool PortAudioOutput::isHealthy() const
{
    if (!m_stream || !m_running)
        return true;
    return Pa_IsStreamActive(static_cast<PaStream*>(m_stream)) == 1;
}

std::uint64_t PortAudioOutput::latencyFrames() const
{
    if (!m_stream)
        return 0;
    const PaStreamInfo* info = Pa_GetStreamInfo(static_cast<PaStream*>(m_stream));
    return info ? static_cast<std::uint64_t>(info->outputLatency * m_format.sampleRate) : 0;
}

} // namespace accord::audio
