// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/pcm_writer.hpp"
#include "playback/queue_source.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <map>

using namespace accord;
using playback::GateVerdict;

namespace {

// A gate that answers from a table by file name: the real licence gate is tested in tests/core/licence and
// through `accordctl play` end to end; here only the source's handling of each verdict is under test.
class TableGate final : public playback::TrackGate {
public:
    std::map<std::string, GateVerdict> verdicts;
    std::chrono::sys_seconds clock{};
    GateVerdict check(const std::filesystem::path& file) override
    {
        auto it = verdicts.find(file.filename().string());
        return it == verdicts.end() ? GateVerdict{} : it->second;
    }
    std::chrono::sys_seconds now() const override { return clock; }
};

// The track an offer carries; fails the test when there is none.
audio::PreparedTrack trackOf(audio::TrackOffer offer)
{
    REQUIRE(offer.kind == audio::TrackOffer::Kind::Track);
    REQUIRE(offer.track);
    return std::move(*offer.track);
}

bool isNone(const audio::TrackOffer& offer)
{
    return offer.kind == audio::TrackOffer::Kind::None;
}

std::filesystem::path writeTrack(const test::TempDir& dir, const std::string& name, std::uint32_t rate,
                                 std::uint16_t bits)
{
    const auto path = dir / name;
    REQUIRE(audio::writePcmFile(path, {audio::Container::Flac, rate, 2, bits},
                                audio::synthesizeSignal(rate, 2, bits, rate / 10, 1))
                .ok());
    return path;
}

} // namespace

TEST_CASE("the queue source applies the gate before opening anything", "[queue][gate]")
{
    test::TempDir dir;
    playback::QueueSource source;
    auto gate = std::make_shared<TableGate>();
    GateVerdict blocked;
    blocked.kind = licence::Verdict::Blocked;
    blocked.reasons.push_back({"no-licence-territory", "No licence for CN"});
    GateVerdict preview;
    preview.kind = licence::Verdict::Preview;
    preview.previewSeconds = 0.05;
    GateVerdict capped;
    capped.maxSampleRate = 48000;
    capped.maxBits = 16;
    capped.capText = "SVIP required for hi-res";
    gate->verdicts = {{"b.flac", blocked}, {"p.flac", preview}, {"h.flac", capped}};
    source.setGate(gate);
    // The blocked file does not even exist: proof that it is never opened.
    const std::vector<std::filesystem::path> files{writeTrack(dir, "a.flac", 44100, 16), dir / "b.flac",
                                                   writeTrack(dir, "p.flac", 44100, 16),
                                                   writeTrack(dir, "h.flac", 96000, 24)};
    source.edit([&](playback::PlayQueue& q) { return q.assign(files); });
    source.judgeAll(); // what the player's judgement thread does when entries are queued

    auto first = trackOf(source.nextTrack());
    CHECK(first.decoder->path() == files[0]);
    auto second = trackOf(source.nextTrack()); // b is skipped
    CHECK(second.decoder->path() == files[2]);
    REQUIRE(second.endFrame);
    CHECK(*second.endFrame == 2205); // 0.05 s at 44.1 kHz
    CHECK(second.fadeOutSeconds > 0);
    auto third = trackOf(source.nextTrack());
    CHECK(third.maxSampleRate == 48000u);
    CHECK(third.maxBits == 16);
    CHECK(isNone(source.nextTrack()));
    const auto skips = source.takeSkips();
    REQUIRE(skips.size() == 1);
    CHECK(skips[0].path == files[1]);
    CHECK(skips[0].reason.text == "No licence for CN");
}

