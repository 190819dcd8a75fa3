#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
#
# scan-bench.sh [WORK_DIR] [SIZES...]      (on demand, not in CI; run as root to drop the page cache)
#
# Library scanning, Accord vs MPD 0.23, side by side in one run on the same generated corpus
# (make-corpus.sh: Artist/Album/NN - Title.ext, FLAC/MP3/Ogg/Opus/WAV, Chinese names, broken files).
# For each size, REPS times each, alternating MPD and Accord within every repetition:
#   cold : empty database, page cache dropped, full scan       (MPD `update` on an empty DB)
#   warm : rescan with nothing changed                         (MPD `update`)
#   incr : touch 1% of the files (a different 1% each rep), rescan
# Accord is timed as the whole `accordctl scan` process (process start, DB open and migration included);
# MPD as the `update` command on its running daemon (start-up excluded), as mpd-scan-bench.sh does. After
# the cache drop, `accordctl --version` runs once untimed so the program's own pages are loaded, as MPD's
# are by its start; the corpus and the database stay cold.
# Peak RSS: Accord's max RSS of the scan process; MPD's VmHWM after the phase.
# Env: REPS (default 5), ACCORDCTL (default build/release/app/accordctl/accordctl),
#      BENCH_DIR (the shared MPD helpers, default /work/shared/bench), THREADS (accordctl --threads).
# Output: WORK_DIR/results/accord-vs-mpd.tsv (raw rows) and a table of medians on stdout.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BENCH_DIR=${BENCH_DIR:-/work/shared/bench}
# shellcheck source=/dev/null
source "$BENCH_DIR/lib.sh"

WORK=${1:-/tmp/accord-bench}
shift || true
SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(10000)
REPS=${REPS:-5}
ACCORDCTL=${ACCORDCTL:-$HERE/../../build/release/app/accordctl/accordctl}
[[ -x "$ACCORDCTL" ]] || { echo "no accordctl at $ACCORDCTL (cmake --preset release && cmake --build --preset release)" >&2; exit 1; }
THREAD_ARGS=()
[[ -n "${THREADS:-}" ]] && THREAD_ARGS=(--threads "$THREADS")
mkdir -p "$WORK/results"
OUT=$WORK/results/accord-vs-mpd.tsv
printf 'tool\tsize\tphase\trep\tseconds\tfiles\trss_kb\tdrop_caches\tload1\ttimestamp\n' > "$OUT"
trap stop_mpd EXIT

NULL_OUTPUT='audio_output {
    type        "null"
    name        "null"
    mixer_type  "none"
}'

make_empty_db() {
  local d="$WORK/mpd-empty"
  if [[ ! -s "$d/empty.db" ]]; then
    rm -rf "$d"; mkdir -p "$d/music"
    write_mpd_conf "$d/mpd.conf" "$d/music" "$d" "$NULL_OUTPUT"
    start_mpd "$d/mpd.conf" "$d/mpd.sock"
    "${MPDCTL[@]}" "$d/mpd.sock" wait-update >/dev/null
    stop_mpd
    cp "$d/mpd.db" "$d/empty.db"
  fi
  echo "$d/empty.db"
}

row() { # tool size phase rep seconds files rss drop
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" "$(loadavg1)" "$(date -u +%FT%TZ)" >> "$OUT"
}

# accord_scan SIZE PHASE REP DROP -> one row; checks the summary
accord_scan() {
  local json t0 t1 rss
  t0=$(date +%s.%N)
  json=$(/usr/bin/time -f '%M' -o "$WORK/accord.rss" "$ACCORDCTL" --data-dir "$ADATA" scan --json \
           "${THREAD_ARGS[@]}" "$CORPUS")
  t1=$(date +%s.%N)
  rss=$(tail -1 "$WORK/accord.rss")
  local seen added updated
  seen=$(jq -r .files_seen <<<"$json"); added=$(jq -r .added <<<"$json"); updated=$(jq -r .updated <<<"$json")
  row accord "$1" "$2" "$3" "$(echo "$t1 - $t0" | bc)" "$seen/+$added/~$updated" "$rss" "$4"
}

