// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Recording from real playback: the player (control, judgement and decode threads, the real render callback)
// plays generated files into a capture output; the recorder listens and the writer stores the plays in a
// real library.db. The capture device runs faster than real time, so heard time that matched the wall
// clock would be wrong: it must come from the frames played.
#include "audio/pcm_writer.hpp"
#include "history/history_store.hpp"
#include "history/history_writer.hpp"
#include "history/play_recorder.hpp"
#include "library/library_db.hpp"
#include "playback/player.hpp"
#include "support/capture_output.hpp"
#include "support/fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

using namespace accord;
using history::PlayOutcome;
using history::PlayRecord;

namespace {

std::filesystem::path writeTrack(const test::TempDir& dir, const std::string& name, std::size_t frames,
                                 std::uint32_t rate = 44100, std::uint16_t bits = 16)
{
    const auto path = dir / name;
    REQUIRE(audio::writePcmFile(path, {audio::Container::Flac, rate, 2, bits},
                                audio::synthesizeSignal(rate, 2, bits, frames, 7))
                .ok());
    return path;
}

// Verdicts by file name; everything else plays.
class TableGate final : public playback::TrackGate {
public:
    std::map<std::string, playback::GateVerdict> verdicts;
    playback::GateVerdict check(const std::filesystem::path& file) override
    {
        auto it = verdicts.find(file.filename().string());
        return it == verdicts.end() ? playback::GateVerdict{} : it->second;
    }
    std::chrono::sys_seconds now() const override { return {}; }
};

// Forwards to the recorder and lets the test wait for the player's events.
class Waiter final : public playback::PlayerListener {
public:
    explicit Waiter(history::PlayRecorder& recorder) : m_recorder(recorder) {}
    void onStateChanged(playback::PlaybackState s) override
    {
        m_recorder.onStateChanged(s);
        note([&] { state = s; });
    }
    void onTrackChanged(const playback::NowPlaying& now) override
    {
        m_recorder.onTrackChanged(now);
        // Switched off while the first track plays, before any later event (the look-ahead's refusal of the
        // next track can come before a slow test thread wakes up from waitFor).
        if (offOnFirstTrack)
            m_recorder.setEnabled(false);
        note([&] {
            if (now.queueItemId != lastItem)
                ++changes, lastFrame = 0;
            lastItem = now.queueItemId;
        });
    }
    void onPosition(std::uint64_t frame, std::uint32_t rate) override
    {
        m_recorder.onPosition(frame, rate);
        note([&] { lastFrame = frame; });
    }
    void onTrackSkipped(std::size_t i, const std::filesystem::path& p, const playback::SkipReason& r) override
    {
        // The look-ahead can refuse the next track before the first one's start is announced (the decode
        // thread runs ahead of the device): that refusal is already "while the first track plays".
        if (offOnFirstTrack)
            m_recorder.setEnabled(false);
        m_recorder.onTrackSkipped(i, p, r);
        note([&] { ++skips; });
    }
    void onTrackFinished(std::size_t i, std::uint64_t frames) override
    {
        m_recorder.onTrackFinished(i, frames);
        note([&] { ++finishes; });
    }
    void onQueueFinished() override
    {
        note([&] { done = true; });
    }
    bool offOnFirstTrack = false; ///< set before play(): read on the player's thread only after that

    template <typename P> bool waitFor(P predicate, double seconds = 30.0)
    {
        std::unique_lock lock(m_mutex);
        return m_cv.wait_for(lock, std::chrono::duration<double>(seconds), [&] { return predicate(*this); });
    }

    playback::PlaybackState state = playback::PlaybackState::Stopped;
    int changes = 0, skips = 0, finishes = 0;
    std::uint64_t lastFrame = 0; ///< of the entry playing now
    std::uint64_t lastItem = 0;
    bool done = false;

private:
    template <typename F> void note(F f)
    {
        std::lock_guard lock(m_mutex);
        f();
        m_cv.notify_all();
    }
    history::PlayRecorder& m_recorder;
    std::mutex m_mutex;
    std::condition_variable m_cv;
};

std::vector<PlayRecord> stored(const std::filesystem::path& db)
{
    auto lib = library::LibraryDb::open(db);
    REQUIRE(lib.ok());
    auto all = history::HistoryStore(lib->connection()).all();
    REQUIRE(all.ok());
    return *all;
}

} // namespace

