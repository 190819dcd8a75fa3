// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "acx/header.hpp"
#include "acx/secret_bytes.hpp"
#include "base/result.hpp"

#include <filesystem>

namespace accord::acx {

/// Where the decoder gets the content key of an `.acx` file it is asked to open (audio::openDecoder).
/// The sync client implements it over its leases (the key sealed to this device, opened with the device
/// key); tests and `accordctl --content-key-file` use KeyStore.
/// [any thread] Implementations must be thread-safe: the player's decode thread, the control thread and
/// tools call it, possibly at once. It runs on the decode thread when a queued track is opened ahead of its
/// turn, so it must not wait on a database or a sync: look keys up in memory loaded beforehand (as
/// sync::LeaseKeyProvider does, reloading only in its refresh()); never in the audio callback.
class KeyProvider {
public:
    virtual ~KeyProvider() = default;
    /// The content key for `file`, whose header carries `header.fileId`. Error kind NotFound when there is
    /// none (no licence, a revoked lease): the decoder reports it naming the file. Any other error is
    /// passed on as it is (e.g. Refused "offline lease expired").
    virtual base::Result<ContentKey> contentKeyFor(const std::filesystem::path& file,
                                                   const Header& header) const = 0;
};

} // namespace accord::acx
