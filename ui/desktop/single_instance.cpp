// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "desktop/single_instance.hpp"

#include "application/data_dir_key.hpp"

#include <QLocalServer>
#include <QLocalSocket>

#include <memory>

#include <unistd.h>

namespace accord::ui {

namespace {

QString defaultKey()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QString::number(getuid());
    return QStringLiteral("accord-") + user;
}

} // namespace

SingleInstance::SingleInstance(QString key, QObject* parent)
    : QObject(parent), m_key(key.isEmpty() ? defaultKey() : std::move(key))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::keyFor(const std::filesystem::path& dataDir)
{
    const QString dir = dataDirKey(dataDir);
    return dir.isEmpty() ? defaultKey() : defaultKey() + QLatin1Char('-') + dir;
}

bool SingleInstance::forwardToRunning(const QStringList& files)
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(500))
        return false;
    socket.write(files.join(QLatin1Char('\n')).toUtf8());
    socket.write("\n\n"); // an empty line ends the message
    socket.waitForBytesWritten(1000);
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(500);
    return true;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_key)) {
        // A stale socket from a crashed instance: nobody answered forwardToRunning(), so remove it.
        QLocalServer::removeServer(m_key);
        if (!m_server->listen(m_key))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                if (!buffer->endsWith("\n\n"))
                    return;
                QStringList files;
                for (const QByteArray& line : buffer->split('\n'))
                    if (!line.isEmpty())
                        files << QString::fromUtf8(line);
                buffer->clear();
                Q_EMIT filesReceived(files);
            });
        }
    });
    return true;
}

} // namespace accord::ui