TEST_CASE("recording real playback: finished, skipped, blocked, preview and capped plays",
          "[history][player]")
{
    test::TempDir dir;
    const auto full = writeTrack(dir, "full.flac", 44100 * 2);          // 2.000 s, played to the end
    const auto skipped = writeTrack(dir, "skipped.flac", 44100 * 8);    // skipped after about 1 s
    const auto blocked = writeTrack(dir, "blocked.flac", 44100);        // refused by the gate
    const auto preview = writeTrack(dir, "preview.flac", 44100 * 4);    // a 0.5 s preview
    const auto hires = writeTrack(dir, "hires.flac", 96000, 96000, 24); // 1 s capped to 48 kHz / 16-bit
    auto gate = std::make_shared<TableGate>();
    playback::GateVerdict no;
    no.kind = licence::Verdict::Blocked;
    no.reasons = {{"territory_not_licensed", "No licence for CN"}};
    gate->verdicts["blocked.flac"] = no;
    playback::GateVerdict pv;
    pv.kind = licence::Verdict::Preview;
    pv.previewSeconds = 0.5;
    gate->verdicts["preview.flac"] = pv;
    playback::GateVerdict cap;
    cap.maxSampleRate = 48000;
    cap.maxBits = 16;
    cap.capText = "SVIP required for hi-res";
    gate->verdicts["hires.flac"] = cap;

    const auto dbPath = dir / "library.db";
    history::HistoryWriter writer(dbPath, std::chrono::milliseconds(50));
    history::PlayRecorder recorder([&](PlayRecord r) { writer.submit(std::move(r)); },
                                   [] { return std::int64_t(1'800'000'000'000); });
    Waiter waiter(recorder);
    auto device = std::make_shared<test::CaptureDevice>(3.0);
    playback::PlayerOptions options;
    options.makeOutput = device->factory();
    {
        playback::Player player(options);
        player.setGate(gate);
        player.setListener(&waiter);
        player.setQueue({full, skipped, blocked, preview, hires});
        player.play();
        REQUIRE(waiter.waitFor([](const Waiter& w) { return w.changes == 2; })); // "skipped" started
        REQUIRE(waiter.waitFor([](const Waiter& w) { return w.lastFrame > 44100; }));
        // A pause in the middle adds nothing: frames, not the wall clock, count.
        player.pause();
        REQUIRE(waiter.waitFor([](const Waiter& w) { return w.state == playback::PlaybackState::Paused; }));
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        player.resume();
        player.next(); // skips the rest of "skipped": "blocked" is refused, "preview" plays
        REQUIRE(waiter.waitFor([](const Waiter& w) { return w.done; }));
        player.waitUntilStopped();
        player.setListener(nullptr);
    }
    writer.flush();
    REQUIRE_FALSE(writer.lastError());
    const auto plays = stored(dbPath);
    REQUIRE(plays.size() == 5);
    std::map<std::string, PlayRecord> by;
    for (const PlayRecord& p : plays)
        by[std::filesystem::path(p.path).filename().string()] = p;
    REQUIRE(by.size() == 5);

    const PlayRecord& f = by["full.flac"];
    CHECK(f.finished);
    CHECK(f.outcome == PlayOutcome::Played);
    CHECK(f.heardMs == 2000);
    CHECK(f.durationMs == 2000);
    CHECK(f.sampleRate == 44100);
    CHECK(f.bitDepth == 16);
    CHECK(f.startedAtMs == 1'800'000'000'000);

    const PlayRecord& s = by["skipped.flac"];
    CHECK_FALSE(s.finished);
    CHECK(s.durationMs == 8000);
    CHECK(s.heardMs >= 1000);
    CHECK(s.heardMs < 3000); // paused for 500 ms at 3x speed: wall-clock counting would give far more

    const PlayRecord& b = by["blocked.flac"];
    CHECK(b.outcome == PlayOutcome::Blocked);
    CHECK(b.reasonCode == "territory_not_licensed");
    CHECK(b.reason == "No licence for CN");
    CHECK(b.heardMs == 0);
    CHECK_FALSE(b.finished);

    const PlayRecord& p = by["preview.flac"];
    CHECK(p.outcome == PlayOutcome::Preview);
    CHECK(p.finished); // the preview's end is its end
    CHECK(p.heardMs == 500);

    const PlayRecord& h = by["hires.flac"];
    CHECK(h.outcome == PlayOutcome::Capped);
    CHECK(h.finished);
    CHECK(h.heardMs == 1000);
    CHECK(h.sampleRate == 48000);
    CHECK(h.bitDepth == 16);
    CHECK_FALSE(h.hiRes());
}

