#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
#
# scan-bench.sh [WORK_DIR] [SIZES...]      (on demand, not in CI; run as root to drop the page cache)
#
# Library scanning, Accord vs MPD 0.23, side by side in one run on the same generated corpus
# (make-corpus.sh: Artist/Album/NN - Title.ext, FLAC/MP3/Ogg/Opus/WAV, Chinese names, broken files).
# For each size, REPS times, the order of the contenders rotating from one repetition to the next:
#   cold : empty database, page cache dropped (dentries and inodes too) right before EACH contender's run,
#          then a full scan. Every contender is timed two ways:
#            process  - from starting the program to the scan finished, program load included:
#                       MPD = start `mpd` on an empty DB + `update` until it is done; Accord = `accordctl scan`
#            in-daemon - the scan itself: MPD = the `update` command on the running daemon (idle update,
#                       mpdctl.py); Accord = the scan's own `elapsed` (JSON)
#          and by CPU: user+sys seconds of the process (MPD: during `update`, and in total for the process)
#   floor: the same cache drop, then reading the first 16 KiB of every file with 4 readers (a walk plus one
#          open/pread/close per file, tests/bench/read_heads.py): what any scanner must at least pay cold
#   warm : rescan with nothing changed (MPD `update`), incr: touch 1% of the files (a different 1% each rep)
# Every figure carries the load average and whether another process was busy (lib.sh: bench_guard). With
# BENCH_STRICT=1 the script refuses to measure on a busy machine.
# Same conditions: MPD runs its update thread at SCHED_IDLE (it only gets a CPU nobody else wants), so on a
# busy machine its wall time measures the other processes, not MPD (10k files: 17 s at load 14 against
# 4.5 s idle, for the same 2 CPU-seconds). Accord and the floor therefore run at SCHED_IDLE too
# (ACCORD_SCHED=idle, the default; ACCORD_SCHED=normal runs them normally), and the summary compares CPU
# time beside wall time: on a contended run only the CPU ratio means something.
# Env: REPS (default 5), ACCORDCTL (default build/release/app/accordctl/accordctl), THREADS (accordctl
#      --threads; MPD's update is one thread), BENCH_DIR (the shared MPD helpers, default
#      /work/shared/bench), PHASES (default "cold warm incr").
# Output: WORK_DIR/results/accord-vs-mpd.tsv (raw rows) and a table of medians on stdout.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BENCH_DIR=${BENCH_DIR:-/work/shared/bench}
# shellcheck source=/dev/null
source "$BENCH_DIR/lib.sh"
# shellcheck source=lib.sh
source "$HERE/lib.sh"

WORK=${1:-/tmp/accord-bench}
shift || true
SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(10000)
REPS=${REPS:-5}
PHASES=${PHASES:-cold warm incr}
ACCORDCTL=${ACCORDCTL:-$HERE/../../build/release/app/accordctl/accordctl}
[[ -x "$ACCORDCTL" ]] || { echo "no accordctl at $ACCORDCTL (cmake --preset release && cmake --build --preset release)" >&2; exit 1; }
[[ $(id -u) == 0 ]] || echo "scan-bench: WARNING: not root, the page cache cannot be dropped: 'cold' is warm" >&2
SCHED=()
[[ "${ACCORD_SCHED:-idle}" == idle ]] && SCHED=(chrt --idle 0)
THREAD_ARGS=()
[[ -n "${THREADS:-}" ]] && THREAD_ARGS=(--threads "$THREADS")
mkdir -p "$WORK/results"
OUT=$WORK/results/accord-vs-mpd.tsv
printf 'tool\tsize\tphase\trep\tprocess_s\tscan_s\tcpu_process_s\tcpu_scan_s\tfiles\trss_kb\tdrop_caches\tload1\tcontended\ttimestamp\n' >"$OUT"
trap stop_mpd EXIT
TCK=$(getconf CLK_TCK)
bench_guard scan-bench

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

now() { date +%s.%N; }
sub() { echo "$1 - $2" | bc; }
ticks_s() { echo "scale=2; $1 / $TCK" | bc; }

row() { # tool size phase rep process_s scan_s cpu_process_s cpu_scan_s files rss drop
  local busy=quiet
  # A row is contended when the machine was busy at the start or is loaded beyond its cores now.
  if ((BENCH_CONTENDED)) || awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v c="$(nproc)" 'BEGIN {exit !(l > c)}'; then
    busy=contended
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" "$(cut -d' ' -f1 /proc/loadavg)" "$busy" \
    "$(date -u +%FT%TZ)" >>"$OUT"
}