EMPTY_DB=$(make_empty_db)
for S in "${SIZES[@]}"; do
  CORPUS="$WORK/corpus-$S"
  "$BENCH_DIR/make-corpus.sh" "$S" "$CORPUS"
  SD="$WORK/mpd-scan-$S"; mkdir -p "$SD"; SOCK="$SD/mpd.sock"
  ADATA="$WORK/accord-data-$S"
  write_mpd_conf "$SD/mpd.conf" "$CORPUS" "$SD" "$NULL_OUTPUT"
  mapfile -t FILES < <(cd "$CORPUS" && find . -type f ! -name '.*' | sort)
  echo "scan-bench: size $S, ${#FILES[@]} files, $REPS reps, accordctl $ACCORDCTL" >&2

  for r in $(seq 1 "$REPS"); do
    stop_mpd
    cp "$EMPTY_DB" "$SD/mpd.db"; rm -f "$SD/mpd.state" "$SD/mpd.log"
    dc=$(drop_caches)
    start_mpd "$SD/mpd.conf" "$SOCK"
    t=$("${MPDCTL[@]}" "$SOCK" update)
    row mpd "$S" cold "$r" "$t" "$("${MPDCTL[@]}" "$SOCK" songs)" "$(proc_kb "$MPD_PID" VmHWM)" "$dc"
    rm -rf "$ADATA"
    dc=$(drop_caches)
    "$ACCORDCTL" --version >/dev/null  # load the program and its libraries, as MPD was started before timing
    accord_scan "$S" cold "$r" "$dc"
  done
  for r in $(seq 1 "$REPS"); do
    t=$("${MPDCTL[@]}" "$SOCK" update)
    row mpd "$S" warm "$r" "$t" "$("${MPDCTL[@]}" "$SOCK" songs)" "$(proc_kb "$MPD_PID" VmHWM)" -
    accord_scan "$S" warm "$r" -
  done
  n=${#FILES[@]}; k=$(( n / 100 ))
  for r in $(seq 1 "$REPS"); do
    sel=(); for ((i = r; i < n && ${#sel[@]} < k; i += 100)); do sel+=("$CORPUS/${FILES[$i]}"); done
    sleep 1.1   # MPD compares mtimes at 1 s resolution
    touch "${sel[@]}"
    t=$("${MPDCTL[@]}" "$SOCK" update)
    row mpd "$S" "incr" "$r" "$t" "$("${MPDCTL[@]}" "$SOCK" songs)" "$(proc_kb "$MPD_PID" VmHWM)" -
    accord_scan "$S" "incr" "$r" -
  done
  stop_mpd
done

# Medians side by side.
/usr/bin/python3 - "$OUT" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
keys = sorted({(int(r["size"]), r["phase"]) for r in rows}, key=lambda k: (k[0], ["cold", "warm", "incr"].index(k[1])))
print("%-7s %-5s %12s %12s %9s %12s %12s %9s" % ("size", "phase", "mpd_s", "accord_s", "ratio", "mpd_files/s",
                                                  "accord_f/s", "rss_kb m/a"))
for size, phase in keys:
    def med(tool, col):
        v = [float(r[col]) for r in rows if r["tool"] == tool and int(r["size"]) == size and r["phase"] == phase]
        return statistics.median(v) if v else float("nan")
    m, a = med("mpd", "seconds"), med("accord", "seconds")
    fm = "%12.0f" % (size / m) if phase == "cold" else "%12s" % "-"
    fa = "%12.0f" % (size / a) if phase == "cold" else "%12s" % "-"
    print("%-7d %-5s %12.3f %12.3f %8.2fx %s %s %5.0f/%-5.0f" % (size, phase, m, a, m / a, fm, fa,
          med("mpd", "rss_kb"), med("accord", "rss_kb")))
PY
