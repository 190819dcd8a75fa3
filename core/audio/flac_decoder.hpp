// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/decoder.hpp"

#include <memory>
#include <optional>
#include <vector>

namespace accord::acx {
class AcxReader;
}

namespace accord::audio {

/// Native FLAC (a "fLaC" stream, optionally after an ID3v2 tag) of 16 or 24 bits, decoded with libFLAC
/// directly: each frame is interleaved straight into the caller's buffer (the frame ring, on the
/// bit-perfect path) in the width SndfileDecoder gives the same file (16-bit as int16, 24-bit as int32
/// MSB-aligned), so the samples are identical; only what does not fit the caller's request waits in a
/// buffer sized once at open. No per-read allocation, no seek before each read, MD5 checking off.
/// A stream that ends before its STREAMINFO length is an Error (Format, "truncated"), as SndfileDecoder
/// reports it; a frame libFLAC cannot decode is an Error (Format) naming the file.
/// [one thread at a time] Not thread-safe; the decode thread owns it once playback starts.
class FlacDecoder final : public Decoder {
public:
    /// The file's bit depth from its STREAMINFO (after an ID3v2 tag, if any), or 0 when it does not start
    /// as a native FLAC stream. Reads 52 bytes at most. [any thread]
    static unsigned streamBits(const std::filesystem::path& path);
    /// Opens a native FLAC file of 16 or 24 bits; Unsupported for any other depth or a stream libFLAC
    /// refuses at open (openDecoder then asks libsndfile, whose reason is reported).
    static base::Result<std::unique_ptr<Decoder>> open(const std::filesystem::path& path);
    /// streamBits() of an encrypted file's plaintext (.acx): 0 when it is not native FLAC; the reader's
    /// Error when a chunk it reads fails (authentication, I/O). [the reader's thread]
    static base::Result<unsigned> streamBits(acx::AcxReader& reader);
    /// Opens the native FLAC of 16 or 24 bits inside an encrypted file (.acx), reading it through
    /// `reader` (each chunk decrypted and authenticated as libFLAC asks for it), so an .acx FLAC costs
    /// what the plain file costs plus the decryption. Unsupported as open() (the caller then tries
    /// libsndfile with a fresh reader); a chunk that fails authentication is that Error (Format), at open
    /// or from read() and seek(), naming the file.
    static base::Result<std::unique_ptr<Decoder>> openEncrypted(std::unique_ptr<acx::AcxReader> reader);
    ~FlacDecoder() override;
    FlacDecoder(const FlacDecoder&) = delete;
    FlacDecoder& operator=(const FlacDecoder&) = delete;

    const AudioFormat& format() const override { return m_format; }
    std::uint64_t frames() const override { return m_frames; }
    base::Result<std::size_t> read(void* dst, std::size_t frames) override;
    base::Status seek(std::uint64_t frame) override;
    std::string codec() const override { return "flac"; }
    bool encrypted() const override { return m_acx != nullptr; }
    const std::filesystem::path& path() const override { return m_path; }

private:
    struct Callbacks;
    struct StreamCallbacks;
    explicit FlacDecoder(std::filesystem::path path);
    /// Sets the options and reads the metadata, once libFLAC's init_* has succeeded.
    static base::Result<std::unique_ptr<Decoder>> finishOpen(std::unique_ptr<FlacDecoder> dec);
    /// Interleaves `count` frames from `planes`, starting at frame `from`, to `dst` in the output width.
    void interleave(const std::int32_t* const planes[], std::size_t from, std::size_t count,
                    std::byte* dst) const noexcept;
    base::Error failure(const std::string& what) const;

    std::filesystem::path m_path;
    void* m_decoder = nullptr; ///< FLAC__StreamDecoder*
    AudioFormat m_format;
    std::uint64_t m_frames = 0;
    std::uint64_t m_position = 0; ///< frames handed out so far (or the seek target)
    unsigned m_shift = 0;         ///< left shift to the output width's MSB
    // Where the write callback puts a decoded frame: first the caller's buffer, the rest in m_pending.
    std::byte* m_target = nullptr;
    std::size_t m_targetFrames = 0;
    std::size_t m_written = 0;
    std::vector<std::byte> m_pending; ///< interleaved frames decoded but not yet handed out
    std::size_t m_pendingFrom = 0;    ///< first unread frame in m_pending
    std::size_t m_pendingFrames = 0;  ///< frames held in m_pending
    std::optional<int> m_error;       ///< FLAC__StreamDecoderErrorStatus seen since the last read
    bool m_metadataOk = false;
    // Encrypted files only: the plaintext's reader, libFLAC's position in it, and the first read failure
    // (authentication, I/O), which is the error reported rather than libFLAC's "aborted".
    std::unique_ptr<acx::AcxReader> m_acx;
    std::uint64_t m_acxPosition = 0;
    std::optional<base::Error> m_sourceError;
};

} // namespace accord::audio
