// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "diagnostics/process_stats.hpp"

#include <QFile>

#include <cstdint>
#include <vector>

#include <unistd.h>

namespace accord::ui {

/// Milliseconds since this process started (from /proc), so launch time includes exec and linking.
qint64 processUptimeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.size() > 19 ? fields[19].toDouble() : 0; // field 22: starttime
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return static_cast<qint64>((now - startTicks / static_cast<double>(sysconf(_SC_CLK_TCK))) * 1000.0);
}

qint64 residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    return -1;
}

} // namespace accord::ui