TEST_CASE("a seek within a track continues the same play and does not count the jump", "[history][player]")
{
    test::TempDir dir;
    const auto file = writeTrack(dir, "seek.flac", 44100 * 6);
    std::vector<PlayRecord> got;
    std::mutex m;
    history::PlayRecorder recorder([&](PlayRecord r) {
        std::lock_guard lock(m);
        got.push_back(std::move(r));
    });
    Waiter waiter(recorder);
    auto device = std::make_shared<test::CaptureDevice>(3.0);
    playback::PlayerOptions options;
    options.makeOutput = device->factory();
    {
        playback::Player player(options);
        player.setListener(&waiter);
        player.setQueue({file});
        player.play();
        REQUIRE(waiter.waitFor([](const Waiter& w) { return w.lastFrame > 22050; }));
        player.seekFrames(44100 * 5); // the last second
        REQUIRE(waiter.waitFor([](const Waiter& w) { return w.done; }));
        player.waitUntilStopped();
        player.setListener(nullptr);
    }
    std::lock_guard lock(m);
    REQUIRE(got.size() == 1);
    CHECK(got[0].finished);
    CHECK(got[0].heardMs >= 1500); // at least half a second before the seek and the whole last second
    CHECK(got[0].heardMs < 3500);  // the four seconds jumped over are not in it
}

TEST_CASE("with the history off nothing is recorded, not even the play in progress", "[history][player]")
{
    test::TempDir dir;
    const auto a = writeTrack(dir, "a.flac", 44100);
    const auto b = writeTrack(dir, "b.flac", 44100);
    auto gate = std::make_shared<TableGate>();
    playback::GateVerdict no;
    no.kind = licence::Verdict::Blocked;
    no.reasons = {{"no_deal", "Not in the catalogue"}};
    gate->verdicts["b.flac"] = no;
    const auto dbPath = dir / "library.db";
    history::HistoryWriter writer(dbPath, std::chrono::milliseconds(10));
    history::PlayRecorder recorder([&](PlayRecord r) { writer.submit(std::move(r)); });
    Waiter waiter(recorder);
    waiter.offOnFirstTrack = true; // switched off as "a" starts playing
    auto device = std::make_shared<test::CaptureDevice>(3.0);
    playback::PlayerOptions options;
    options.makeOutput = device->factory();
    {
        playback::Player player(options);
        player.setGate(gate);
        player.setListener(&waiter);
        player.setQueue({a, b});
        player.play();
        REQUIRE(waiter.waitFor([](const Waiter& w) { return w.changes == 1; }));
        CHECK_FALSE(recorder.enabled());
        REQUIRE(waiter.waitFor([](const Waiter& w) { return w.done; }));
        player.waitUntilStopped();
        player.setListener(nullptr);
    }
    writer.flush();
    CHECK(waiter.skips == 1); // "b" was refused, and not recorded either
    CHECK(stored(dbPath).empty());
}
