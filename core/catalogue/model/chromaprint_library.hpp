// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <chromaprint.h>

namespace accord::catalogue {

// The Chromaprint functions Accord calls. Each becomes a member of ChromaprintLibrary of the type the
// header declares (decltype), so a call through the table is checked like a direct call.
#define ACCORD_CHROMAPRINT_FUNCTIONS(X)                                                                      \
    X(chromaprint_new)                                                                                       \
    X(chromaprint_free)                                                                                      \
    X(chromaprint_start)                                                                                     \
    X(chromaprint_feed)                                                                                      \
    X(chromaprint_finish)                                                                                    \
    X(chromaprint_get_fingerprint)                                                                           \
    X(chromaprint_get_raw_fingerprint)                                                                       \
    X(chromaprint_encode_fingerprint)                                                                        \
    X(chromaprint_dealloc)

/// libchromaprint, loaded the first time a fingerprint is computed, encoded or decoded. Linked, it made
/// every process load FFmpeg's libavcodec (Chromaprint's FFT) and the ~100 libraries behind it at start-up.
/// Compiled against chromaprint.h; the library opened is the one of the header's major version
/// (libchromaprint.so.1).
/// Members are Chromaprint's functions of the same name (`cp->chromaprint_feed(...)`).
/// [any thread] load() may be called from several threads at once; the table is immutable once loaded.
struct ChromaprintLibrary {
#define ACCORD_CHROMAPRINT_SLOT(fn) decltype(&::fn) fn = nullptr;
    ACCORD_CHROMAPRINT_FUNCTIONS(ACCORD_CHROMAPRINT_SLOT)
#undef ACCORD_CHROMAPRINT_SLOT

    /// The table, loading the library on the first call; later calls return the first call's outcome.
    /// Errors: NotFound naming the missing library, or the function an older library lacks.
    static const base::Result<const ChromaprintLibrary*>& load();
};

} // namespace accord::catalogue
