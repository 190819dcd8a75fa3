#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
#
# sync-bench.sh BUILD_DIR [WORK_DIR]      (env REPS=3, TRACKS=5, TRACK_MB=50, RECORDINGS=100000, FORCE=1,
#                                         SYNC_REPS=REPS, BASE_CTL=another accordctl to measure alongside)
#
# The signed sync's benchmark (issue 15), against a real nginx on 127.0.0.1 over TLS (a throwaway CA, as
# tests/core/sync/feed_server.cpp does), all in one run:
#   1. `accordctl sync` of a release whose catalogue delta holds RECORDINGS recordings (1,000 releases, one
#      deal each), with a lease naming 50 playlists of 200 tracks; each run into a fresh copy of a data dir
#      that has only been through `sync init` (same device, nothing synced). Median of REPS runs. Beside
#      it, in the same loop: `curl` fetching the very files the sync fetches (root, release, delta, lease
#      and their signatures: the transfer alone) and `accordctl catalogue import` of the same delta into an
#      empty data dir (the import alone, no network, no signature).
#   2. `accordctl sync download` of TRACKS x TRACK_MB MB tracks (generated WAV, served as `.acx`) against
#      `curl` fetching the same by-hash files from the same nginx (one curl process, one connection, files
#      written beside the data dir). Alternating, REPS runs each, medians; goal: accord >= 0.9x curl. Also
#      the CPU time of each (and per MB) and curl followed by sha256sum of its files (the check accordctl
#      makes), curl followed by sync of its files (the durability accordctl gives) and both. With
#      BASE_CTL, that accordctl's `sync download` runs in the same rotation (before/after).
# CPU of playing an `.acx` against the plain FLAC is bench_acx's (tests/bench/README.md).
# Refuses to start when the 1-minute load average exceeds the core count (FORCE=1 runs anyway and flags
# the figures). Kills only the nginx it started.
set -euo pipefail
BUILD=$(cd "${1:?usage: sync-bench.sh BUILD_DIR [WORK_DIR]}" && pwd)
WORK=${2:-/tmp/accord-sync-bench}
REPS=${REPS:-3}
SYNC_REPS=${SYNC_REPS:-$REPS}
TRACKS=${TRACKS:-5}
TRACK_MB=${TRACK_MB:-50}
RECORDINGS=${RECORDINGS:-100000}
CTL="$BUILD/app/accordctl/accordctl"
[[ -x "$CTL" ]] || { echo "no accordctl in $BUILD" >&2; exit 1; }
BASE_CTL=${BASE_CTL:-}
[[ -z "$BASE_CTL" || -x "$BASE_CTL" ]] || { echo "BASE_CTL $BASE_CTL is not executable" >&2; exit 1; }
for tool in nginx openssl curl sox python3; do
    command -v "$tool" >/dev/null || [[ -x /usr/sbin/$tool ]] || { echo "needs $tool" >&2; exit 1; }
done
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
bench_guard sync-bench

load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
now() { date +%s.%N; }

FLAG=""
l1=$(cut -d' ' -f1 /proc/loadavg)
if awk -v l="$l1" -v n="$(nproc)" 'BEGIN {exit !(l > n)}'; then
    if [[ "${FORCE:-}" != 1 ]]; then
        echo "sync-bench: load average $(load) on $(nproc) cores: figures would be other processes' too" >&2
        echo "(FORCE=1 runs anyway)" >&2
        exit 1
    fi
    FLAG=" (FORCED: load $l1 > $(nproc) cores at start)"
fi
echo "cores: $(nproc); load before: $(load)$FLAG"

rm -rf "$WORK"
mkdir -p "$WORK"/{keys,nginx/tmp,tracks,dl}
chmod 755 "$WORK"
PUB="$WORK/publisher"
FEED="$PUB/feed"
ISSUED=$(date -u +%Y-%m-%dT%H:%M:%SZ)

NGINX_PID=""
stop_nginx() {
    if [[ -n "$NGINX_PID" ]]; then
        kill -TERM "$NGINX_PID" 2>/dev/null || true
        wait "$NGINX_PID" 2>/dev/null || true
        NGINX_PID=""
    fi
}
trap stop_nginx EXIT INT TERM

