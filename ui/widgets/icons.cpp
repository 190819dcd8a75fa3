// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "widgets/icons.hpp"

#include <array>

namespace accord::ui {

namespace {

struct Spec {
    const char* theme;
    const char* file;
};

constexpr std::array<Spec, Icons::Count> kSpecs{{
    {"accord", "accord"},
    {"media-playback-start", "play"},
    {"media-playback-pause", "pause"},
    {"media-playback-stop", "stop"},
    {"media-skip-forward", "next"},
    {"media-skip-backward", "previous"},
    {"media-playlist-shuffle", "shuffle"},
    {"media-playlist-repeat", "repeat"},
    {"media-playlist-repeat-song", "repeat-one"},
    {"audio-volume-high", "volume"},
    {"audio-volume-muted", "volume-muted"},
    {"preferences-system", "settings"},
    {"folder", "folder"},
    {"edit-find", "search"},
    {"dialog-information", "info"},
}};

QIcon resourceIcon(const char* file)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(file)));
}

} // namespace

QIcon Icons::get(Id id)
{
    static std::array<QIcon, Count> cache;
    QIcon& icon = cache[static_cast<std::size_t>(id)];
    if (icon.isNull()) {
        const Spec& spec = kSpecs[static_cast<std::size_t>(id)];
        icon = QIcon::fromTheme(QLatin1String(spec.theme), resourceIcon(spec.file));
    }
    return icon;
}

QIcon Icons::verdict(Verdict verdict)
{
    // Verdict icons carry meaning in their colour, so they never come from the theme.
    static std::array<QIcon, 6> cache;
    QIcon& icon = cache[static_cast<std::size_t>(verdict)];
    if (icon.isNull())
        icon = resourceIcon(verdict == Verdict::Unknown
                                ? "verdict-unknown"
                                : (std::string("verdict-") + verdictKey(verdict)).c_str());
    return icon;
}

} // namespace accord::ui
