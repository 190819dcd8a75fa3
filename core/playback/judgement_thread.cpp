// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playback/judgement_thread.hpp"

#include "playback/queue_source.hpp"

#include <pthread.h>

namespace accord::playback {

JudgementThread::JudgementThread(QueueSource& source) : m_source(source), m_thread([this] { run(); }) {}

JudgementThread::~JudgementThread()
{
    m_source.stopJudging();
    m_thread.join();
}

void JudgementThread::run()
{
    pthread_setname_np(pthread_self(), "accord-judge");
    do {
        m_source.expireDue();
        while (m_source.judgeOne()) {
        }
    } while (m_source.waitForJudgeWork());
}

} // namespace accord::playback