# mpd_cold SIZE REP: program start (cold) + update, both timed
mpd_cold() {
  stop_mpd
  cp "$EMPTY_DB" "$SD/mpd.db"; rm -f "$SD/mpd.state" "$SD/mpd.log"
  local dc t0 t1 scan c0 c1
  dc=$(drop_caches)
  t0=$(now)
  start_mpd "$SD/mpd.conf" "$SOCK"
  c0=$(cpu_ticks "$MPD_PID")
  scan=$("${MPDCTL[@]}" "$SOCK" update)
  c1=$(cpu_ticks "$MPD_PID")
  t1=$(now)
  row mpd "$1" cold "$2" "$(sub "$t1" "$t0")" "$scan" "$(ticks_s "$c1")" "$(ticks_s "$((c1 - c0))")" \
    "$("${MPDCTL[@]}" "$SOCK" songs)" "$(proc_kb "$MPD_PID" VmHWM)" "$dc"
}

# accord_scan SIZE PHASE REP DROP: the whole process, and the scan's own elapsed time
accord_scan() {
  local json t0 t1
  t0=$(now)
  json=$("${SCHED[@]}" /usr/bin/time -f '%M %U %S' -o "$WORK/accord.time" "$ACCORDCTL" --data-dir "$ADATA" scan --json \
    "${THREAD_ARGS[@]}" "$CORPUS")
  t1=$(now)
  local rss user sys
  read -r rss user sys < <(tail -1 "$WORK/accord.time")
  local seen added updated elapsed
  seen=$(jq -r .files_seen <<<"$json"); added=$(jq -r .added <<<"$json"); updated=$(jq -r .updated <<<"$json")
  elapsed=$(jq -r .elapsed <<<"$json")
  row accord "$1" "$2" "$3" "$(sub "$t1" "$t0")" "$elapsed" "$(echo "$user + $sys" | bc)" "$(echo "$user + $sys" | bc)" \
    "$seen/+$added/~$updated" "$rss" "$4"
}

accord_cold() {
  rm -rf "$ADATA"
  local dc
  dc=$(drop_caches)
  accord_scan "$1" cold "$2" "$dc"
}

floor_cold() {
  local dc t0 t1 cpu
  dc=$(drop_caches)
  t0=$(now)
  cpu=$("${SCHED[@]}" /usr/bin/python3 "$HERE/read_heads.py" "$CORPUS" 16384 4)
  t1=$(now)
  row floor "$1" cold "$2" "$(sub "$t1" "$t0")" "$(sub "$t1" "$t0")" "$cpu" "$cpu" "-" "-" "$dc"
}

