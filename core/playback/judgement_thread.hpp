// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <thread>

namespace accord::playback {

class QueueSource;

/// The player's judgement thread ("accord-judge"): asks the gate about queue entries and caches the answers
/// in the queue (QueueSource's judgement side), so that neither the control thread's 20 Hz poll nor the
/// decode thread ever waits for a gate that reads tags, fingerprints or waits on a busy database.
/// Results go straight into the queue entry under QueueSource's short lock, where the decode thread reads
/// them; nothing else needs to hear of them. Construct and destroy on the control side; the destructor
/// waits for a judgement in progress to finish (a gate call cannot be interrupted).
class JudgementThread {
public:
    explicit JudgementThread(QueueSource& source);
    ~JudgementThread();
    JudgementThread(const JudgementThread&) = delete;
    JudgementThread& operator=(const JudgementThread&) = delete;

private:
    void run();
    QueueSource& m_source;
    std::thread m_thread;
};

} // namespace accord::playback
