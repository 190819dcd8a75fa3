// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "presentation/verdict.hpp"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace accord::ui {

/// One recording of a subscriber's playlist, judged on the sync worker the way the library rows are
/// (judgement::Judge: the downloaded file when there is one, else the catalogue recording; the lease's
/// offline rules apply to both). [any thread] Plain value type.
struct SubscriberTrack {
    QString recording; ///< catalogue id
    QString title;     ///< the catalogue's title, else the catalogue id
    QString artist;
    bool downloadable = false; ///< the lease licenses it for download
    bool downloaded = false;   ///< its checked .acx is in sync/content
    QString path;              ///< the downloaded file (empty when not downloaded)
    Verdict verdict = Verdict::Unknown;
    QString reasonCode; ///< the main limiting reason's code ("offline_lease_expired", ...), "" when none
    QString reason;     ///< its localised text (mainReason())
};

struct SubscriberPlaylist {
    QString id;
    QString title;
    qint64 version = 0;
    QList<SubscriberTrack> tracks; ///< in the lease's order
    int downloaded() const;
};

/// What the window shows of the subscription: the last verified lease and its playlists, when it was last
/// online, how long offline play lasts. [any thread] Plain value type.
struct SubscriberSnapshot {
    bool configured = false; ///< `sync init` was done (sync.db and the device key exist)
    QString deviceId;
    QString publicKey; ///< base64 X25519, to register with the service
    QString url;
    bool hasLease = false;
    bool revoked = false;
    QDateTime lastOnline;   ///< the last successful sync (invalid: never)
    QDateTime offlineUntil; ///< invalid without a lease
    QDateTime now;          ///< the clock the snapshot was judged at (the listener's, QA --at included)
    QList<SubscriberPlaylist> playlists;

    /// Whole days of offline play left at `now` (rounded down; 0 when past, revoked or no lease).
    int offlineDaysLeft() const;
};

} // namespace accord::ui

Q_DECLARE_METATYPE(accord::ui::SubscriberSnapshot)