# --- the feed --------------------------------------------------------------------------------------
echo "generating the catalogue delta ($RECORDINGS recordings) and $TRACKS x $TRACK_MB MB tracks..."
python3 - "$WORK/delta.json" "$RECORDINGS" <<'PY'
import json, sys
out, n = sys.argv[1], int(sys.argv[2])
per = 100
recs = [{"id": f"BEN-{i:07d}", "isrc": f"CNB01{i:07d}", "title": f"Bench recording {i}",
         "artists": [f"Artist {i % 5000}"], "duration": 180 + i % 120} for i in range(n)]
rels, deals = [], []
for r in range((n + per - 1) // per):
    rels.append({"id": f"BEN-R{r:05d}", "icpn": f"{r:013d}", "title": f"Bench release {r}",
                 "tracks": [recs[j]["id"] for j in range(r * per, min(n, (r + 1) * per))]})
    deals.append({"id": f"BEN-D{r:05d}", "release": f"BEN-R{r:05d}", "licensor": "P-label",
                  "licensee": "P-dist", "territories": ["CN", "HK", "TW"], "start": "2026-01-01",
                  "end": "2030-12-31", "use_types": ["stream", "download"],
                  "commercial_models": ["SubscriptionModel"]})
doc = {"format": "accord-catalogue", "version": 1,
       "policy": {"time_zone": "+08:00", "preview_seconds": 30, "unidentified_playable": False,
                  "tiers": {"vip": {"commercial_models": ["SubscriptionModel"], "devices": ["desktop"],
                                    "resolution": "standard"}}},
       "parties": [{"id": "P-label", "name": "Bench Records", "role": "label"},
                   {"id": "P-dist", "name": "Bench Distribution", "role": "licensee"}],
       "recordings": recs, "releases": rels, "deals": deals}
with open(out, "w") as f:
    json.dump(doc, f)
PY
secs=$(awk -v mb="$TRACK_MB" 'BEGIN {printf "%.3f", mb * 1000000 / (48000 * 4)}')
for i in $(seq 1 "$TRACKS"); do
    sox -q -n -r 48000 -b 16 -c 2 "$WORK/tracks/$i.wav" synth "$secs" pinknoise \
        sine $((200 + 37 * i)) vol 0.3
done

K="$WORK/keys"
for name in root1 release lease; do "$CTL" publish keygen --out "$K/$name" >/dev/null; done
"$CTL" publish init --dir "$PUB" --root-key "$K/root1" --release-key "$K/release" --lease-key "$K/lease" \
    --issued "$ISSUED" >/dev/null
t0=$(now)
"$CTL" publish catalogue --dir "$PUB" --issued "$ISSUED" "$WORK/delta.json" >/dev/null
t_pub_cat=$(awk -v a="$t0" -v b="$(now)" 'BEGIN {printf "%.2f", b - a}')

# --- nginx over TLS ----------------------------------------------------------------------------------
N="$WORK/nginx"
(cd "$N" &&
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key -out ca.pem \
        -days 2 -subj /CN=accord-bench-ca -addext basicConstraints=critical,CA:TRUE \
        -addext keyUsage=critical,keyCertSign,cRLSign &&
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout server.key -out server.csr \
        -subj /CN=127.0.0.1 &&
    printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >ext.cnf &&
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 \
        -extfile ext.cnf) >/dev/null 2>&1
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
{
    echo "worker_processes 1; pid $N/nginx.pid; error_log $N/error.log;"
    [[ $(id -u) == 0 ]] && echo "user root;"
    echo "events { worker_connections 64; }"
    echo "http { access_log off; default_type application/octet-stream;"
    for t in client_body proxy fastcgi uwsgi scgi; do echo "  ${t}_temp_path $N/tmp/$t;"; done
    echo "  server { listen 127.0.0.1:$PORT ssl; ssl_certificate $N/server.pem;"
    echo "    ssl_certificate_key $N/server.key; root $FEED; } }"
} >"$N/nginx.conf"
"$NGINX" -p "$N" -c "$N/nginx.conf" -e "$N/error.log" -g 'daemon off;' &
NGINX_PID=$!
for _ in $(seq 1 500); do
    curl -s -o /dev/null --cacert "$N/ca.pem" "https://127.0.0.1:$PORT/release.json" && break
    kill -0 "$NGINX_PID" 2>/dev/null || { echo "nginx did not start: $N/error.log" >&2; exit 1; }
    sleep 0.01
done
URL="https://127.0.0.1:$PORT"
echo "nginx (pid $NGINX_PID) on $URL"

# --- the subscriber: sync init once, then the device, 50 playlists and the lease ---------------------
BASE="$WORK/data-init"
mkdir -p "$BASE"
init=$("$CTL" --data-dir "$BASE" sync init --json --url "$URL" --root "$FEED/root/1.json" \
    --ca-file "$N/ca.pem")
DEV=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["device_id"])' <<<"$init")
DKEY=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["public_key"])' <<<"$init")
"$CTL" publish device --dir "$PUB" --account acc1 --device-id "$DEV" --device-key "$DKEY" --territory CN \
    --tier vip >/dev/null