TEST_CASE("a pre-opened track whose decision expired is decided again at the boundary", "[queue][gate]")
{
    test::TempDir dir;
    playback::QueueSource source;
    auto gate = std::make_shared<TableGate>();
    GateVerdict until;
    until.validUntil = std::chrono::sys_seconds(std::chrono::seconds(1000));
    gate->verdicts = {{"a.flac", until}};
    gate->clock = std::chrono::sys_seconds(std::chrono::seconds(10));
    source.setGate(gate);
    const auto a = writeTrack(dir, "a.flac", 44100, 16);
    source.edit([&](playback::PlayQueue& q) { return q.assign({a}); });
    source.judgeAll();
    auto track = trackOf(source.nextTrack());
    // Still valid: confirmed as is.
    auto kept = trackOf(source.confirm(std::move(track)));
    // The licence ends while the previous track plays; at the boundary the new answer applies.
    GateVerdict blocked;
    blocked.kind = licence::Verdict::Blocked;
    blocked.reasons.push_back({"licence-ended", "Licence ended 1970-01-01"});
    gate->verdicts["a.flac"] = blocked;
    gate->clock = std::chrono::sys_seconds(std::chrono::seconds(2000));
    // The judgement side notices the expiry (the player's judgement thread does this on its own); until the
    // entry is judged again the decode side waits instead of asking the gate itself.
    source.expireDue();
    auto waiting = source.confirm(std::move(kept));
    REQUIRE(waiting.kind == audio::TrackOffer::Kind::NotReady);
    REQUIRE(waiting.track); // handed back to the engine
    CHECK(source.takeSkips().empty());
    source.judgeAll();
    CHECK(isNone(source.confirm(std::move(*waiting.track))));
    REQUIRE(source.takeSkips().size() == 1);
}

TEST_CASE("repeat modes", "[queue]")
{
    test::TempDir dir;
    playback::QueueSource source;
    const auto a = writeTrack(dir, "a.flac", 44100, 16);
    const auto b = writeTrack(dir, "b.flac", 44100, 16);
    const auto items = source.edit([&](playback::PlayQueue& q) { return q.assign({a, b}); });
    source.setRepeat(playback::RepeatMode::All);
    std::vector<std::string> order;
    for (int i = 0; i < 5; ++i)
        order.push_back(trackOf(source.nextTrack()).decoder->path().filename().string());
    CHECK(order == std::vector<std::string>{"a.flac", "b.flac", "a.flac", "b.flac", "a.flac"});
    source.setRepeat(playback::RepeatMode::One);
    CHECK(trackOf(source.nextTrack()).decoder->path() == a);
    CHECK(trackOf(source.nextTrack()).decoder->path() == a);
    source.startAt(items[1].id, 0);
    CHECK(trackOf(source.nextTrack()).decoder->path() == b);
}

TEST_CASE("repeat-all over unplayable files gives up instead of spinning", "[queue]")
{
    test::TempDir dir;
    playback::QueueSource source;
    source.edit([&](playback::PlayQueue& q) {
        return q.assign({dir / "missing1.flac", dir / "missing2.flac"});
    });
    source.setRepeat(playback::RepeatMode::All);
    CHECK(isNone(source.nextTrack()));
    CHECK(source.takeSkips().size() >= 2);
}

namespace {

// Counts and records what it was asked, in order; every answer is "play".
class CountingGate final : public playback::TrackGate {
public:
    std::vector<std::string> asked;
    std::vector<std::optional<std::int64_t>> trackIds;
    GateVerdict check(const std::filesystem::path&) override { return {}; }
    GateVerdict checkEntry(const playback::QueueItem& item) override
    {
        asked.push_back(item.path.filename().string());
        trackIds.push_back(item.trackId);
        return {};
    }
    std::chrono::sys_seconds now() const override { return {}; }
};

} // namespace

TEST_CASE("the decode side never asks the gate: an unjudged entry is 'not ready yet'", "[queue][gate]")
{
    test::TempDir dir;
    playback::QueueSource source;
    auto gate = std::make_shared<CountingGate>();
    source.setGate(gate);
    const auto a = writeTrack(dir, "a.flac", 44100, 16);
    source.edit([&](playback::PlayQueue& q) { return q.assignEntries({playback::QueueEntry{a, 42}}); });
    for (int i = 0; i < 3; ++i)
        CHECK(source.nextTrack().kind == audio::TrackOffer::Kind::NotReady);
    CHECK(gate->asked.empty());
    CHECK(source.judgeOne());
    CHECK_FALSE(source.judgeOne()); // nothing left
    REQUIRE(gate->trackIds.size() == 1);
    CHECK(gate->trackIds[0] == 42); // the gate sees the library track id the entry was queued with
    CHECK(source.read([](const playback::PlayQueue& q) { return q.at(0).verdict.has_value(); }));
    CHECK(trackOf(source.nextTrack()).decoder->path() == a);
}

