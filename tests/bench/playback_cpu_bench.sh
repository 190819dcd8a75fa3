#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
#
# playback_cpu_bench.sh BUILD_DIR [WORK_DIR]     (env REPS=3)
#
# CPU seconds per minute of audio while playing a 60 s queue in real time, Accord vs MPD 0.23, alternating
# in one run on the same files: FLAC 16/44.1 (the queue ../shared/bench/mpd-cpu-bench.sh uses: 6 x 10 s
# pink noise + tones, flac -5) and FLAC 24/96 (same signal, sox to 24-bit 96 kHz).
#   MPD:    audio_output "null" with sync "yes" (paced like a sound card), CPU of the mpd process
#           ("mpd"), and MPD's ALSA output into the same capture rig Accord plays into ("mpd-alsa").
#   Accord: `accordctl play` into the ALSA capture rig with the real-time pacer (file plugin -> pipe ->
#           accord_pacer at 1x), CPU of the accordctl process only (all threads, /proc/PID/stat).
# Prints one row per run and the medians, each with the load average and whether another process was busy
# (lib.sh; BENCH_STRICT=1 refuses to measure on a busy machine), then accordctl's CPU per thread in each run
# (/proc/PID/task/*/schedstat, ms). Needs: mpd sox flac python3-mutagen bc.
set -euo pipefail
BUILD=$(cd "${1:?usage: playback_cpu_bench.sh BUILD_DIR [WORK_DIR]}" && pwd)
WORK=${2:-/tmp/accord-playback-bench}
REPS=${REPS:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=$(cd "${BENCH_DIR:-$HERE/../../../shared/bench}" 2>/dev/null && pwd || true)
[[ -n "$SHARED" && -f "$SHARED/lib.sh" ]] || { echo "needs ../shared/bench/lib.sh beside the repository" >&2; exit 1; }
# shellcheck source=/dev/null
source "$SHARED/lib.sh"
# shellcheck source=lib.sh
source "$HERE/lib.sh"
bench_guard playback_cpu_bench
ACCORDCTL="$BUILD/app/accordctl/accordctl"
PACER="$BUILD/tests/support/accord_pacer"
C="$WORK/cpu"
TCK=$(getconf CLK_TCK)
mkdir -p "$C/music/flac" "$C/music/flac2496" "$WORK/results"
trap stop_mpd EXIT

for i in 1 2 3 4 5 6; do
  [[ -f "$C/music/flac/0$i.flac" && -f "$C/music/flac2496/0$i.flac" ]] && continue
  sox -q -n -r 44100 -b 16 -c 2 "$C/n.wav" synth 10 pinknoise vol 0.25
  sox -q -n -r 44100 -b 16 -c 2 "$C/s.wav" synth 10 sine $((200 + 37 * i)) sine $((300 + 53 * i)) vol 0.3
  sox -q -m "$C/n.wav" "$C/s.wav" "$C/t.wav"
  flac -s -5 -f -o "$C/music/flac/0$i.flac" "$C/t.wav"
  sox -q "$C/t.wav" -r 96000 -b 24 "$C/t96.wav"
  flac -s -5 -f -o "$C/music/flac2496/0$i.flac" "$C/t96.wav"
  rm -f "$C"/{n,s,t,t96}.wav
done

NULL_SYNC='audio_output {
    type       "null"
    name       "null"
    sync       "yes"
    mixer_type "none"
}'

ALSA_RIG='audio_output {
    type       "alsa"
    name       "rig"
    device     "default"
    mixer_type "none"
}'

write_rig() {
  local rig="$C/rig"
  mkdir -p "$rig"
  cat > "$rig/asound.conf" <<CONF
pcm.accord_capture {
  type file
  slave.pcm { type null }
  file "|exec $PACER %r %c %f > /dev/null"
  format "raw"
}
pcm.default "accord_capture"
CONF
}

# thread_ns PID: "name/tid ns" per thread of PID, from /proc/PID/task/TID/schedstat.
thread_ns() {
  local t
  for t in /proc/"$1"/task/*; do
    printf '%s/%s %s\n' "$(tr ' ' '_' <"$t/comm" 2>/dev/null)" "${t##*/}" "$(cut -d' ' -f1 "$t/schedstat" 2>/dev/null)"
  done 2>/dev/null || true
}