t0=$(now)
for p in $(seq 0 49); do
    mapfile -t recs < <(seq $((p * 200)) $((p * 200 + 199)) | awk '{printf "BEN-%07d\n", $1 * 7 % '"$RECORDINGS"'}')
    "$CTL" publish playlist --dir "$PUB" --account acc1 --id "pl$p" --title "Playlist $p" "${recs[@]}" >/dev/null
done
t_pub_pl=$(awk -v a="$t0" -v b="$(now)" 'BEGIN {printf "%.2f", b - a}')
track_args=()
for i in $(seq 1 "$TRACKS"); do track_args+=(--track "$(printf 'BEN-%07d' "$i")=$WORK/tracks/$i.wav"); done
t0=$(now)
"$CTL" publish lease --dir "$PUB" --device-id "$DEV" "${track_args[@]}" --issued "$ISSUED" >/dev/null
t_pub_lease=$(awk -v a="$t0" -v b="$(now)" 'BEGIN {printf "%.2f", b - a}')
delta_mb=$(du -m "$WORK/delta.json" | cut -f1)
echo "published: catalogue delta ${delta_mb} MB in ${t_pub_cat} s, 50 playlists in ${t_pub_pl} s," \
    "lease ($TRACKS tracks) in ${t_pub_lease} s"

# --- 1. sync into a fresh data dir -------------------------------------------------------------------
# The files a sync fetches, for curl: release.json and the device's lease with their signatures, and the
# delta (the root chain's next step is absent: one 404 for the sync, none for curl).
sync_urls=()
while read -r f; do
    sync_urls+=(-o "$WORK/dl/sync-${f//\//_}" "$URL/$f")
done < <(cd "$FEED" && find . -maxdepth 1 -name 'release.json*' -printf '%P\n' &&
    find "devices/$DEV" -type f && python3 -c 'import json,sys
for x in json.load(open(sys.argv[1]))["catalogue"]:
    print("by-hash/sha256/" + x["sha256"])' release.json)
sync_runs=() fetch_runs=() import_runs=() sync_cpu=() import_cpu=()
for r in $(seq 1 "$SYNC_REPS"); do
    D="$WORK/data-sync"
    rm -rf "$D" && cp -a "$BASE" "$D"
    t0=$(now)
    /usr/bin/time -o "$WORK/cpu" -f "%U %S" "$CTL" --data-dir "$D" sync --json >"$WORK/sync.json"
    t=$(awk -v a="$t0" -v b="$(now)" 'BEGIN {printf "%.3f", b - a}')
    out=$(cat "$WORK/sync.json")
    grep -q '"deltas_imported": 1' <<<"$out" || { echo "sync did not import the delta: $out" >&2; exit 1; }
    sc=$(awk '{printf "%.2f", $1 + $2}' "$WORK/cpu")
    rm -f "$WORK"/dl/sync-*
    t0=$(now)
    curl -sS --fail --cacert "$N/ca.pem" "${sync_urls[@]}"
    tf=$(awk -v a="$t0" -v b="$(now)" 'BEGIN {printf "%.3f", b - a}')
    I="$WORK/data-import"
    rm -rf "$I" && mkdir -p "$I"
    t0=$(now)
    /usr/bin/time -o "$WORK/cpu" -f "%U %S" "$CTL" --data-dir "$I" catalogue import --json "$WORK/delta.json" >/dev/null
    ti=$(awk -v a="$t0" -v b="$(now)" 'BEGIN {printf "%.3f", b - a}')
    ic=$(awk '{printf "%.2f", $1 + $2}' "$WORK/cpu")
    sync_runs+=("$t") fetch_runs+=("$tf") import_runs+=("$ti") sync_cpu+=("$sc") import_cpu+=("$ic")
    echo "  sync run $r: $t s (CPU $sc s); curl of the same files $tf s; catalogue import of the delta" \
        "$ti s (CPU $ic s) (load $(load))"
done
st=$("$CTL" --data-dir "$D" sync status --json)
npl=$(python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["playlists"]), sum(p["tracks"] for p in d["playlists"]))' <<<"$st")
sync_med=$(printf '%s\n' "${sync_runs[@]}" | median)
echo "sync ($RECORDINGS-recording delta, playlists/tracks $npl): runs ${sync_runs[*]} s; median $sync_med s" \
    "(CPU median $(printf '%s\n' "${sync_cpu[@]}" | median) s)"