TEST_CASE("judgements come in play order: the entry the decoder waits for, then the next ones",
          "[queue][gate]")
{
    test::TempDir dir;
    playback::QueueSource source;
    auto gate = std::make_shared<CountingGate>();
    source.setGate(gate);
    std::vector<std::filesystem::path> files;
    for (const char* name : {"0.flac", "1.flac", "2.flac", "3.flac", "4.flac", "5.flac", "6.flac"})
        files.push_back(writeTrack(dir, name, 44100, 16));
    const auto items = source.edit([&](playback::PlayQueue& q) { return q.assign(files); });
    source.startAt(items[4].id, 0);
    // The decode thread asks for entry 4 (it is not judged yet): that one comes first, then the entries
    // that play after it, then the rest in queue order.
    CHECK(source.nextTrack().kind == audio::TrackOffer::Kind::NotReady);
    source.judgeAll();
    CHECK(gate->asked ==
          std::vector<std::string>{"4.flac", "5.flac", "6.flac", "0.flac", "1.flac", "2.flac", "3.flac"});
}

TEST_CASE("rejudge() judges every entry again before it starts, and a removed next entry is dropped",
          "[queue][gate]")
{
    test::TempDir dir;
    playback::QueueSource source;
    auto gate = std::make_shared<TableGate>();
    source.setGate(gate);
    const auto a = writeTrack(dir, "a.flac", 44100, 16);
    const auto b = writeTrack(dir, "b.flac", 44100, 16);
    const auto c = writeTrack(dir, "c.flac", 44100, 16);
    const auto items = source.edit([&](playback::PlayQueue& q) { return q.assign({a, b, c}); });
    source.judgeAll();
    auto first = trackOf(source.nextTrack());
    auto second = trackOf(source.nextTrack()); // pre-opened while a plays
    CHECK(second.decoder->path() == b);

    // The listener's context changes while a plays: b is now a preview.
    GateVerdict preview;
    preview.kind = licence::Verdict::Preview;
    preview.previewSeconds = 0.05;
    gate->verdicts["b.flac"] = preview;
    source.rejudge();
    auto waiting = source.confirm(std::move(second));
    REQUIRE(waiting.kind == audio::TrackOffer::Kind::NotReady);
    source.judgeAll();
    auto confirmed = trackOf(source.confirm(std::move(*waiting.track)));
    REQUIRE(confirmed.endFrame);
    CHECK(*confirmed.endFrame == 2205);

    // c is pre-opened, then removed from the queue before its turn: it does not play.
    auto third = trackOf(source.nextTrack());
    CHECK(third.decoder->path() == c);
    source.edit([&](playback::PlayQueue& q) { return q.remove(items[2].id); });
    CHECK(isNone(source.confirm(std::move(third))));
    CHECK(isNone(source.nextTrack()));
}

TEST_CASE("without a gate, scanned ReplayGain is looked up on the judgement side, never by the file's open",
          "[queue][replaygain]")
{
    test::TempDir dir;
    const auto a = writeTrack(dir, "a.flac", 44100, 16);
    {
        // No gate and no library database: nothing to judge, the file opens at once with its own tags.
        playback::QueueSource source;
        source.setReplayGain({playback::ReplayGainMode::Track, true});
        source.edit([&](playback::PlayQueue& q) { return q.assign({a}); });
        CHECK(trackOf(source.nextTrack()).decoder->path() == a);
    }
    // No gate, but a library database to read: the decode side waits for the judgement side, which reads
    // the database beside a verdict that lets everything play (the decode thread never opens SQLite).
    playback::QueueSource source;
    source.setReplayGain({playback::ReplayGainMode::Track, true, dir / "library.db"});
    source.edit([&](playback::PlayQueue& q) { return q.assign({a}); });
    CHECK(source.nextTrack().kind == audio::TrackOffer::Kind::NotReady);
    source.judgeAll();
    const auto track = trackOf(source.nextTrack());
    CHECK(track.decoder->path() == a);
    CHECK(track.gain == 1.0);                                 // untagged, nothing scanned: untouched
    CHECK_FALSE(std::filesystem::exists(dir / "library.db")); // looking never creates a library
}
