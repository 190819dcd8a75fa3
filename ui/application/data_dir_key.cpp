// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "application/data_dir_key.hpp"

#include "base/paths.hpp"

#include <QCryptographicHash>

namespace accord::ui {

namespace {

std::filesystem::path normalised(const std::filesystem::path& p)
{
    // Lexical only: the folder may not exist yet, and a symlinked folder is the listener's own choice.
    std::error_code ec;
    std::filesystem::path abs = std::filesystem::absolute(p, ec);
    if (ec)
        abs = p;
    abs = abs.lexically_normal();
    if (abs.has_relative_path() && !abs.has_filename())
        abs = abs.parent_path(); // "a/b/" -> "a/b"
    return abs;
}

} // namespace

QString dataDirKey(const std::filesystem::path& dataDir)
{
    const std::filesystem::path dir = normalised(dataDir);
    if (dir == normalised(base::defaultDataDir()))
        return {};
    const std::string bytes = dir.string();
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(12));
}

} // namespace accord::ui
