#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
# compare-builds.sh BEFORE_BUILD AFTER_BUILD WORK
#
# The same benchmarks, from two release builds of Accord (e.g. main before and after a refactor),
# alternating run by run under the same conditions, REPS times (default 3), then medians side by side:
#   decide   bench_licence on WORK/catalogue (a `catalogue synth` data dir): uncached p50/p99 (us) and
#            the 100k batch (s); both files put in the page cache first, one warm-up run discarded
#   judge    the window on a 100k-track library (WORK/ui100k, `bench_ui generate`): launch -> rows (ms)
#            and rows -> every verdict (ms), from ACCORD_PROFILE=quit under xvfb-run
#   filter   bench_ui interact on the same library: filter keystroke -> repaint, median wall ms
#   scan     cold `accordctl scan` of WORK/corpus (make-corpus.sh), empty library, page cache dropped
#            before each run (needs root), wall seconds
# Each data dir is copied per build (a build may migrate what it opens). The load average is printed
# before every run, and the script refuses to start while another process uses more than 50% of a core
# (FORCE=1 runs anyway and says so beside the figures).
set -euo pipefail
BEFORE=$(realpath "${1:?usage: compare-builds.sh BEFORE_BUILD AFTER_BUILD WORK}")
AFTER=$(realpath "${2:?usage: compare-builds.sh BEFORE_BUILD AFTER_BUILD WORK}")
WORK=$(realpath "${3:?usage: compare-builds.sh BEFORE_BUILD AFTER_BUILD WORK}")
REPS=${REPS:-3}
ONLY=${ONLY:-decide judge filter scan}
RESULTS="$WORK/compare.tsv"
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
bench_guard compare-builds

busy=$(ps -eo pcpu=,pid=,comm= --sort=-pcpu | awk -v self=$$ '$1 > 50 && $2 != self' | head -3)
if [[ -n "$busy" ]]; then
  if [[ "${FORCE:-}" != 1 ]]; then
    echo "compare-builds: other processes are busy, figures would be theirs too:" >&2
    echo "$busy" >&2
    exit 1
  fi
  echo "compare-builds: WARNING: measured while other processes were busy: $busy"
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }
drop_caches() { sync; echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || echo "(could not drop caches)" >&2; }
record() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$(load)" >>"$RESULTS"; }

prepare() { # per build, a private copy of each data dir
  local tag=$1
  for d in catalogue ui100k; do
    [[ -d "$WORK/$d" && ! -d "$WORK/$tag-$d" ]] && mkdir "$WORK/$tag-$d" && cp -a "$WORK/$d/." "$WORK/$tag-$d/"
  done
  return 0
}

run_decide() {
  local tag=$1 build=$2 dir="$WORK/$tag-catalogue" out
  cat "$dir"/catalogue.db "$dir"/catalogue.rights-index >/dev/null 2>&1 || true
  "$build/tests/bench/bench_licence" "$dir/catalogue.db" --samples "${SAMPLES:-20000}" --batch "${BATCH:-100000}" >/dev/null 2>&1
  out=$("$build/tests/bench/bench_licence" "$dir/catalogue.db" --samples "${SAMPLES:-20000}" --batch "${BATCH:-100000}" 2>/dev/null)
  echo "$out" >"$WORK/last-decide-$tag.txt"
  local fields
  fields=$(python3 -c 'import json,sys; d=json.load(sys.stdin); u=d["uncached"]; print(u["p50_us"], u["p99_us"], d["batch"]["seconds"])' <<<"$out")
  read -r p50 p99 batch <<<"$fields"
  record "$tag" decide_uncached_p50_us "$p50" "$rep"
  record "$tag" decide_uncached_p99_us "$p99" "$rep"
  record "$tag" decide_batch_100k_s "$batch" "$rep"
}

run_judge() {
  local tag=$1 build=$2 out
  out=$(ACCORD_PROFILE=quit timeout 300 xvfb-run -a "$build/app/accord/accord" --new-instance \
    --data-dir "$WORK/$tag-ui100k" 2>&1 | grep 'accord-profile: rows' || true)
  record "$tag" window_rows_ms "$(grep -oP 'rows \K[0-9]+' <<<"$out")" "$rep"
  record "$tag" window_verdicts_after_rows_ms "$(grep -oP 'decisions \K[0-9]+' <<<"$out")" "$rep"
}

run_filter() {
  local tag=$1 build=$2 out
  out=$(timeout 600 xvfb-run -a "$build/tests/ui/bench_ui" interact "$WORK/$tag-ui100k" 2>&1 || true)
  record "$tag" filter_keystroke_median_ms "$(grep -oP 'filter keystroke.*?wall median \K[0-9.]+' <<<"$out")" "$rep"
}

run_scan() {
  local tag=$1 build=$2 dir="$WORK/$tag-scan" t0 t1
  rm -rf "$dir" && mkdir -p "$dir"
  drop_caches
  t0=$(date +%s.%N)
  "$build/app/accordctl/accordctl" --data-dir "$dir" scan "$WORK/corpus" --json >/dev/null
  t1=$(date +%s.%N)
  record "$tag" scan_cold_s "$(echo "$t1 - $t0" | bc -l)" "$rep"
}

: >"$RESULTS"
prepare before
prepare after
# A build may migrate a catalogue on its first read-write open: do that now, not inside a measured run.
"$BEFORE/app/accordctl/accordctl" --data-dir "$WORK/before-catalogue" catalogue stats >/dev/null 2>&1 || true
"$AFTER/app/accordctl/accordctl" --data-dir "$WORK/after-catalogue" catalogue stats >/dev/null 2>&1 || true
"$BEFORE/app/accordctl/accordctl" --data-dir "$WORK/before-ui100k" catalogue stats >/dev/null 2>&1 || true
"$AFTER/app/accordctl/accordctl" --data-dir "$WORK/after-ui100k" catalogue stats >/dev/null 2>&1 || true
for ((rep = 1; rep <= REPS; rep++)); do
  for bench in $ONLY; do
    # Alternate which build goes first, so neither always gets the warmer machine.
    if ((rep % 2)); then order="before after"; else order="after before"; fi
    for tag in $order; do
      build=$BEFORE
      [[ $tag == after ]] && build=$AFTER
      echo "rep $rep $bench $tag (load $(load))" >&2
      "run_$bench" "$tag" "$build"
    done
  done
done

bench_guard_end compare-builds
echo "every figure below: $(bench_note)"
python3 - "$RESULTS" <<'EOF'
import statistics, sys, collections
rows = collections.defaultdict(list)
loads = []
for line in open(sys.argv[1]):
    tag, metric, value, rep, load = line.rstrip("\n").split("\t")
    loads.append(float(load.split()[0]))
    try:
        rows[(metric, tag)].append(float(value))
    except ValueError:
        pass
metrics = sorted({m for m, _ in rows})
print(f"{'metric':34} {'before (median)':>16} {'after (median)':>16} {'after/before':>12}  runs")
for m in metrics:
    b, a = rows.get((m, "before"), []), rows.get((m, "after"), [])
    mb = statistics.median(b) if b else float("nan")
    ma = statistics.median(a) if a else float("nan")
    ratio = ma / mb if b and a and mb else float("nan")
    print(f"{m:34} {mb:16.2f} {ma:16.2f} {ratio:12.2f}  {len(b)}/{len(a)}")
print(f"load average (1 min) during the runs: min {min(loads):.2f}, max {max(loads):.2f}")
EOF
