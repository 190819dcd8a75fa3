#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
# Builds the libFuzzer targets (the `fuzz` preset: clang-14, ASan + UBSan) and runs each for SECONDS.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]     default: 5 s each, every target (what .ci/run does)
#   tests/fuzz/run.sh 1800 ddex_reader          a long run of one target (README.md)
# Each run starts from the seeds in tests/fuzz/corpus/<target>/ plus what earlier runs on this machine
# found (build/fuzz/corpus/<target>/, never committed by this script). A crash, leak, timeout or sanitizer
# report stops the run: the input is written to build/fuzz/artifacts/<target>/ and the script exits 1.
# Prints one line per target: runs, execs/s, coverage, corpus size.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH=${1:-5}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(ddex_reader json_importer file_sniffer scenario_parser playlist_parser lrc_parser cue_sheet)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "${FUZZ_JOBS:-$(nproc)}" >/dev/null

status=0
for t in "${TARGETS[@]}"; do
    seeds=tests/fuzz/corpus/$t
    work=build/fuzz/corpus/$t
    artifacts=build/fuzz/artifacts/$t
    mkdir -p "$work" "$artifacts"
    dict=()
    [ "$t" = ddex_reader ] && dict=(-dict=tests/fuzz/ddex.dict)
    log=build/fuzz/$t.log
    # -timeout: one input taking 10 s is a hang; -rss_limit_mb: a 2 GiB input-driven allocation is a bug.
    if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "build/fuzz/tests/fuzz/fuzz_$t" "$work" "$seeds" "${dict[@]}" -max_total_time="$SECONDS_EACH" \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
        cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
        corpus=$(ls "$work" | wc -l)
        echo "fuzz $t: ${SECONDS_EACH} s, $runs runs, $speed execs/s, $cov, corpus $corpus: no finding"
    else
        status=1
        echo "fuzz $t: FOUND a problem (input in $artifacts/):"
        # The report with the first frames of its stack, so that a CI log alone says where it happened.
        # (awk reads to the end: under pipefail, head closing the pipe early would end the script here.)
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written|^ +#[0-9] ' "$log" | cut -c1-300 | awk 'NR <= 30' || true
    fi
done
exit $status
