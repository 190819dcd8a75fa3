// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playback/judge_track_gate.hpp"

#include "playback/player.hpp"

namespace accord::playback {

JudgeTrackGate::JudgeTrackGate(std::shared_ptr<judgement::Judge> judge, judgement::Listener listener)
    : m_judge(std::move(judge)), m_listener(std::move(listener))
{
}

void JudgeTrackGate::setListener(judgement::Listener listener)
{
    const std::lock_guard lock(m_mutex);
    m_listener = std::move(listener);
}

judgement::Listener JudgeTrackGate::listener() const
{
    const std::lock_guard lock(m_mutex);
    return m_listener;
}

std::chrono::sys_seconds JudgeTrackGate::now() const
{
    return listener().context().at;
}

namespace {

// A judgement on the wall clock raises the highest time seen (clock_rollback); a QA clock does not.
licence::Context contextNoting(judgement::Judge& judge, const judgement::Listener& listener)
{
    const licence::Context ctx = listener.context();
    if (!listener.fixedAt)
        (void)judge.noteWallClock(ctx.at); // a read-only data dir keeps its older value; the verdict stands
    return ctx;
}

} // namespace

GateVerdict JudgeTrackGate::check(const std::filesystem::path& file)
{
    auto judged = m_judge->judgeFile(file, contextNoting(*m_judge, listener()));
    if (!judged.ok())
        return GateVerdict::catalogueError(judged.error().describe());
    return GateVerdict::fromDecision(judged->decision);
}

GateVerdict JudgeTrackGate::checkEntry(const QueueItem& item)
{
    if (!item.trackId)
        return check(item.path);
    // A library entry is judged by its track id (the stored identification, no path lookup); a track
    // that has left the library since it was queued is judged by its path like any file.
    auto judged = m_judge->judgeTrack(*item.trackId, contextNoting(*m_judge, listener()));
    if (!judged.ok())
        return GateVerdict::catalogueError(judged.error().describe());
    if (!*judged)
        return check(item.path);
    return GateVerdict::fromDecision((*judged)->decision);
}

} // namespace accord::playback
