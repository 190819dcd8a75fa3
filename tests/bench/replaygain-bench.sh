#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
#
# replaygain-bench.sh [WORK_DIR]      (on demand, not in CI; run as root to drop the page cache)
#
# ReplayGain 2.0 scanning, `accordctl replaygain scan` against loudgain 0.6.8 (Debian), on the same generated
# corpus: FILES files (default 200) of DURATION seconds (default 20) of two tones, pink noise and a tremolo, a third each FLAC,
# MP3 (lame -V 4) and Opus (opusenc default), ten files per album folder, one codec per album (loudgain
# refuses album gain over Opus and other files mixed). Both compute track and album gain and true peak:
#   accordctl --data-dir D replaygain scan CORPUS --json         (album mode, --jobs = all cores)
#   loudgain -q -a -O ALBUM/*   once per album folder, one album after the other (as its manual suggests)
# REPS (default 5) runs each, alternating which goes first, the page cache dropped before every run.
# Printed per run: wall seconds, user+sys CPU seconds, files/s, the load average (lib.sh bench_note);
# then the medians, the speed-up (files/s) and the CPU ratio, and the largest difference between the
# two tools' track gains, track peaks (dB) and album gains over the corpus (loudgain prints 2 decimals).
# Env: ACCORDCTL (default build/ci/app/accordctl/accordctl), FILES, DURATION (seconds per file), REPS,
#      JOBS (accordctl --jobs).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$HERE/lib.sh"

WORK=${1:-/tmp/accord-rg-bench}
FILES=${FILES:-200}
SECONDS_EACH=${DURATION:-20}
REPS=${REPS:-5}
ACCORDCTL=${ACCORDCTL:-$HERE/../../build/ci/app/accordctl/accordctl}
[[ -x "$ACCORDCTL" ]] || { echo "no accordctl at $ACCORDCTL" >&2; exit 1; }
command -v loudgain >/dev/null || { echo "loudgain is not installed (apt install loudgain)" >&2; exit 1; }
[[ $(id -u) == 0 ]] || echo "replaygain-bench: WARNING: not root, the page cache cannot be dropped" >&2
JOB_ARGS=()
[[ -n "${JOBS:-}" ]] && JOB_ARGS=(--jobs "$JOBS")
CORPUS=$WORK/corpus-$FILES-$SECONDS_EACH
mkdir -p "$WORK/results"

# The corpus: deterministic, made once. Each file its own two tones with a little pink noise and a
# tremolo (sox synth), levels varying by 14 dB so that the gains differ.
if [[ ! -f "$CORPUS/.done" ]]; then
  rm -rf "$CORPUS"
  codecs=(flac mp3 opus)
  for ((i = 0; i < FILES; i++)); do
    codec=${codecs[$(((i / 10) % 3))]}
    album=$(printf '%s/album-%03d-%s' "$CORPUS" $((i / 10)) "$codec")
    mkdir -p "$album"
    wav="$WORK/tmp.wav"
    f1=$((220 + (i * 37) % 300)); f2=$((330 + (i * 53) % 400)); vol=$(awk -v i="$i" 'BEGIN {print 0.15 + (i % 7) * 0.1}')
    sox -q -n -r 44100 -c 2 -b 16 "$wav" synth "$SECONDS_EACH" sine "$f1" sine "$f2" \
      synth "$SECONDS_EACH" pinknoise amod 0.1 tremolo $((2 + i % 5)) 60 vol "$vol"
    out=$(printf '%s/%03d.%s' "$album" "$i" "$codec")
    case $codec in
      flac) flac -s -f -o "$out" "$wav" ;;
      mp3) lame --quiet -V 4 "$wav" "$out" ;;
      opus) opusenc --quiet "$wav" "$out" ;;
    esac
  done
  rm -f "$WORK/tmp.wav"
  touch "$CORPUS/.done"
fi
echo "replaygain-bench: corpus $CORPUS: $FILES files of $SECONDS_EACH s (FLAC, MP3, Opus; 10 per album)"

bench_guard replaygain-bench

