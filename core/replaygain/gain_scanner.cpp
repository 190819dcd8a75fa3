// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "replaygain/gain_scanner.hpp"

#include "replaygain/gain_values.hpp"
#include "replaygain/loudness_meter.hpp"

#include <pthread.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

namespace accord::replaygain {

namespace {

struct Album {
    std::size_t first = 0, count = 0; // a run of the sorted file list
    std::atomic<std::size_t> remaining{0};
};

} // namespace

GainScanSummary GainScanner::scan(std::vector<ScanFile> files, const AlbumCallback& onAlbum,
                                  const ProgressCallback& onProgress)
{
    const auto start = std::chrono::steady_clock::now();
    m_cancel.store(false, std::memory_order_relaxed);
    // Album by album, each album in the order given: the workers finish one album before they move far
    // into the next, so few measurements wait for their album's last track.
    if (m_options.album) {
        std::map<std::string, std::size_t> firstSeen;
        for (std::size_t i = 0; i < files.size(); ++i)
            firstSeen.emplace(files[i].albumKey, i);
        std::stable_sort(files.begin(), files.end(), [&](const ScanFile& a, const ScanFile& b) {
            return firstSeen[a.albumKey] < firstSeen[b.albumKey];
        });
    }
    std::vector<std::size_t> albumOf(files.size());
    std::vector<std::unique_ptr<Album>> albums;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (albums.empty() || !m_options.album || files[i].albumKey != files[albums.back()->first].albumKey) {
            albums.push_back(std::make_unique<Album>());
            albums.back()->first = i;
        }
        ++albums.back()->count;
        albums.back()->remaining.store(albums.back()->count);
        albumOf[i] = albums.size() - 1;
    }

    std::vector<FileGain> results(files.size());
    std::vector<std::optional<LoudnessMeter>> meters(files.size());
    std::atomic<std::size_t> next{0};
    std::mutex callbackMutex;
    std::size_t done = 0;
    GainScanSummary summary;
    summary.files = files.size();
    summary.albums = albums.size();

    auto finishAlbum = [&](Album& album) {
        std::vector<const LoudnessMeter*> measured;
        double peak = 0.0;
        for (std::size_t i = album.first; i < album.first + album.count; ++i)
            if (meters[i]) {
                measured.push_back(&*meters[i]);
                peak = std::max(peak, meters[i]->truePeak());
            }
        if (m_options.album && !measured.empty()) {
            const std::optional<double> lufs = LoudnessMeter::albumLoudness(measured);
            for (std::size_t i = album.first; i < album.first + album.count; ++i)
                if (!results[i].error) {
                    results[i].albumLoudness = lufs;
                    results[i].albumGain = gainFor(lufs);
                    results[i].albumPeak = peak;
                }
        }
        for (std::size_t i = album.first; i < album.first + album.count; ++i)
            meters[i].reset(); // the album is measured: its states are no longer needed
        if (onAlbum)
            onAlbum(std::span<const FileGain>(results.data() + album.first, album.count));
    };

    auto work = [&] {
        for (;;) {
            const std::size_t i = next.fetch_add(1);
            if (i >= files.size() || m_cancel.load(std::memory_order_relaxed))
                return;
            FileGain& r = results[i];
            r.path = files[i].path;
            r.albumKey = files[i].albumKey;
            struct stat sb {};
            if (::stat(r.path.c_str(), &sb) == 0) {
                r.size = static_cast<std::int64_t>(sb.st_size);
                r.mtimeNs = static_cast<std::int64_t>(sb.st_mtim.tv_sec) * 1'000'000'000 + sb.st_mtim.tv_nsec;
            }
            auto meter = LoudnessMeter::measure(r.path, &m_cancel);
            if (meter.ok()) {
                r.codec = meter->codec();
                r.loudness = meter->loudness();
                r.trackGain = gainFor(r.loudness);
                r.trackPeak = meter->truePeak();
                meters[i] = std::move(*meter);
            } else if (meter.error().code == base::ErrorCode::Cancelled) {
                return;
            } else {
                r.error = std::move(meter).error();
            }
            Album& album = *albums[albumOf[i]];
            const bool last = album.remaining.fetch_sub(1) == 1;
            std::lock_guard lock(callbackMutex);
            ++done;
            if (r.error)
                ++summary.failed;
            else
                ++summary.measured;
            if (onProgress)
                onProgress({done, files.size(), r.path});
            if (last) // every file of the album was measured (a cancelled one never counts down)
                finishAlbum(album);
        }
    };

    unsigned jobs = m_options.jobs ? m_options.jobs : std::max(1U, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(files.size(), 1)));
    std::vector<std::thread> workers;
    for (unsigned j = 1; j < jobs; ++j)
        workers.emplace_back([&work] {
            pthread_setname_np(pthread_self(), "accord-rgscan");
            work();
        });
    work(); // the calling thread is one of the workers
    for (std::thread& t : workers)
        t.join();
    summary.cancelled = m_cancel.load(std::memory_order_relaxed);
    summary.elapsedSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

} // namespace accord::replaygain
