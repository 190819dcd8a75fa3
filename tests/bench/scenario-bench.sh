#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
# Issue 14 benchmarks (tests/bench/README.md): asserted scenario cells per second, catalogue-wide
# availability, and the decision index's own per-decision cost (bench_licence) on the same catalogue.
#
#   scenario-bench.sh BUILD_DIR WORK [RECORDINGS...]
#
# BUILD_DIR holds app/accordctl/accordctl and tests/bench/bench_licence; WORK is scratch space (needs about
# 0.6 GB per million recordings). REPS (default 3) runs of each measurement; medians are printed with the
# load average seen before and after, and whether another process was busy (lib.sh: BENCH_STRICT=1
# refuses to measure then). Set SKIP_CELLS=1 or SKIP_AVAILABILITY=1 to run one half only.
set -euo pipefail
BUILD=${1:?BUILD_DIR}
WORK=${2:?WORK}
shift 2
SIZES=("${@:-1000000}")
REPS=${REPS:-3}
CTL="$BUILD/app/accordctl/accordctl"
BENCH="$BUILD/tests/bench/bench_licence"
mkdir -p "$WORK"
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
bench_guard scenario-bench

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
seconds() { # seconds COMMAND...: wall time of COMMAND with its stdout discarded
    local t0 t1
    t0=$(date +%s.%N)
    "$@" > /dev/null
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc -l
}
load() { cut -d' ' -f1-3 /proc/loadavg; }
cpu_seconds() { # cpu_seconds COMMAND...: wall and CPU (user+sys) of COMMAND, stdout discarded: "WALL CPU"
    local f
    f=$(mktemp)
    /usr/bin/time -f '%e %U %S' -o "$f" "$@" > /dev/null
    awk '{printf "%s %.2f\n", $1, $2 + $3}' "$f"
    rm -f "$f"
}

echo "cores: $(nproc); load before: $(load)"

if [ -z "${SKIP_CELLS:-}" ]; then
    # 100,000 asserted cells: 500 recordings x 10 territories x 2 tiers x 10 instants, every cell covered by
    # an expectation (VIP playable, free blocked: the deal is subscription only).
    toml="$WORK/cells-100k.toml"
    {
        printf 'format = "accord-scenario"\nversion = 1\nname = "100k cells"\n\n[[catalogue]]\n[catalogue.data]\n'
        for i in $(seq -w 1 500); do
            printf '[[catalogue.data.recordings]]\nid = "B-%s"\nisrc = "QZBEN2600%s"\ntitle = "Bench %s"\n' "$i" "$i" "$i"
            printf '[[catalogue.data.deals]]\nid = "D-%s"\nrecording = "B-%s"\nterritories = "Worldwide"\n' "$i" "$i"
            printf 'start = 2010-01-01\nuse_types = ["stream"]\ncommercial_models = ["SubscriptionModel"]\n'
        done
        printf '\n[matrix]\nterritories = ["CN", "HK", "TW", "JP", "KR", "US", "GB", "DE", "FR", "NO"]\n'
        printf 'tiers = ["free", "vip"]\nat = [%s]\n' \
            "$(seq 2015 2024 | sed 's/$/-06-01/' | paste -sd, | sed 's/,/, /g')"
        for i in $(seq -w 1 500); do
            printf '[[expect]]\nrecording = "B-%s"\ntier = "vip"\nverdict = "playable"\n' "$i"
            printf '[[expect]]\nrecording = "B-%s"\ntier = "free"\nverdict = "blocked"\n' "$i"
        done
    } > "$toml"
    out=$("$CTL" --data-dir "$WORK/user" scenario run --no-timing "$toml" | tail -1)
    echo "cells: $out"
    [ "$out" = "100000 passed, 0 failed" ] || { echo "expected 100000 passed" >&2; exit 1; }
    runs=()
    for _ in $(seq "$REPS"); do
        runs+=("$(seconds "$CTL" --data-dir "$WORK/user" scenario run --no-timing "$toml")")
    done
    printf 'cells 100k: runs %s s; median %.2f s; load %s\n' "${runs[*]}" \
        "$(printf '%s\n' "${runs[@]}" | median)" "$(load)"
fi

if [ -z "${SKIP_AVAILABILITY:-}" ]; then
    for n in "${SIZES[@]}"; do
        data="$WORK/cat-$n"
        if [ ! -f "$data/catalogue.rights-index" ]; then
            echo "synth $n recordings (free disk: $(df -h --output=avail "$WORK" | tail -1))"
            "$CTL" --data-dir "$data" catalogue synth --recordings "$n" --seed 1 --json | tail -1
        fi
        cat "$data/catalogue.db" "$data/catalogue.rights-index" > /dev/null # page cache, as bench_licence wants
        runs=()
        cpus=()
        for _ in $(seq "$REPS"); do
            read -r wall cpu < <(cpu_seconds "$CTL" --data-dir "$data" availability --catalogue --territory CN \
                --tier vip --at 2016-01-01T00:00:00Z --format csv)
            runs+=("$wall")
            cpus+=("$cpu")
        done
        rows=$("$CTL" --data-dir "$data" availability --catalogue --territory CN --tier vip \
            --at 2016-01-01T00:00:00Z --format csv | wc -l)
        med=$(printf '%s\n' "${runs[@]}" | median)
        cmed=$(printf '%s\n' "${cpus[@]}" | median)
        printf 'availability %s recordings (csv, %s rows): runs %s s; median %.2f s = %.2f us/recording; CPU (user+sys) runs %s s, median %.2f s = %.2f us/recording; load %s\n' \
            "$n" "$((rows - 1))" "${runs[*]}" "$med" "$(echo "$med * 1000000 / $n" | bc -l)" "${cpus[*]}" \
            "$cmed" "$(echo "$cmed * 1000000 / $n" | bc -l)" "$(load)"
        ch=$(seconds "$CTL" --data-dir "$data" availability --catalogue --territory CN --tier vip \
            --changes-between 2015-11-01 2015-12-01 --format csv)
        printf 'changes-between (one month) %s recordings: %.2f s\n' "$n" "$ch"
        if [ -x "$BENCH" ]; then
            "$BENCH" "$data/catalogue.db" --samples 20000 --batch 100000 > /dev/null # warm
            "$BENCH" "$data/catalogue.db" --samples 20000 --batch 100000 |
                jq -c '{uncached_p50_us: .uncached.p50_us, uncached_cpu_p50_us: .uncached_cpu.p50_us,
                        batch_us_per_decision: (.batch.seconds * 1e6 / .batch.decisions),
                        batch_process_cpu_us_per_decision: (.batch.process_cpu_seconds * 1e6 / .batch.decisions)}' |
                sed 's/^/decision index (bench_licence): /'
        fi
    done
fi
echo "load after: $(load)"
bench_guard_end scenario-bench
echo "every figure above: $(bench_note)"
