// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace accord::ui {

/// One Accord per user session: the first instance listens on a local socket; a second launch hands its
/// file arguments to the first (which enqueues them and raises its window) and exits. [GUI thread]
class SingleInstance : public QObject {
    Q_OBJECT
public:
    /// `key` names the socket (default: "accord-" + user name); tests pass their own.
    explicit SingleInstance(QString key = {}, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// True when another instance took `files` (absolute paths): the caller should exit.
    /// Blocks for at most ~1 s (only at start-up, before the window exists).
    bool forwardToRunning(const QStringList& files);
    /// Starts listening. Returns false if the socket cannot be created.
    bool listen();
    QString socketName() const { return m_key; }

Q_SIGNALS:
    /// Another launch happened; `files` may be empty (then just raise the window).
    void filesReceived(const QStringList& files);

private:
    QString m_key;
    QLocalServer* m_server = nullptr;
};

} // namespace accord::ui
