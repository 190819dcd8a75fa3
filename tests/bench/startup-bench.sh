#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
#
# startup-bench.sh ACCORDCTL [ACCORDCTL...]     (env RUNS=10)
#
# What starting accordctl costs before it does anything: the shared libraries it loads at start-up (ldd)
# and the CPU time of `accordctl --version` (perf stat task-clock, ms; median and range of RUNS runs,
# the binaries alternating). Give a second binary (e.g. an older build) to compare. Needs perf.
set -euo pipefail
(($# >= 1)) || { echo "usage: startup-bench.sh ACCORDCTL [ACCORDCTL...]" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$HERE/lib.sh"
RUNS=${RUNS:-10}
bench_guard startup-bench
declare -A ms
for _ in $(seq 1 "$RUNS"); do
  for bin in "$@"; do
    t=$(perf stat -x, -e task-clock "$bin" --version 2>&1 >/dev/null | awk -F, '$3 == "task-clock" {print $1}')
    ms[$bin]+="$t "
  done
done
bench_guard_end
printf 'binary\tlibraries\tversion_cpu_ms_median\tmin\tmax\n'
for bin in "$@"; do
  libs=$(ldd "$bin" | grep -c '=>' || true)
  sorted=$(tr ' ' '\n' <<<"${ms[$bin]}" | grep . | sort -n)
  printf '%s\t%s\t%s\t%s\t%s\n' "$bin" "$libs" "$(bench_median <<<"$sorted")" "$(head -1 <<<"$sorted")" \
    "$(tail -1 <<<"$sorted")"
done
echo "($RUNS runs each, alternating; $(bench_note))"
