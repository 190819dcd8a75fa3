#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
# Issue 18's identification benchmarks (tests/bench/README.md "Identification by fingerprint at catalogue
# scale"), niced, with the load average before and after and CONTENDED when the machine is busy.
#   identify-bench.sh BUILD_DIR WORK [RECORDINGS] [CORPUS_PIECES]
# 1. a synthetic catalogue of RECORDINGS fingerprinted recordings (default 1000000) in WORK/cat, then
#    bench_identify_scale against it (3 catalogued + 3 unknown 3-minute files, 5 runs, posting-list stats);
# 2. precision/recall on CORPUS_PIECES catalogued (default 2000) + a quarter as many unknown 20 s pieces,
#    fingerprints cached in WORK/corpus (rerunnable; the first run encodes thousands of copies).
# Never run by CTest/CI. WORK/cat is deleted at the end (1M: ~5.5 GB); set KEEP=1 to keep it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
build=${1:?usage: identify-bench.sh BUILD_DIR WORK [RECORDINGS] [CORPUS_PIECES]}
work=${2:?usage: identify-bench.sh BUILD_DIR WORK [RECORDINGS] [CORPUS_PIECES]}
recordings=${3:-1000000}
pieces=${4:-2000}
mkdir -p "$work"
bench_guard identify-bench
rm -rf "$work/cat"
/usr/bin/time -f '{"synth_user_s": %U, "synth_sys_s": %S}' \
  nice "$build/app/accordctl/accordctl" --data-dir "$work/cat" catalogue synth --recordings "$recordings" --json
echo "synth: $(bench_note)"
nice "$build/tests/bench/bench_identify_scale" "$work/cat/catalogue.db" --queries 3 --runs 5 --posting-stats
echo "identify: $(bench_note)"
[[ "${KEEP:-0}" == 1 ]] || rm -rf "$work/cat"
nice "$build/tests/bench/bench_fingerprint_corpus" "$work/corpus" --recordings "$pieces" \
  --unknown $((pieces / 4)) --seconds 20 --threads 2
echo "corpus: $(bench_note)"
bench_guard_end identify-bench
