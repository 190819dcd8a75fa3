// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QObject>
#include <QStringList>

#include <filesystem>

class QLocalServer;

namespace accord::ui {

/// One Accord per user session and data folder: the first instance listens on a local socket; a second
/// launch for the same data folder hands its file arguments to the first (which enqueues them and raises its
/// window) and exits. A launch with another data folder (--data-dir) has another key and runs on its own.
/// [GUI thread]
class SingleInstance : public QObject {
    Q_OBJECT
public:
    /// `key` names the socket (default: "accord-" + user name); tests pass their own.
    explicit SingleInstance(QString key = {}, QObject* parent = nullptr);
    /// The key of the instance that owns `dataDir`: "accord-" + user name for the default data folder,
    /// with "-" + dataDirKey(dataDir) appended for any other. [any thread]
    static QString keyFor(const std::filesystem::path& dataDir);
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
