// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/subscriber_snapshot.hpp"

#include <algorithm>

namespace accord::ui {

int SubscriberPlaylist::downloaded() const
{
    return static_cast<int>(
        std::count_if(tracks.begin(), tracks.end(), [](const SubscriberTrack& t) { return t.downloaded; }));
}

int SubscriberSnapshot::offlineDaysLeft() const
{
    if (!hasLease || revoked || !offlineUntil.isValid() || !now.isValid())
        return 0;
    const qint64 secs = now.secsTo(offlineUntil);
    // "23 days left" means at least 23 whole days: a part day is not promised.
    return secs <= 0 ? 0 : static_cast<int>(secs / 86400);
}

} // namespace accord::ui
