// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

// The one place where core strings and paths (UTF-8 std::string, POSIX byte paths) become Qt strings
// and back. Paths go through QFile::encodeName/decodeName so non-UTF-8 file names survive the trip.

#include <QFile>
#include <QString>

#include <filesystem>
#include <string>
#include <string_view>

namespace accord::ui {

inline QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

inline QString toQString(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

inline QString toQString(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

inline std::string toUtf8(const QString& text)
{
    return text.toStdString();
}

inline QString fromPath(const std::filesystem::path& path)
{
    const std::string& bytes = path.native();
    return QFile::decodeName(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())));
}

inline std::filesystem::path toPath(const QString& path)
{
    const QByteArray bytes = QFile::encodeName(path);
    return std::filesystem::path(std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

} // namespace accord::ui
