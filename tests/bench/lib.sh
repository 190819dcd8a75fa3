# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
#
# lib.sh - shared helpers for every benchmark script in tests/bench (source it, don't run it).
#
# A figure measured while another program keeps the CPUs busy is that program's figure too. Each script
# calls bench_guard before its runs and bench_guard_end after them; bench_guard prints the load average and
# the busiest processes that are not the benchmark's own, and either refuses to go on (BENCH_STRICT=1) or
# marks every figure: bench_note prints "load 0.31 quiet" or "load 5.20 CONTENDED (cc1plus 98%, ...)",
# which the scripts print beside each median. "Heavy" = a process outside the benchmark's own process tree
# using more than BENCH_HEAVY_PCT percent of one core (default 25) over a one-second sample, or a load
# average above the number of cores.
#   bench_load              "0.31 0.40 0.52" (/proc/loadavg)
#   bench_others [SECONDS]  the other busy processes, "pid pct% comm" per line, busiest first
#   bench_guard NAME        prints the state; exit 3 when contended and BENCH_STRICT=1; sets BENCH_CONTENDED
#   bench_guard_end         the same after the runs (a figure is contended if either check was)
#   bench_note              text for beside a figure
#   bench_median            median of the numbers on stdin (one per line or space-separated)
#   bench_cpu_ticks PID     utime+stime of PID (all threads) in clock ticks
#   bench_drop_caches       sync + drop the page cache; prints ok or failed (needs root)

BENCH_HEAVY_PCT=${BENCH_HEAVY_PCT:-25}
BENCH_CONTENDED=${BENCH_CONTENDED:-0}
BENCH_BUSY=${BENCH_BUSY:-}
BENCH_TCK=$(getconf CLK_TCK)

bench_load() { cut -d' ' -f1-3 /proc/loadavg; }

# The pids of this shell and everything below it (the benchmark's own children are not "others").
bench_own_pids() {
  local -A own=([$$]=1)
  local changed=1 pid ppid
  local rows
  rows=$(ps -eo pid=,ppid=)
  while ((changed)); do
    changed=0
    while read -r pid ppid; do
      if [[ -n "${own[$ppid]:-}" && -z "${own[$pid]:-}" ]]; then own[$pid]=1; changed=1; fi
    done <<<"$rows"
  done
  echo "${!own[@]}"
}

# bench_others [SECONDS]: CPU use of every other process over a short sample, from /proc/PID/stat.
bench_others() {
  local secs=${1:-1} own
  own=" $(bench_own_pids) "
  local -A t0=()
  local f pid rest ticks
  for f in /proc/[0-9]*/stat; do
    pid=${f#/proc/}; pid=${pid%/stat}
    [[ "$own" == *" $pid "* ]] && continue
    { read -r rest <"$f"; } 2>/dev/null || continue
    rest=${rest##*) }
    read -r -a fields <<<"$rest"
    t0[$pid]=$((fields[11] + fields[12]))
  done
  sleep "$secs"
  for pid in "${!t0[@]}"; do
    { read -r rest <"/proc/$pid/stat"; } 2>/dev/null || continue
    local comm=${rest#*(}; comm=${comm%%)*}
    rest=${rest##*) }
    read -r -a fields <<<"$rest"
    ticks=$((fields[11] + fields[12] - t0[$pid]))
    local pct=$((ticks * 100 / BENCH_TCK / secs))
    if ((pct >= BENCH_HEAVY_PCT)); then echo "$pid $pct% $comm"; fi
  done | sort -k2 -n -r | head -5
}

_bench_check() {
  local when=$1 load1 cores busy
  load1=$(cut -d' ' -f1 /proc/loadavg)
  cores=$(nproc)
  busy=$(bench_others 1 | tr '\n' ',' | sed 's/,$//; s/,/, /g')
  echo "bench: $when: load $(bench_load) on $cores cores; other busy processes: ${busy:-none}" >&2
  if [[ -n "$busy" ]] || awk -v l="$load1" -v c="$cores" 'BEGIN {exit !(l > c)}'; then
    BENCH_CONTENDED=1
    BENCH_BUSY="${busy:-load above $cores}"
  fi
}

bench_guard() {
  local name=${1:-bench}
  _bench_check "$name before"
  if ((BENCH_CONTENDED)) && [[ "${BENCH_STRICT:-0}" == 1 ]]; then
    echo "$name: refusing to measure: other processes are busy (BENCH_STRICT=1); run on a quiet machine" >&2
    exit 3
  fi
  ((BENCH_CONTENDED)) && echo "$name: WARNING: the machine is busy; every figure is marked CONTENDED" >&2
  return 0
}

bench_guard_end() { _bench_check "${1:-bench} after"; }

bench_note() {
  if ((BENCH_CONTENDED)); then
    echo "load $(cut -d' ' -f1 /proc/loadavg) CONTENDED (${BENCH_BUSY})"
  else
    echo "load $(cut -d' ' -f1 /proc/loadavg) quiet"
  fi
}

bench_median() {
  tr ' ' '\n' | grep -v '^$' | sort -g |
    awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'
}

bench_cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }

bench_drop_caches() {
  sync
  if { echo 3 >/proc/sys/vm/drop_caches; } 2>/dev/null; then echo ok; else echo failed; fi
}
