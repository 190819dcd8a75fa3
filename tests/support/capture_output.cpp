// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "support/capture_output.hpp"

#include <chrono>
#include <thread>

namespace accord::test {

/// One stream on a CaptureDevice. [control thread]; the pulling thread only renders and records.
class CaptureOutput final : public audio::AudioOutput {
public:
    explicit CaptureOutput(std::shared_ptr<CaptureDevice> device) : m_device(std::move(device)) {}
    ~CaptureOutput() override { close(); }
    CaptureOutput(const CaptureOutput&) = delete;
    CaptureOutput& operator=(const CaptureOutput&) = delete;

    std::vector<audio::OutputDevice> devices() const override
    {
        return {audio::OutputDevice{0, "capture", "test", 8, 48000.0, true}};
    }
    base::Result<audio::OutputDevice> findDevice(const std::string& name) const override
    {
        if (!name.empty() && name != "capture" && name != "0")
            return base::Error(base::ErrorCode::NotFound,
                               "no output device matches '" + name + "'; available: 'capture'");
        return devices().front();
    }
    base::Status open(const audio::OutputDevice&, const audio::AudioFormat& format,
                      audio::RenderShared& shared) override
    {
        close();
        m_shared = &shared;
        m_format = format;
        m_stream = m_device->beginStream(format);
        return {};
    }
    base::Status start() override
    {
        if (!m_shared)
            return base::Error(base::ErrorCode::Internal, "start without an open stream");
        if (m_thread.joinable())
            return {};
        m_device->started(m_stream, m_shared->ring.readable(), m_shared->ring.capacity());
        m_stop.store(false);
        m_thread = std::thread([this] { pull(); });
        return {};
    }
    base::Status stop() override
    {
        halt();
        return {};
    }
    void abort() override { halt(); }
    void close() override
    {
        halt();
        m_shared = nullptr;
    }
    bool isOpen() const override { return m_shared != nullptr; }
    bool isRunning() const override { return m_thread.joinable(); }
    bool isHealthy() const override { return !m_device->m_failed.load(); }
    std::uint64_t latencyFrames() const override { return m_device->m_latency.load(); }

private:
    void halt()
    {
        if (!m_thread.joinable())
            return;
        m_stop.store(true);
        m_thread.join();
    }

    // The device's clock: `period` frames every period / (rate * speed) seconds, through the real callback.
    void pull()
    {
        ++m_device->m_running;
        const unsigned long period = m_device->m_period;
        const std::size_t bpf = m_format.bytesPerFrame();
        std::vector<std::uint8_t> buffer(period * bpf);
        auto due = std::chrono::steady_clock::now();
        while (!m_stop.load()) {
            const double speed = m_device->m_speed.load();
            due += std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                std::chrono::duration<double>(static_cast<double>(period) / (m_format.sampleRate * speed)));
            std::this_thread::sleep_until(due);
            if (m_device->m_stalled.load() || m_device->m_failed.load())
                continue;
            audio::render(*m_shared, buffer.data(), period);
            m_device->append(m_stream, buffer.data(), buffer.size());
        }
        --m_device->m_running;
    }

    std::shared_ptr<CaptureDevice> m_device;
    audio::RenderShared* m_shared = nullptr;
    audio::AudioFormat m_format;
    std::size_t m_stream = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

CaptureDevice::CaptureDevice(double speed, unsigned long periodFrames)
    : m_speed(speed), m_period(periodFrames)
{
}

audio::OutputFactory CaptureDevice::factory()
{
    return [self = shared_from_this()]() -> base::Result<std::unique_ptr<audio::AudioOutput>> {
        return std::unique_ptr<audio::AudioOutput>(std::make_unique<CaptureOutput>(self));
    };
}

std::vector<CapturedStream> CaptureDevice::streams() const
{
    std::lock_guard lock(m_mutex);
    return m_streams;
}

std::uint64_t CaptureDevice::framesPulled() const
{
    std::lock_guard lock(m_mutex);
    return m_frames;
}

std::size_t CaptureDevice::beginStream(const audio::AudioFormat& format)
{
    std::lock_guard lock(m_mutex);
    m_streams.push_back(CapturedStream{format, {}, 0, 0, 0});
    return m_streams.size() - 1;
}

void CaptureDevice::started(std::size_t stream, std::size_t readable, std::size_t capacity)
{
    std::lock_guard lock(m_mutex);
    CapturedStream& s = m_streams.at(stream);
    if (s.starts++ == 0) {
        s.readableAtFirstStart = readable;
        s.ringCapacity = capacity;
    }
}

void CaptureDevice::append(std::size_t stream, const std::uint8_t* data, std::size_t bytes)
{
    std::lock_guard lock(m_mutex);
    CapturedStream& s = m_streams.at(stream);
    s.bytes.insert(s.bytes.end(), data, data + bytes);
    m_frames += bytes / s.format.bytesPerFrame();
}

} // namespace accord::test
