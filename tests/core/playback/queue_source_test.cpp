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

    auto first = source.nextTrack();
    REQUIRE(first);
    CHECK(first->decoder->path() == files[0]);
    auto second = source.nextTrack(); // b is skipped
    REQUIRE(second);
    CHECK(second->decoder->path() == files[2]);
    REQUIRE(second->endFrame);
    CHECK(*second->endFrame == 2205); // 0.05 s at 44.1 kHz
    CHECK(second->fadeOutSeconds > 0);
    auto third = source.nextTrack();
    REQUIRE(third);
    CHECK(third->maxSampleRate == 48000u);
    CHECK(third->maxBits == 16);
    CHECK_FALSE(source.nextTrack());
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
    auto track = source.nextTrack();
    REQUIRE(track);
    // Still valid: confirmed as is.
    auto kept = source.confirm(std::move(*track));
    REQUIRE(kept);
    // The licence ends while the previous track plays; at the boundary the new answer applies.
    GateVerdict blocked;
    blocked.kind = licence::Verdict::Blocked;
    blocked.reasons.push_back({"licence-ended", "Licence ended 1970-01-01"});
    gate->verdicts["a.flac"] = blocked;
    gate->clock = std::chrono::sys_seconds(std::chrono::seconds(2000));
    CHECK_FALSE(source.confirm(std::move(*kept)));
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
        order.push_back(source.nextTrack()->decoder->path().filename().string());
    CHECK(order == std::vector<std::string>{"a.flac", "b.flac", "a.flac", "b.flac", "a.flac"});
    source.setRepeat(playback::RepeatMode::One);
    CHECK(source.nextTrack()->decoder->path() == a);
    CHECK(source.nextTrack()->decoder->path() == a);
    source.startAt(items[1].id, 0);
    CHECK(source.nextTrack()->decoder->path() == b);
}

TEST_CASE("repeat-all over unplayable files gives up instead of spinning", "[queue]")
{
    test::TempDir dir;
    playback::QueueSource source;
    source.edit([&](playback::PlayQueue& q) {
        return q.assign({dir / "missing1.flac", dir / "missing2.flac"});
    });
    source.setRepeat(playback::RepeatMode::All);
    CHECK_FALSE(source.nextTrack());
    CHECK(source.takeSkips().size() >= 2);
}
