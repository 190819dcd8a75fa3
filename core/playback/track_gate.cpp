// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playback/track_gate.hpp"

#include "playback/player.hpp"

namespace accord::playback {

GateVerdict TrackGate::checkEntry(const QueueItem& item)
{
    return check(item.path);
}

} // namespace accord::playback
