// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "demo/demo_set.hpp"

namespace accord::demo {

namespace {

using audio::Container;

constexpr audio::PcmFileSpec kCd{Container::Flac, 44100, 2, 16};
constexpr audio::PcmFileSpec kMp3{Container::Mp3, 44100, 2, 16};
constexpr audio::PcmFileSpec kHiRes{Container::Flac, 96000, 2, 24};

constexpr DemoTrack kTracks[] = {
    {"01 - Open Skies.flac", kCd, 9.0, "Open Skies", "Accord Ensemble", "Accord Demo", "Ambient", 1,
     "QZDA82600001", "playable (worldwide licence)"},
    {"02 - Last Summer.flac", kCd, 7.0, "Last Summer", "Accord Ensemble", "Accord Demo", "Ambient", 2,
     "QZDA82600002", "blocked (licence ended)"},
    {"03 - Far Province.mp3", kMp3, 8.0, "Far Province", "Lin Yue", "Accord Demo", "Folk", 3, "QZDA82600003",
     "blocked (licensed in JP only)"},
    {"04 - Studio Master.flac", kHiRes, 8.0, "Studio Master", "The Demo Quartet", "Accord Demo", "Classical",
     4, "QZDA82600004", "capped to 16/48 below SVIP (hi-res for SVIP)"},
    {"05 - Notice Given.mp3", kMp3, 7.0, "Notice Given", "Lin Yue", "Accord Demo", "Folk", 5, "QZDA82600005",
     "playable while a takedown's transition runs"},
    {"06 - Sample Only.flac", kCd, 40.0, "Sample Only", "The Demo Quartet", "Accord Demo", "Classical", 6,
     "QZDA82600006", "preview 0:30"},
    {"07 - Harbour Lights.flac", kCd, 8.0, "Harbour Lights", "Accord Ensemble", "Harbour (bought)", "Jazz", 1,
     "QZDA82600007", "playable (album bought)"},
    {"08 - Night Ferry.mp3", kMp3, 8.0, "Night Ferry", "Accord Ensemble", "Harbour (bought)", "Jazz", 2,
     "QZDA82600008", "playable (album bought)"},
    {"09 - Home Recording.flac", kCd, 6.0, "Home Recording", "Me", "Personal Files", "Demo", 1, "",
     "unidentified personal file"},
};

} // namespace

std::span<const DemoTrack> demoSet()
{
    return kTracks;
}

} // namespace accord::demo
