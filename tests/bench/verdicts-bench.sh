#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
#
# verdicts-bench.sh [LIBRARY_DIR] [RUNS]      (on demand, not in CI; issue 18 item 5)
#
# The library's verdicts in the window and in `accordctl availability`, against the gate's own batch, on a
# 100k library (`bench_ui generate DIR 100000`; default /work/bench/ui100k), copied to WORK (default
# /tmp/accord-verdicts-bench) first so the original is never written (the first load stores recording rows
# in library.db):
#   1. bench_ui verdicts WORK RUNS (default 5): rows shown -> every verdict shown, the process CPU meanwhile,
#      the whole load's CPU, the verdict counts (ACCORD_PROFILE=1: the worker's and the judging thread's
#      own figures on stderr);
#   2. accordctl availability (library mode, CN/vip at 2016-01-01) 3 times: user+sys CPU and wall, per track;
#      the MD5 of its CSV and JSON output (compare across builds: the verdicts must not change);
#   3. bench_licence on the same catalogue, a batch of 99k (the 100k catalogue holds the 1k latency samples too): the gate's cost per decision (process CPU).
# Every figure has the load average beside it (lib.sh). Env: BUILD (default build/ci), WORK.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$HERE/lib.sh"

SRC=${1:-/work/bench/ui100k}
RUNS=${2:-5}
BUILD=${BUILD:-$HERE/../../build/ci}
WORK=${WORK:-/tmp/accord-verdicts-bench}
BENCH_UI=$BUILD/tests/ui/bench_ui
ACCORDCTL=$BUILD/app/accordctl/accordctl
BENCH_LICENCE=$BUILD/tests/bench/bench_licence
for b in "$BENCH_UI" "$ACCORDCTL" "$BENCH_LICENCE"; do
  [[ -x "$b" ]] || { echo "missing $b (cmake --build --preset ci --target bench_ui accordctl bench_licence)" >&2; exit 1; }
done
[[ -f "$SRC/library.db" && -f "$SRC/catalogue.db" ]] || { echo "no library at $SRC (bench_ui generate DIR 100000)" >&2; exit 1; }
rm -rf "$WORK"
cp -r "$SRC" "$WORK"
cat "$WORK"/catalogue.db "$WORK"/catalogue.rights-index "$WORK"/library.db >/dev/null # in the page cache

bench_guard verdicts
echo "== 1. window: rows -> all verdicts ($RUNS runs after a warm-up; $(bench_note))"
ACCORD_PROFILE=1 QT_QPA_PLATFORM=offscreen "$BENCH_UI" verdicts "$WORK" "$RUNS"

echo "== 2. accordctl availability, library mode, 100k tracks"
cpus=()
for i in 1 2 3; do
  out=$( { /usr/bin/time -f '%e %U %S' "$ACCORDCTL" --data-dir "$WORK" availability --territory CN --tier vip \
    --at 2016-01-01T00:00:00Z --format csv >"$WORK/availability.csv"; } 2>&1 | tail -1)
  read -r wall user sys <<<"$out"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
  cpus+=("$cpu")
  echo "run $i: $cpu s CPU (user+sys), $wall s wall; $(bench_note)"
done
lines=$(($(wc -l <"$WORK/availability.csv") - 1))
med=$(printf '%s\n' "${cpus[@]}" | bench_median)
echo "availability: median $med s CPU = $(awk -v c="$med" -v n="$lines" 'BEGIN {printf "%.2f", c * 1e6 / n}') us/track over $lines tracks"
echo "csv md5 $(md5sum <"$WORK/availability.csv" | cut -d' ' -f1)"
"$ACCORDCTL" --data-dir "$WORK" availability --territory CN --tier vip --at 2016-01-01T00:00:00Z --format json \
  >"$WORK/availability.json"
echo "json md5 $(md5sum <"$WORK/availability.json" | cut -d' ' -f1)"

echo "== 3. the gate's batch (bench_licence, 99k decisions; second run kept)"
"$BENCH_LICENCE" "$WORK/catalogue.db" --samples 1000 --batch 99000 >/dev/null
"$BENCH_LICENCE" "$WORK/catalogue.db" --samples 1000 --batch 99000 | grep -i "batch\|process_cpu\|cpu_seconds" || true
echo "($(bench_note))"
bench_guard_end verdicts
