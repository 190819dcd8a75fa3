// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl decode (--raw | --info) [--content-key-file KEY] FILE: what the engine receives from the
// decoder, exactly (an encrypted .acx decrypted on the fly with KEY).
#include "commands.hpp"
#include "content_key_args.hpp"

#include "audio/decoder.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <vector>

namespace accord::cli {

int runDecode(Context& ctx)
{
    const bool raw = ctx.args.flag("--raw");
    const bool info = ctx.args.flag("--info");
    const auto keys = contentKeysFor(ctx.args, ctx.dataDir);
    const auto files = ctx.args.positionals();
    if (raw == info)
        throw UsageError("give exactly one of --raw and --info");
    if (files.size() != 1)
        throw UsageError("give exactly one FILE");
    auto decoder = audio::openDecoder(files.front(), keys.get());
    if (!decoder.ok()) {
        std::fprintf(stderr, "accordctl decode: %s\n", decoder.error().describe().c_str());
        return kExitFailure;
    }
    audio::Decoder& dec = **decoder;
    const audio::AudioFormat& fmt = dec.format();
    if (info) {
        nlohmann::json out{{"path", files.front()},
                           {"sample_rate", fmt.sampleRate},
                           {"channels", fmt.channels},
                           {"sample_format", audio::toString(fmt.sampleFormat)},
                           {"bits_per_sample", fmt.bitsPerSample},
                           {"frames", dec.frames()},
                           {"codec", dec.codec()},
                           {"encrypted", dec.encrypted()}};
        std::printf("%s\n", out.dump(2).c_str());
        return kExitOk;
    }
    // Interleaved little-endian PCM in the native width (x86-64 and arm64 are little-endian).
    constexpr std::size_t kChunk = 8192;
    std::vector<std::byte> buffer(kChunk * fmt.bytesPerFrame());
    for (;;) {
        auto got = dec.read(buffer.data(), kChunk);
        if (!got.ok()) {
            std::fflush(stdout);
            std::fprintf(stderr, "accordctl decode: %s\n", got.error().describe().c_str());
            return kExitFailure;
        }
        if (*got == 0)
            break;
        if (std::fwrite(buffer.data(), fmt.bytesPerFrame(), *got, stdout) != *got) {
            std::fprintf(stderr, "accordctl decode: cannot write to standard output\n");
            return kExitFailure;
        }
    }
    return std::fflush(stdout) == 0 ? kExitOk : kExitFailure;
}

} // namespace accord::cli