# run NAME OUTFILE CMD...: one timed run after a cache drop; prints "wall cpu" seconds.
run_timed() {
  local out=$1; shift
  local drop
  drop=$(bench_drop_caches)
  /usr/bin/time -f '%e %U %S' -o "$WORK/time.txt" "$@" >"$out" 2>"$WORK/stderr.txt" || {
    echo "failed: $* (see $WORK/stderr.txt)" >&2; exit 1; }
  awk -v d="$drop" '{printf "%s %.2f %s\n", $1, $2 + $3, d}' "$WORK/time.txt"
}

run_loudgain() {
  for album in "$CORPUS"/album-*; do
    loudgain -q -a -O "$album"/*
  done
}
export -f run_loudgain
export CORPUS

declare -a A_WALL A_CPU L_WALL L_CPU
for ((rep = 1; rep <= REPS; rep++)); do
  order=(accord loudgain)
  ((rep % 2 == 0)) && order=(loudgain accord)
  for tool in "${order[@]}"; do
    if [[ $tool == accord ]]; then
      rm -rf "$WORK/data"
      read -r wall cpu drop < <(run_timed "$WORK/results/accord.json" \
        "$ACCORDCTL" --data-dir "$WORK/data" replaygain scan "$CORPUS" --json "${JOB_ARGS[@]}")
      A_WALL+=("$wall"); A_CPU+=("$cpu")
    else
      read -r wall cpu drop < <(run_timed "$WORK/results/loudgain.tsv" bash -c run_loudgain)
      L_WALL+=("$wall"); L_CPU+=("$cpu")
    fi
    printf 'rep %d %-8s wall %6.2f s  cpu %6.2f s  %6.1f files/s  drop_caches %s  %s\n' "$rep" "$tool" "$wall" \
      "$cpu" "$(echo "$FILES / $wall" | bc -l)" "$drop" "$(bench_note)"
  done
done
bench_guard_end replaygain-bench

aw=$(printf '%s\n' "${A_WALL[@]}" | bench_median); ac=$(printf '%s\n' "${A_CPU[@]}" | bench_median)
lw=$(printf '%s\n' "${L_WALL[@]}" | bench_median); lc=$(printf '%s\n' "${L_CPU[@]}" | bench_median)
echo
printf 'median accordctl replaygain scan: %.2f s wall (%.1f files/s), %.2f s CPU\n' "$aw" "$(echo "$FILES / $aw" | bc -l)" "$ac"
printf 'median loudgain -a (per album):   %.2f s wall (%.1f files/s), %.2f s CPU\n' "$lw" "$(echo "$FILES / $lw" | bc -l)" "$lc"
printf 'speed-up (files/s): %.2fx   CPU ratio (loudgain/accord): %.2fx   on %d cores, %s\n' \
  "$(echo "$lw / $aw" | bc -l)" "$(echo "$lc / $ac" | bc -l)" "$(nproc)" "$(bench_note)"

# The values: the largest differences over the corpus.
python3 - "$WORK/results/accord.json" "$WORK/results/loudgain.tsv" <<'PY'
import json, math, os, sys
ours = {os.path.basename(t["path"]): t for t in json.load(open(sys.argv[1]))["tracks"]}
theirs, album_of, albums = {}, {}, {}
pending = []
for line in open(sys.argv[2]):
    cols = line.rstrip("\n").split("\t")
    if cols[0] == "File":
        continue
    if cols[0] == "Album":
        for name in pending:
            album_of[name] = float(cols[8].split()[0]) - (float(cols[5].split()[0]) + 18.0)
        pending = []
        continue
    name = os.path.basename(cols[0])
    # loudgain's gains are towards its Reference column (-23 LUFS for Opus, RFC 7845); ours towards -18.
    ref = float(cols[5].split()[0])
    theirs[name] = (float(cols[8].split()[0]) - (ref + 18.0), float(cols[3]))
    pending.append(name)
db = lambda x: 20 * math.log10(x)
dg = max(abs(ours[n]["track_gain"] - g) for n, (g, p) in theirs.items())
dp = max(abs(db(ours[n]["track_peak"]) - db(p)) for n, (g, p) in theirs.items())
da = max(abs(ours[n]["album_gain"] - album_of[n]) for n in theirs)
print(f"values over {len(theirs)} files (accord {len(ours)}): max |track gain diff| {dg:.4f} dB, "
      f"max |true peak diff| {dp:.4f} dB, max |album gain diff| {da:.4f} dB (goal <= 0.01)")
PY
