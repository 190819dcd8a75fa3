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
/// availability --catalogue (dispatched by runAvailability).
int runAvailabilityCatalogue(Context& ctx);
int runScenarioRun(Context& ctx);
int runPublishKeygen(Context& ctx);
int runPublishInit(Context& ctx);
int runPublishRoot(Context& ctx);
int runPublishCatalogue(Context& ctx);
int runPublishDevice(Context& ctx);
int runPublishPlaylist(Context& ctx);
int runPublishLease(Context& ctx);
int runSyncInit(Context& ctx);
int runSync(Context& ctx);
int runSyncStatus(Context& ctx);
int runSyncDownload(Context& ctx);
int runPlaylistList(Context& ctx);
int runPlaylistShow(Context& ctx);
int runPlaylistImport(Context& ctx);
int runPlaylistExport(Context& ctx);
int runLyrics(Context& ctx);
int runReport(Context& ctx);
int runReplayGainScan(Context& ctx);

inline constexpr Command kCommands[] = {
    {"play",
     "play [--device NAME|CLASS] [--output NAME] [--volume PCT] [--fixed-rate HZ] [--start SECONDS] "
     "[--replaygain off|track|album [--allow-clipping]] [--territory CC --tier free|vip|svip [--device-class "
     "CLASS] [--at ISO-8601]] [--json] [--quiet] [--content-key-file KEY] "
     "FILE...",
     "play files as a gapless queue through the audio engine", runPlay},
    {"devices", "devices [--json]", "list audio output devices", runDevices},
    {"decode", "decode (--raw | --info) [--content-key-file KEY] FILE",
     "write decoded PCM to stdout, or print the format as JSON", runDecode},
    {"demo", "demo [--out DIR] [--catalogue]",
     "write the demo tracks and demo catalogue (--catalogue: import it) and print the track paths", runDemo},
    {"catalogue import", "catalogue import [--json] FILE...",
     "import DDEX ERN 3.8.2/4.x or Accord JSON catalogue files, all or nothing", runCatalogueImport},
    {"catalogue stats", "catalogue stats [--json]", "count what the licence catalogue holds",
     runCatalogueStats},
    {"catalogue synth", "catalogue synth --recordings N [--seed S] [--fingerprinted N] [--json]",
     "write a synthetic catalogue of realistic shape (for benchmarks)", runCatalogueSynth},
    {"catalogue index", "catalogue index [--if-needed] [--json]",
     "rebuild the decision index the licence gate searches in memory (imports keep it current)",
     runCatalogueIndex},
    {"decide",
     "decide (--isrc X | --file PATH) --territory CC --tier free|vip|svip [--device desktop|car|tv] "
     "[--at ISO-8601] [--json]",
     "explain whether a recording may play here and now, and what would make it play (unlock)", runDecide},
    {"scan", "scan DIR... [--json] [--threads N]",
     "scan music folders into the library: files seen, added, updated, removed, unreadable with reasons",
     runScan},
    {"identify", "identify FILE [--json]",
     "tie a file to a catalogue recording (ISRC, catalogue id, fingerprint, title/artist) with a confidence",
     runIdentify},
    {"availability",
     "availability --territory CC --tier free|vip|svip [--device desktop|car|tv] [--at ISO-8601] "
     "[--format csv|json]\n       accordctl availability --catalogue --territory CC[,CC...] --tier T[,T...] "
     "[--device D[,D...]] (--at ISO-8601 | --changes-between FROM TO) [--format csv|jsonl]",
     "every library track with its licence decision and reasons; with --catalogue, every catalogue recording "
     "in every context, or each decision change in a window",
     runAvailability},
    {"scenario run",
     "scenario run FILE... [--junit PATH] [--report PATH.html] [--json] [--shard K/N] [--no-timing]",
     "run QA scenario files (catalogue, library, expected decisions, timelines, plays) in temporary data "
     "dirs; JUnit XML and an HTML report",
     runScenarioRun},
    {"publish keygen", "publish keygen --out FILE [--json]",
     "make an Ed25519 signing key (FILE, mode 0600) and its minisign public key (FILE.pub)",
     runPublishKeygen},
    {"publish init",
     "publish init --dir DIR --root-key FILE... [--threshold N] --release-key FILE --lease-key FILE "
     "[--issued ISO-8601] [--expires-days N]",
     "start a signed feed in DIR/feed: root 1 and an empty release", runPublishInit},
    {"publish root",
     "publish root --dir DIR --root-key FILE... [--threshold N] [--release-key FILE] [--lease-key FILE] "
     "[--issued ISO-8601] [--expires-days N]",
     "rotate the root keys: root N+1 signed by the old and the new root keys", runPublishRoot},
    {"publish catalogue", "publish catalogue --dir DIR [--issued ISO-8601] [--expires-days N] [FILE...]",
     "add catalogue deltas by hash and sign the next release.json (no FILE: re-sign with a new expiry)",
     runPublishCatalogue},
    {"publish device",
     "publish device --dir DIR --account A --device-id ID --device-key BASE64 --territory CC --tier T "
     "[--device-class desktop|car|tv] [--max-devices N]",
     "register a subscriber's device (refuses more than --max-devices, default 5, per account)",
     runPublishDevice},
    {"publish playlist", "publish playlist --dir DIR --account A --id ID --title TITLE RECORDING...",
     "create or replace an account's playlist (catalogue ids, in order)", runPublishPlaylist},
    {"publish lease",
     "publish lease --dir DIR --device-id ID [--track RECORDING=FILE[@NOT_AFTER]]... [--offline-days N] "
     "[--revoke] [--issued ISO-8601]",
     "sign the device's next lease: entitlement, playlists, downloadable tracks with sealed content keys",
     runPublishLease},
    {"sync init", "sync init --url URL --root FILE [--ca-file PEM] [--at ISO-8601] [--json]",
     "set up the subscriber feed: make the device key (mode 0600) and print the device id to register",
     runSyncInit},
    {"sync", "sync [--json] [--at ISO-8601]",
     "fetch and verify the signed feed (root chain, release, catalogue deltas, lease), then apply it at once",
     runSync},
    {"sync status", "sync status [--json] [--at ISO-8601]",
     "versions, last online, offline days left, tracks, bytes and playlists", runSyncStatus},
    {"sync download", "sync download [--json] [--quiet] [PLAYLIST...]",
     "download the leased tracks (of the playlists named) with resume, each checked by size and hash",
     runSyncDownload},
    {"playlist list", "playlist list [--json]",
     "the library's playlists: id, name, items, missing items and duration", runPlaylistList},
    {"playlist show",
     "playlist show PLAYLIST [--territory CC --tier free|vip|svip [--device CLASS] [--at ISO-8601]] [--json]",
     "a playlist's items in order (PLAYLIST: id or name), each with its track or why it is missing, and "
     "with a listener its availability (badge and reason code)",
     runPlaylistShow},
    {"playlist import", "playlist import FILE [--name NAME] [--json]",
     "import an M3U/M3U8, PLS or XSPF file, matching entries by path, ISRC, then title/artist and keeping "
     "the rest as missing entries with the reason (a refused file exits 2 with file:line)",
     runPlaylistImport},
    {"playlist export", "playlist export PLAYLIST FILE [--format m3u|m3u8|pls|xspf] [--json]",
     "write a playlist as M3U/M3U8, PLS or XSPF (by FILE's extension unless --format), paths relative to "
     "FILE's folder when the files are below it",
     runPlaylistExport},
    {"lyrics", "lyrics FILE [--json]",
     "the lyrics shown for FILE (synced lines with their times) and their source: a .lrc beside it or an "
     "embedded tag (SYLT, USLT, LYRICS, SYNCEDLYRICS, \u00a9lyr); exit 1 when it has none",
     runLyrics},
    {"report",
     "report [--from DATE --to DATE | --period week|month|year [--at ISO-8601]] [--top N] [--json|--csv]",
     "the listening report of the local history: hours, plays, top tracks/artists/albums, hours of day, "
     "hi-res and preview shares, tracks the catalogue blocked",
     runReport},
    {"replaygain scan", "replaygain scan [PATH...] [--album|--track] [--write-tags] [--json] [--jobs N]",
     "measure ReplayGain 2.0 track and album gain and true peak (EBU R128, -18 LUFS) of files, folders or "
     "the whole library on all cores, store them in the library, and only with --write-tags write the tags",
     runReplayGainScan},
};

} // namespace accord::cli