EMPTY_DB=$(make_empty_db)
for S in "${SIZES[@]}"; do
  CORPUS="$WORK/corpus-$S"
  "$BENCH_DIR/make-corpus.sh" "$S" "$CORPUS"
  SD="$WORK/mpd-scan-$S"; mkdir -p "$SD"; SOCK="$SD/mpd.sock"
  ADATA="$WORK/accord-data-$S"
  write_mpd_conf "$SD/mpd.conf" "$CORPUS" "$SD" "$NULL_OUTPUT"
  mapfile -t FILES < <(cd "$CORPUS" && find . -type f ! -name '.*' | sort)
  echo "scan-bench: size $S, ${#FILES[@]} files, $REPS reps, accordctl $ACCORDCTL, load $(bench_load)" >&2

  if [[ " $PHASES " == *" cold "* ]]; then
    order=(mpd accord floor)
    for r in $(seq 1 "$REPS"); do
      for who in "${order[@]}"; do "${who}_cold" "$S" "$r"; done
      order=("${order[@]:1}" "${order[0]}") # rotate: nobody always runs first or after the same one
    done
  fi
  if [[ " $PHASES " == *" warm "* || " $PHASES " == *" incr "* ]]; then
    # Both libraries full and current before the warm phases.
    [[ -n "$MPD_PID" ]] || { cp "$EMPTY_DB" "$SD/mpd.db"; start_mpd "$SD/mpd.conf" "$SOCK"; "${MPDCTL[@]}" "$SOCK" update >/dev/null; }
    [[ -s "$ADATA/library.db" ]] || accord_scan "$S" setup 0 - >/dev/null
  fi
  if [[ " $PHASES " == *" warm "* ]]; then
    for r in $(seq 1 "$REPS"); do
      c0=$(cpu_ticks "$MPD_PID")
      t=$("${MPDCTL[@]}" "$SOCK" update)
      c1=$(cpu_ticks "$MPD_PID")
      row mpd "$S" warm "$r" "-" "$t" "-" "$(ticks_s "$((c1 - c0))")" "$("${MPDCTL[@]}" "$SOCK" songs)" \
        "$(proc_kb "$MPD_PID" VmHWM)" -
      accord_scan "$S" warm "$r" -
    done
  fi
  if [[ " $PHASES " == *" incr "* ]]; then
    n=${#FILES[@]}; k=$(( n / 100 ))
    for r in $(seq 1 "$REPS"); do
      sel=(); for ((i = r; i < n && ${#sel[@]} < k; i += 100)); do sel+=("$CORPUS/${FILES[$i]}"); done
      sleep 1.1   # MPD compares mtimes at 1 s resolution
      touch "${sel[@]}"
      c0=$(cpu_ticks "$MPD_PID")
      t=$("${MPDCTL[@]}" "$SOCK" update)
      c1=$(cpu_ticks "$MPD_PID")
      row mpd "$S" incr "$r" "-" "$t" "-" "$(ticks_s "$((c1 - c0))")" "$("${MPDCTL[@]}" "$SOCK" songs)" \
        "$(proc_kb "$MPD_PID" VmHWM)" -
      accord_scan "$S" incr "$r" -
    done
  fi
  stop_mpd
done
bench_guard_end scan-bench

# Medians side by side.
echo "accord and floor scheduling: ${ACCORD_SCHED:-idle} (MPD's update thread: SCHED_IDLE)"
/usr/bin/python3 - "$OUT" "$BENCH_CONTENDED" <<'PY'
import csv, statistics, sys
rows = [r for r in csv.DictReader(open(sys.argv[1]), delimiter="\t") if r["phase"] != "setup"]
def med(tool, size, phase, col):
    v = [float(r[col]) for r in rows if r["tool"] == tool and int(r["size"]) == size and r["phase"] == phase
         and r[col] not in ("-", "")]
    return statistics.median(v) if v else float("nan")
def note(size, phase):
    sel = [r for r in rows if int(r["size"]) == size and r["phase"] == phase]
    loads = sorted(float(r["load1"]) for r in sel)
    busy = sum(r["contended"] == "contended" for r in sel)
    return "load %.2f-%.2f, %s" % (loads[0], loads[-1], "%d/%d runs CONTENDED" % (busy, len(sel)) if busy
                                   else "quiet")
sizes = sorted({int(r["size"]) for r in rows})
for size in sizes:
    if any(r["phase"] == "cold" and int(r["size"]) == size for r in rows):
        print("size %d, cold (medians; %s)" % (size, note(size, "cold")))
        print("  %-7s %10s %10s %10s %10s %12s %12s" % ("", "process_s", "scan_s", "cpu_proc_s", "cpu_scan_s",
                                                       "files/s proc", "files/s scan"))
        m = {}
        for tool in ("mpd", "accord", "floor"):
            m[tool] = {c: med(tool, size, "cold", c) for c in ("process_s", "scan_s", "cpu_process_s", "cpu_scan_s")}
            print("  %-7s %10.3f %10.3f %10.2f %10.2f %12.0f %12.0f" % (
                tool, m[tool]["process_s"], m[tool]["scan_s"], m[tool]["cpu_process_s"], m[tool]["cpu_scan_s"],
                size / m[tool]["process_s"], size / m[tool]["scan_s"]))
        a, p = m["accord"], m["mpd"]
        print("  accord vs mpd: %.2fx process/process, %.2fx scan/in-daemon, %.2fx accord process/mpd in-daemon, "
              "%.2fx on CPU (process)" % (p["process_s"] / a["process_s"], p["scan_s"] / a["scan_s"],
                                          p["scan_s"] / a["process_s"], p["cpu_process_s"] / a["cpu_process_s"]))
        print("  accord vs floor: %.2fx the floor's time (process)" % (a["process_s"] / m["floor"]["process_s"]))
        if "CONTENDED" in note(size, "cold"):
            print("  CONTENDED: wall times include waiting for other processes (MPD's update is SCHED_IDLE);"
                  " only the CPU ratio compares the programs")
    for phase in ("warm", "incr"):
        if any(r["phase"] == phase and int(r["size"]) == size for r in rows):
            mm, aa = med("mpd", size, phase, "scan_s"), med("accord", size, phase, "process_s")
            print("size %d, %s: mpd update %.3f s, accord process %.3f s (%.2fx; %s)" % (
                size, phase, mm, aa, mm / aa, note(size, phase)))
PY
