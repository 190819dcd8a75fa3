// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "diagnostics/process_stats.hpp"

#include "audio/pcm_writer.hpp"
#include "bridge/qt_convert.hpp"

#include <QFile>

#include <cmath>
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

QString writeTestTone(const std::filesystem::path& file)
{
    constexpr std::uint32_t kRate = 48000;
    std::vector<std::int32_t> samples(static_cast<std::size_t>(kRate) * 2 * 2);
    for (std::size_t i = 0; i < samples.size() / 2; ++i) {
        const double v = 0.2 * std::sin(2.0 * 3.14159265358979 * 440.0 * static_cast<double>(i) / kRate);
        const auto s16 = static_cast<std::int32_t>(v * 32767.0);
        samples[2 * i] = samples[2 * i + 1] = s16 * 65536; // MSB-aligned int32, 16 significant bits
    }
    std::filesystem::create_directories(file.parent_path());
    const auto status = audio::writePcmFile(file, {audio::Container::Wav, kRate, 2, 16}, samples);
    return status.ok() ? QString() : toQString(status.error().describe());
}

} // namespace accord::ui