mpd_run() {  # FORMAT_DIR [OUTPUT_BLOCK] [THREADS_FILE] -> prints cpu seconds; THREADS_FILE gets ms per thread
  local fmt=$1 output=${2:-$NULL_SYNC} threads=${3:-/dev/null} sd="$C/mpd-rt"
  mkdir -p "$sd"; rm -f "$sd/mpd.db" "$sd/mpd.state"
  write_mpd_conf "$sd/mpd.conf" "$C/music" "$sd" "$output"
  write_rig
  export ALSA_CONFIG_PATH="$C/rig/asound.conf" ACCORD_PACER_SPEED=1
  start_mpd "$sd/mpd.conf" "$sd/mpd.sock"
  "${MPDCTL[@]}" "$sd/mpd.sock" wait-update >/dev/null
  mapfile -t uris < <(cd "$C/music" && ls "$fmt"/*.flac | sort)
  sleep 1
  local c0 c1
  local t0
  c0=$(cpu_ticks "$MPD_PID"); t0=$(thread_ns "$MPD_PID")
  "${MPDCTL[@]}" "$sd/mpd.sock" play-wait "${uris[@]}" >/dev/null
  c1=$(cpu_ticks "$MPD_PID")
  # MPD's threads over the same window (its decoder thread against Accord's accord-decode, same files).
  thread_ns "$MPD_PID" | awk -v before="$t0" 'BEGIN { n = split(before, b, "\n");
      for (i = 1; i <= n; i++) { split(b[i], f, " "); was[f[1]] = f[2] } }
    { d = int(($2 - was[$1]) / 1000000); if (d > 0) printf "%s=%d ", $1, d }' >"$threads"
  stop_mpd
  echo "scale=3; ($c1 - $c0) / $TCK" | bc
}

# sample_threads PID: records in THREAD_MS[name/tid] each thread's time on CPU so far, in ms, from
# /proc/PID/task/TID/schedstat (ns). A thread that has ended keeps its last sample (PortAudio's stream
# thread ends before the process does).
declare -A THREAD_MS
sample_threads() {
  local t ns
  for t in /proc/"$1"/task/*; do
    ns=$(cut -d' ' -f1 "$t/schedstat" 2>/dev/null) || continue
    THREAD_MS["$(tr ' ' '_' <"$t/comm" 2>/dev/null)/${t##*/}"]=$((ns / 1000000))
  done
}

accord_run() {  # FORMAT_DIR THREADS_FILE -> prints cpu seconds; THREADS_FILE gets the per-thread ms
  local fmt=$1 rig="$C/rig"
  write_rig
  ALSA_CONFIG_PATH="$rig/asound.conf" ACCORD_PACER_SPEED=1 "$ACCORDCTL" play --quiet "$C/music/$fmt"/*.flac >/dev/null &
  local pid=$! last=0 t k
  THREAD_MS=()
  # Sample the CPU counters until the process exits (the last sample is taken just before it does).
  while kill -0 "$pid" 2>/dev/null; do
    t=$(cpu_ticks "$pid" 2>/dev/null || echo "$last")
    [[ -n "$t" ]] && last=$t
    sample_threads "$pid" 2>/dev/null || true
    sleep 0.2
  done
  wait "$pid"
  for k in "${!THREAD_MS[@]}"; do printf '%s=%s ' "$k" "${THREAD_MS[$k]}"; done | tr ' ' '\n' | sort -t/ -k2 -n |
    tr '\n' ' ' >"$2"
  echo "scale=3; $last / $TCK" | bc
}

printf 'rep\tqueue\tplayer\tcpu_s_per_audio_min\tload1\n'
declare -A all
for rep in $(seq 1 "$REPS"); do
  for fmt in flac flac2496; do
    m=$(mpd_run "$fmt" "$NULL_SYNC" "$WORK/results/mpd-threads-$fmt-$rep.txt"); a=$(accord_run "$fmt" "$WORK/results/accord-threads-$fmt-$rep.txt")
    ma=$(mpd_run "$fmt" "$ALSA_RIG")
    l=$(cut -d' ' -f1 /proc/loadavg)
    printf '%s\t%s\tmpd\t%s\t%s\n%s\t%s\taccord\t%s\t%s\n%s\t%s\tmpd-alsa\t%s\t%s\n' "$rep" "$fmt" "$m" "$l" \
      "$rep" "$fmt" "$a" "$l" "$rep" "$fmt" "$ma" "$l"
    all[$fmt-mpd]+="$m "; all[$fmt-accord]+="$a "; all[$fmt-mpd-alsa]+="$ma "
  done
done
median() { bench_median; }
bench_guard_end playback_cpu_bench
mkdir -p "$WORK/results"
echo "medians (CPU seconds per minute of audio, 60 s queue, real time; $(bench_note)):"
for fmt in flac flac2496; do
  m=$(echo "${all[$fmt-mpd]}" | median); a=$(echo "${all[$fmt-accord]}" | median)
  ma=$(echo "${all[$fmt-mpd-alsa]}" | median)
  printf '  %-9s mpd(null) %s  mpd(alsa rig) %s  accord(alsa rig) %s  accord/mpd(null) %s  accord/mpd(alsa) %s\n' \
    "$fmt" "$m" "$ma" "$a" "$(echo "scale=2; $a / $m" | bc)" "$(echo "scale=2; $a / $ma" | bc)"
done | tee "$WORK/results/playback-cpu-medians.txt"
# print_threads PLAYER: each rep's and queue's per-thread CPU as the run saved it
print_threads() {
  for rep in $(seq 1 "$REPS"); do
    for fmt in flac flac2496; do
      printf '  %s %-9s %s\n' "$rep" "$fmt" "$(cat "$WORK/results/$1-threads-$fmt-$rep.txt")"
    done
  done
}
echo "accordctl's threads, CPU ms (name/tid=ms, each thread's last sample; the main thread's includes start-up):"
print_threads accord
echo "MPD's threads (null output), CPU ms during the same queue's play-wait (name/tid=ms):"
print_threads mpd
