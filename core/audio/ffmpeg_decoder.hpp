// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/decoder.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

struct AVFormatContext;
struct AVIOContext;
struct AVCodecContext;
struct AVPacket;
struct AVFrame;

namespace accord::acx {
class AcxReader;
}

namespace accord::audio {

struct FfmpegLibrary;

/// FFmpeg (libavformat + libavcodec) decoder for the music formats libsndfile does not read: AAC
/// (M4A/M4B/ADTS), ALAC, APE, WavPack, TTA, FLAC of 12 or 20 bits, and the rest libavcodec decodes.
///
/// Width: integer codecs stay integer: samples FFmpeg gives as s16 travel as S16, s32 as S32 (MSB-aligned,
/// as FFmpeg's lossless decoders give them); `format().bitsPerSample` is the stream's true depth
/// (bits_per_raw_sample: 12, 16, 20, 24, 32), so 16-bit ALAC is S16/16 and 24-bit ALAC is S32/24.
/// Float and lossy codecs (AAC, WMA, ...) as F32, like SndfileDecoder's MP3/Vorbis path.
///
/// Gapless: libavcodec applies the skip-samples side data the demuxer attaches (the MP4 edit list's start
/// or iTunSMPB's priming), so the encoder delay is trimmed exactly as the `ffmpeg` tool trims it; the
/// padding at the end is cut at the edit list's duration (frames()), which FFmpeg 5.1 itself does not do.
/// An edit list in a 1/1000 s movie timescale (the `ffmpeg` muxer's default) can only state the length to
/// the millisecond; iTunSMPB's padding field is not read.
/// Seeking is exact: it seeks the demuxer to before the target (with pre-roll for lossy codecs), then
/// decodes and discards up to the frame asked for; positions come from the frames' timestamps.
/// FFmpeg's libraries are loaded by the first open() (FfmpegLibrary), not at process start.
/// [one thread at a time] like every Decoder.
class FfmpegDecoder final : public Decoder {
public:
    /// Errors: NotFound (no file; FFmpeg's libraries not installed, naming the missing one), Unsupported (a
    /// container that is not a music file's, e.g. MPEG-TS or a raw stream; no audio stream; no decoder for
    /// it), Format (corrupt).
    static base::Result<std::unique_ptr<Decoder>> open(const std::filesystem::path& path);
    /// The same over an encrypted file's plaintext: libavformat reads it through a custom AVIOContext whose
    /// read and seek go to `reader` (decrypting chunk by chunk), so nothing decrypted is written anywhere.
    /// Errors as open(); a chunk that fails authentication is a Format error naming the file.
    static base::Result<std::unique_ptr<Decoder>> openEncrypted(std::unique_ptr<acx::AcxReader> reader);
    ~FfmpegDecoder() override;
    FfmpegDecoder(const FfmpegDecoder&) = delete;
    FfmpegDecoder& operator=(const FfmpegDecoder&) = delete;

    const AudioFormat& format() const override { return m_format; }
    std::uint64_t frames() const override { return m_frames; }
    base::Result<std::size_t> read(void* dst, std::size_t frames) override;
    base::Status seek(std::uint64_t frame) override;
    std::string codec() const override { return m_codec; }
    bool encrypted() const override { return m_plain != nullptr; }
    const std::filesystem::path& path() const override { return m_path; }

private:
    FfmpegDecoder(const FfmpegLibrary& av, std::filesystem::path path);
    base::Status init();
    /// Decodes the next frame into m_pending (interleaved, output width). False at end of stream.
    base::Result<bool> decodeNext();
    /// Appends the frame in m_frame to m_pending, converted to the output width.
    void takeFrame();
    std::int64_t frameStart() const;
    base::Error error(const std::string& what, int averror = 0) const;
    static int readPlain(void* opaque, std::uint8_t* buf, int size);
    static std::int64_t seekPlain(void* opaque, std::int64_t offset, int whence);

    const FfmpegLibrary& m_av; ///< FFmpeg's functions (loaded before any decoder exists)
    std::filesystem::path m_path;
    std::unique_ptr<acx::AcxReader> m_plain; ///< an .acx file's plaintext, or null for a plain file
    AVIOContext* m_io = nullptr;             ///< libavformat's reads of m_plain (custom I/O)
    std::uint64_t m_plainPos = 0;            ///< the plaintext offset the next readPlain() reads
    std::optional<base::Error> m_plainError; ///< why m_plain refused a read (a damaged chunk)
    AVFormatContext* m_fmt = nullptr;
    AVCodecContext* m_ctx = nullptr;
    AVPacket* m_packet = nullptr;
    AVFrame* m_frame = nullptr;
    int m_stream = -1;
    AudioFormat m_format;
    std::uint64_t m_frames = 0;
    std::string m_codec;
    bool m_lossy = false;
    bool m_stopAtLength = false;         ///< the container's length is exact and excludes end padding (MP4)
    bool m_eof = false;                  ///< the demuxer has no more packets (the decoder was flushed)
    bool m_drained = false;              ///< the decoder has given its last frame
    std::int64_t m_firstPts = INT64_MIN; ///< timestamp of frame 0 (stream time base), once known
    std::vector<std::uint8_t> m_pending; ///< decoded frames not yet read (output width, interleaved)
    std::size_t m_pendingOffset = 0;     ///< bytes of m_pending already read
    std::uint64_t m_position = 0;        ///< frame index of the next frame read() returns
};

} // namespace accord::audio
