// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "presentation/verdict.hpp"

#include <QIcon>

namespace accord::ui {

/// Icons from the desktop theme, with the SVGs shipped in resources/icons as the fallback.
/// [GUI thread] (QIcon creation is cached.)
class Icons {
public:
    enum Id {
        App,
        Play,
        Pause,
        Stop,
        Next,
        Previous,
        Shuffle,
        Repeat,
        RepeatOne,
        Volume,
        VolumeMuted,
        Settings,
        Folder,
        Search,
        Info,
        Count
    };
    static QIcon get(Id id);
    static QIcon verdict(Verdict verdict);
};

} // namespace accord::ui
