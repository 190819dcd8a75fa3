// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "replaygain/tag_writer.hpp"

#include "base/paths.hpp"
#include "replaygain/gain_values.hpp"

#include <taglib/aifffile.h>
#include <taglib/fileref.h>
#include <taglib/flacfile.h>
#include <taglib/id3v2tag.h>
#include <taglib/mp4file.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/textidentificationframe.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>
#include <taglib/xiphcomment.h>

#include <cctype>
#include <string>
#include <utility>
#include <vector>

namespace accord::replaygain {

namespace {

using base::Error;
using base::ErrorCode;
using Fields = std::vector<std::pair<std::string, std::string>>;

Fields replayGainFields(const FileGain& g)
{
    Fields f{{"REPLAYGAIN_TRACK_GAIN", formatGain(*g.trackGain)},
             {"REPLAYGAIN_TRACK_PEAK", formatPeak(g.trackPeak)}};
    if (g.albumGain && g.albumPeak) {
        f.emplace_back("REPLAYGAIN_ALBUM_GAIN", formatGain(*g.albumGain));
        f.emplace_back("REPLAYGAIN_ALBUM_PEAK", formatPeak(*g.albumPeak));
    }
    return f;
}

TagLib::String utf8(const std::string& s)
{
    return TagLib::String(s, TagLib::String::UTF8);
}

void setXiph(TagLib::Ogg::XiphComment& xiph, const Fields& fields)
{
    for (const auto& [key, value] : fields)
        xiph.addField(utf8(key), utf8(value), true);
}

std::string lower(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

void setId3v2(TagLib::ID3v2::Tag& tag, const Fields& fields)
{
    for (const auto& [key, value] : fields) {
        // Some taggers (loudgain -L, foobar2000 options) write the descriptions in lower case: update that
        // frame rather than adding a second one beside it.
        auto* frame = TagLib::ID3v2::UserTextIdentificationFrame::find(&tag, utf8(key));
        if (!frame)
            frame = TagLib::ID3v2::UserTextIdentificationFrame::find(&tag, utf8(lower(key)));
        if (frame) {
            frame->setText(utf8(value));
            continue;
        }
        auto* added = new TagLib::ID3v2::UserTextIdentificationFrame(TagLib::String::UTF8);
        added->setDescription(utf8(key));
        added->setText(utf8(value));
        tag.addFrame(added); // the tag owns it
    }
}

TagLib::ID3v2::Version versionOf(const TagLib::ID3v2::Tag* tag)
{
    // Keep an ID3v2.3 tag at 2.3: a player that reads only 2.3 must still read the other frames.
    return tag && tag->header()->majorVersion() == 3 ? TagLib::ID3v2::v3 : TagLib::ID3v2::v4;
}

} // namespace

base::Status writeReplayGainTags(const FileGain& gain)
{
    const std::string where = base::displayPath(gain.path);
    if (!gain.trackGain)
        return {}; // silence: no gain to write
    TagLib::FileRef ref(gain.path.c_str(), false);
    if (ref.isNull() || !ref.file() || !ref.file()->isValid())
        return Error(ErrorCode::Format, "TagLib cannot open the file for writing tags").inFile(where);
    TagLib::File* file = ref.file();
    const Fields fields = replayGainFields(gain);
    bool saved = false;
    if (auto* opus = dynamic_cast<TagLib::Ogg::Opus::File*>(file)) {
        Fields r128{{"R128_TRACK_GAIN", std::to_string(opusR128Gain(*gain.trackGain))}};
        if (gain.albumGain)
            r128.emplace_back("R128_ALBUM_GAIN", std::to_string(opusR128Gain(*gain.albumGain)));
        setXiph(*opus->tag(), r128);
        saved = opus->save();
    } else if (auto* flac = dynamic_cast<TagLib::FLAC::File*>(file)) {
        setXiph(*flac->xiphComment(true), fields);
        saved = flac->save();
    } else if (auto* vorbis = dynamic_cast<TagLib::Ogg::Vorbis::File*>(file)) {
        setXiph(*vorbis->tag(), fields);
        saved = vorbis->save();
    } else if (auto* mp3 = dynamic_cast<TagLib::MPEG::File*>(file)) {
        const auto version = versionOf(mp3->hasID3v2Tag() ? mp3->ID3v2Tag() : nullptr);
        setId3v2(*mp3->ID3v2Tag(true), fields);
        saved = mp3->save(TagLib::MPEG::File::ID3v2, TagLib::File::StripNone, version,
                          TagLib::File::DoNotDuplicate);
    } else if (auto* wav = dynamic_cast<TagLib::RIFF::WAV::File*>(file)) {
        const auto version = versionOf(wav->hasID3v2Tag() ? wav->ID3v2Tag() : nullptr);
        setId3v2(*wav->ID3v2Tag(), fields);
        saved = wav->save(TagLib::RIFF::WAV::File::ID3v2, TagLib::File::StripNone, version);
    } else if (auto* aiff = dynamic_cast<TagLib::RIFF::AIFF::File*>(file)) {
        const auto version = versionOf(aiff->hasID3v2Tag() ? aiff->tag() : nullptr);
        setId3v2(*aiff->tag(), fields);
        saved = aiff->save(version);
    } else if (auto* mp4 = dynamic_cast<TagLib::MP4::File*>(file)) {
        for (const auto& [key, value] : fields) {
            // Lower case as iTunes-era taggers (foobar2000, mp4tags) write it, unless the file already has
            // the item in upper case (loudgain's default): then that one is updated.
            const std::string upper = "----:com.apple.iTunes:" + key;
            const std::string name =
                mp4->tag()->contains(utf8(upper)) ? upper : "----:com.apple.iTunes:" + lower(key);
            mp4->tag()->setItem(utf8(name), TagLib::StringList(utf8(value)));
        }
        saved = mp4->save();
    } else {
        return Error(ErrorCode::Unsupported, "writing ReplayGain tags to this format is not supported")
            .inFile(where);
    }
    if (!saved)
        return Error(ErrorCode::Io, "TagLib could not save the tags").inFile(where);
    return {};
}

} // namespace accord::replaygain
