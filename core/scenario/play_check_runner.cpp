// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/play_check_runner.hpp"

#include "judgement/judge.hpp"
#include "playback/judge_track_gate.hpp"
#include "playback/player.hpp"

#include <condition_variable>
#include <mutex>
#include <optional>

namespace accord::scenario {

namespace {

// Collects what the player reports for a one-file queue. Callbacks come on the player's control thread.
class OutcomeListener final : public playback::PlayerListener {
public:
    void onTrackChanged(const playback::NowPlaying& now) override
    {
        std::lock_guard lock(m_mutex);
        m_outcome.outcome = now.previewSeconds ? PlayCheck::Outcome::Preview : PlayCheck::Outcome::Played;
        m_outcome.outputRate = now.outputFormat.sampleRate;
        m_outcome.outputBits = now.outputFormat.bitsPerSample;
        m_outcome.bitPerfect = now.bitPerfect;
        m_outcome.processing.clear();
        for (const auto& step : now.processing)
            m_outcome.processing.push_back(step.kind + ": " + step.detail);
    }
    void onTrackSkipped(std::size_t, const std::filesystem::path&,
                        const playback::SkipReason& reason) override
    {
        std::lock_guard lock(m_mutex);
        m_outcome.outcome = PlayCheck::Outcome::Skipped;
        m_outcome.skipCode = reason.code;
        m_outcome.skipText = reason.text;
    }
    void onTrackFinished(std::size_t, std::uint64_t frames) override
    {
        std::lock_guard lock(m_mutex);
        m_outcome.frames = frames;
    }
    void onQueueFinished() override { finish(); }
    void onError(const base::Error& error) override
    {
        {
            std::lock_guard lock(m_mutex);
            m_error = error;
        }
        finish();
    }

    bool wait(std::chrono::seconds timeout)
    {
        std::unique_lock lock(m_mutex);
        return m_cv.wait_for(lock, timeout, [&] { return m_done; });
    }
    PlayOutcome outcome()
    {
        std::lock_guard lock(m_mutex);
        return m_outcome;
    }
    std::optional<base::Error> error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_cv.notify_all();
    }
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_done = false;
    PlayOutcome m_outcome;
    std::optional<base::Error> m_error;
};

} // namespace

base::Result<PlayOutcome> playOnce(const std::filesystem::path& dataDir, const std::filesystem::path& file,
                                   const licence::Context& context, std::chrono::seconds timeout)
{
    // The clock stands still at the scenario's instant, as with `accordctl play --at`.
    const judgement::Listener listenerContext{context.territory, context.tier, context.device, context.at};
    auto judge = judgement::Judge::open(dataDir);
    if (!judge.ok())
        return std::move(judge).error();
    auto gate = std::make_shared<playback::JudgeTrackGate>(std::move(*judge), listenerContext);
    OutcomeListener listener;
    {
        playback::Player player;
        player.setGate(gate);
        player.setListener(&listener);
        player.setQueue({file});
        player.playIndex(0);
        const bool finished = listener.wait(timeout);
        player.stop();
        player.waitUntilStopped();
        player.setListener(nullptr);
        if (!finished)
            return base::Error(base::ErrorCode::Device,
                               "the player did not finish within " + std::to_string(timeout.count()) + " s")
                .inFile(file.string());
    }
    if (auto e = listener.error())
        return *e;
    return listener.outcome();
}

std::vector<std::string> comparePlay(const PlayCheck& c, const PlayOutcome& o)
{
    std::vector<std::string> out;
    if (c.outcome != o.outcome) {
        std::string got = toString(o.outcome);
        if (o.outcome == PlayCheck::Outcome::Skipped)
            got += " (" + o.skipCode + ": " + o.skipText + ")";
        out.push_back(std::string("outcome: expected ") + toString(c.outcome) + ", got " + got);
        return out;
    }
    if (c.code && *c.code != o.skipCode)
        out.push_back("code: expected " + *c.code + ", got " + o.skipCode);
    if (c.frames && *c.frames != o.frames)
        out.push_back("frames: expected " + std::to_string(*c.frames) + ", got " + std::to_string(o.frames));
    if (c.outputRate && *c.outputRate != o.outputRate)
        out.push_back("output_rate: expected " + std::to_string(*c.outputRate) + ", got " +
                      std::to_string(o.outputRate));
    if (c.outputBits && *c.outputBits != o.outputBits)
        out.push_back("output_bits: expected " + std::to_string(*c.outputBits) + ", got " +
                      std::to_string(o.outputBits));
    if (c.bitPerfect && *c.bitPerfect != o.bitPerfect)
        out.push_back(std::string("bit_perfect: expected ") + (*c.bitPerfect ? "true" : "false") + ", got " +
                      (o.bitPerfect ? "true" : "false"));
    return out;
}

} // namespace accord::scenario
