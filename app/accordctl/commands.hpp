// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "args.hpp"

namespace accord::cli {

/// One accordctl subcommand: its name (possibly two words, e.g. "catalogue import"),
/// a one-line usage and summary, and its entry point.
struct Command {
    const char* name;
    const char* usage;
    const char* summary;
    int (*run)(Context&);
};

// Every subcommand, one per file. Names, flags, exit codes and JSON fields are a public interface.
int runPlay(Context& ctx);
int runDevices(Context& ctx);
int runDecode(Context& ctx);
int runDemo(Context& ctx);
int runCatalogueImport(Context& ctx);
int runCatalogueStats(Context& ctx);
int runCatalogueSynth(Context& ctx);
int runCatalogueIndex(Context& ctx);
int runDecide(Context& ctx);
int runScan(Context& ctx);
int runIdentify(Context& ctx);
int runAvailability(Context& ctx);
int runScenarioRun(Context& ctx);

inline constexpr Command kCommands[] = {
    {"play",
     "play [--device NAME|CLASS] [--output NAME] [--volume PCT] [--fixed-rate HZ] [--start SECONDS] "
     "[--replaygain off|track|album [--allow-clipping]] [--territory CC --tier free|vip|svip [--device-class "
     "CLASS] [--at ISO-8601]] [--json] [--quiet] "
     "FILE...",
     "play files as a gapless queue through the audio engine", runPlay},
    {"devices", "devices [--json]", "list audio output devices", runDevices},
    {"decode", "decode (--raw | --info) FILE", "write decoded PCM to stdout, or print the format as JSON",
     runDecode},
    {"demo", "demo [--out DIR] [--catalogue]",
     "write the demo tracks and demo catalogue (--catalogue: import it) and print the track paths", runDemo},
    {"catalogue import", "catalogue import [--json] FILE...",
     "import DDEX ERN 3.8.2/4.x or Accord JSON catalogue files, all or nothing", runCatalogueImport},
    {"catalogue stats", "catalogue stats [--json]", "count what the licence catalogue holds",
     runCatalogueStats},
    {"catalogue synth", "catalogue synth --recordings N [--seed S] [--json]",
     "write a synthetic catalogue of realistic shape (for benchmarks)", runCatalogueSynth},
    {"catalogue index", "catalogue index [--if-needed] [--json]",
     "rebuild the decision index the licence gate searches in memory (imports keep it current)",
     runCatalogueIndex},
    {"decide",
     "decide (--isrc X | --file PATH) --territory CC --tier free|vip|svip [--device desktop|car|tv] "
     "[--at ISO-8601] [--json]",
     "explain whether a recording may play here and now", runDecide},
    {"scan", "scan DIR... [--json] [--threads N]",
     "scan music folders into the library: files seen, added, updated, removed, unreadable with reasons",
     runScan},
    {"identify", "identify FILE [--json]",
     "tie a file to a catalogue recording (ISRC, catalogue id, fingerprint, title/artist) with a confidence",
     runIdentify},
    {"availability",
     "availability --territory CC --tier free|vip|svip [--device desktop|car|tv] [--at ISO-8601] "
     "[--format csv|json]",
     "every library track with its licence decision and reasons", runAvailability},
    {"scenario run",
     "scenario run FILE... [--junit PATH] [--report PATH.html] [--json] [--shard K/N] [--no-timing]",
     "run QA scenario files (catalogue, library, expected decisions, timelines, plays) in temporary data "
     "dirs; JUnit XML and an HTML report",
     runScenarioRun},
};

} // namespace accord::cli