echo "  beside it: curl of the same files median $(printf '%s\n' "${fetch_runs[@]}" | median) s;" \
    "catalogue import of the delta alone median $(printf '%s\n' "${import_runs[@]}" | median) s" \
    "(CPU $(printf '%s\n' "${import_cpu[@]}" | median) s); load now $(load)"

# --- 2. download throughput: accordctl sync download vs curl, alternating ----------------------------
mapfile -t hashes < <(python3 -c 'import json,sys; [print(t["sha256"]) for t in json.load(open(sys.argv[1]))["tracks"]]' \
    "$FEED/devices/$DEV/lease.json")
bytes=0
curl_args=()
for h in "${hashes[@]}"; do
    bytes=$((bytes + $(stat -c %s "$FEED/by-hash/sha256/$h")))
    curl_args+=(-o "$WORK/dl/$h" "$URL/by-hash/sha256/$h")
done
cat "$FEED"/by-hash/sha256/* >/dev/null # the server reads from the page cache in both
# Also the CPU (user+sys) of each, and of curl followed by sha256sum of its files (what checking curl's
# download against the lease would add: accordctl checks every byte, curl checks none).
acc_runs=() curl_runs=() sum_runs=() durable_runs=() both_runs=() acc_cpu=() curl_cpu=() base_runs=() base_cpu=()
cpu() { awk '{printf "%.2f", $1 + $2}' "$WORK/cpu"; }
# One accordctl `sync download` into an empty content folder: wall seconds, then CPU seconds in $WORK/cpu.
download_with() {
    rm -rf "$D/sync/content"
    local t0 t
    t0=$(now)
    /usr/bin/time -o "$WORK/cpu" -f "%U %S" "$1" --data-dir "$D" sync download --quiet --json >"$WORK/download.json"
    t=$(awk -v a="$t0" -v b="$(now)" 'BEGIN {printf "%.3f", b - a}')
    grep -q "\"downloaded\": ${#hashes[@]}" "$WORK/download.json" || { cat "$WORK/download.json" >&2; exit 1; }
    echo "$t"
}
for r in $(seq 1 "$REPS"); do
    # The order rotates each run, so that neither always follows the other (page cache, CPU frequency).
    order=(acc curl)
    [[ -n "$BASE_CTL" ]] && order+=(base)
    for ((k = 0; k < (r - 1) % ${#order[@]}; k++)); do order=("${order[@]:1}" "${order[0]}"); done
    line=""
    for who in "${order[@]}"; do
        case $who in
        acc)
            ta=$(download_with "$CTL"); ca=$(cpu)
            acc_runs+=("$ta") acc_cpu+=("$ca")
            line+=" accordctl $ta s (CPU $ca s);" ;;
        base)
            tb=$(download_with "$BASE_CTL"); cb=$(cpu)
            base_runs+=("$tb") base_cpu+=("$cb")
            line+=" BASE_CTL $tb s (CPU $cb s);" ;;
        curl)
            rm -f "$WORK"/dl/*
            t0=$(now)
            /usr/bin/time -o "$WORK/cpu" -f "%U %S" curl -sS --fail --cacert "$N/ca.pem" "${curl_args[@]}"
            tc=$(awk -v a="$t0" -v b="$(now)" 'BEGIN {printf "%.3f", b - a}')
            cc=$(cpu)
            # What accordctl does and curl does not, each timed alone after curl: the SHA-256 of every
            # byte (sha256sum), and power-loss durability (coreutils sync FILE... fsync()s each file,
            # then their folder, as accordctl does before and after each rename).
            t1=$(now)
            sha256sum "$WORK"/dl/* >/dev/null
            t2=$(now)
            sync "$WORK"/dl/* "$WORK/dl"
            t3=$(now)
            ts=$(awk -v c="$tc" -v a="$t1" -v b="$t2" 'BEGIN {printf "%.3f", c + b - a}')
            td=$(awk -v c="$tc" -v a="$t2" -v b="$t3" 'BEGIN {printf "%.3f", c + b - a}')
            tsd=$(awk -v a="$t0" -v b="$t3" 'BEGIN {printf "%.3f", b - a}')
            curl_runs+=("$tc") curl_cpu+=("$cc") sum_runs+=("$ts") durable_runs+=("$td") both_runs+=("$tsd")
            line+=" curl $tc s (CPU $cc s), + sha256sum $ts s, + sync $td s, + both $tsd s;" ;;
        esac
    done
    echo "  download run $r:$line load $(load)"
done
acc_med=$(printf '%s\n' "${acc_runs[@]}" | median)
curl_med=$(printf '%s\n' "${curl_runs[@]}" | median)
sum_med=$(printf '%s\n' "${sum_runs[@]}" | median)
durable_med=$(printf '%s\n' "${durable_runs[@]}" | median)
both_med=$(printf '%s\n' "${both_runs[@]}" | median)
acc_cpu_med=$(printf '%s\n' "${acc_cpu[@]}" | median)
curl_cpu_med=$(printf '%s\n' "${curl_cpu[@]}" | median)
mbs() { awk -v b="$bytes" -v t="$1" 'BEGIN {printf "%.0f", b / 1000000 / t}'; }
permb() { awk -v b="$bytes" -v c="$1" 'BEGIN {printf "%.2f", c * 1000 / (b / 1000000)}'; }
ratio=$(awk -v a="$acc_med" -v c="$curl_med" 'BEGIN {printf "%.2f", c / a}')
echo "download of $TRACKS tracks ($bytes bytes): accordctl median $acc_med s ($(mbs "$acc_med") MB/s)," \
    "curl median $curl_med s ($(mbs "$curl_med") MB/s); accordctl/curl throughput ${ratio}x (goal >= 0.9)"
echo "  CPU (user+sys) medians: accordctl $acc_cpu_med s ($(permb "$acc_cpu_med") ms/MB), curl $curl_cpu_med s" \
    "($(permb "$curl_cpu_med") ms/MB); curl + sha256sum median $sum_med s:" \
    "accordctl/(curl + sha256sum) $(awk -v a="$acc_med" -v c="$sum_med" 'BEGIN {printf "%.2f", c / a}')x"
rel() { awk -v a="$acc_med" -v c="$1" 'BEGIN {printf "%.2f", c / a}'; }
echo "  apples to apples: curl + sync of its files (durable, as accordctl's files are) median $durable_med s:" \
    "accordctl/that $(rel "$durable_med")x; curl + sha256sum + sync (verified and durable) median $both_med s:" \
    "accordctl/that $(rel "$both_med")x"
if [[ -n "$BASE_CTL" ]]; then
    base_med=$(printf '%s\n' "${base_runs[@]}" | median)
    base_cpu_med=$(printf '%s\n' "${base_cpu[@]}" | median)
    echo "  BASE_CTL ($BASE_CTL): median $base_med s ($(mbs "$base_med") MB/s), throughput/curl" \
        "$(awk -v a="$base_med" -v c="$curl_med" 'BEGIN {printf "%.2f", c / a}')x, CPU $base_cpu_med s" \
        "($(permb "$base_cpu_med") ms/MB)"
fi
echo "load after: $(load)$FLAG"
bench_guard_end sync-bench
echo "every figure above: $(bench_note)"
