#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
# Packages an already-built tree as a .deb (no rebuild), checks it with lintian, installs it with apt
# (dependencies resolved), runs the installed programs from /usr and removes the package again (run as root).
#   bash packaging/deb-smoke.sh build/ci
set -euo pipefail
BUILD=$(realpath "${1:?usage: deb-smoke.sh BUILD_DIR}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$BUILD" && rm -f accord_*.deb && cpack -G DEB >/dev/null)
deb=$(ls "$BUILD"/accord_*.deb)
echo "deb-smoke: built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | sed -n 's/^ \(Depends\|Section\|Maintainer\):/deb-smoke:   \1:/p'
dpkg-deb --contents "$deb" >"$work/contents"
for f in ./usr/bin/accord ./usr/bin/accordctl ./usr/share/doc/accord/copyright ./usr/share/doc/accord/changelog.Debian.gz \
         ./usr/share/man/man1/accordctl.1.gz ./usr/share/man/man1/accord.1.gz \
         ./usr/share/bash-completion/completions/accordctl ./usr/share/zsh/vendor-completions/_accordctl \
         ./usr/share/applications/org.accord.Accord.desktop ./usr/share/metainfo/org.accord.Accord.metainfo.xml \
         ./usr/share/icons/hicolor/48x48/apps/org.accord.Accord.png; do
  grep -q " $f\( \|$\)" "$work/contents" || { echo "deb-smoke: $f missing from the package" >&2; exit 1; }
done
if command -v lintian >/dev/null; then
  lintian --fail-on error --suppress-tags unstripped-binary-or-object "$deb"
fi

cp "$deb" "$work/"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$work/$(basename "$deb")" >/dev/null
/usr/bin/accordctl --version
data=$work/data
/usr/bin/accordctl --data-dir "$data" demo --out "$work/demo" --catalogue >"$work/tracks"
mapfile -t tracks <"$work/tracks"
# A gated play through a capture device (the ALSA file plugin, see the audio test rig): the licence gate,
# the decoder and the output all run from the installed binary.
cat >"$work/asound.conf" <<ASOUND
pcm.accord_capture { type file slave.pcm { type null } file "$work/capture.raw" format "raw" }
pcm.default "accord_capture"
ASOUND
ALSA_CONFIG_PATH=$work/asound.conf timeout 60 /usr/bin/accordctl --data-dir "$data" play --json \
  --territory CN --tier svip "${tracks[0]}" >"$work/play.json"
grep -q '"played"' "$work/play.json" || { echo "deb-smoke: play printed no summary" >&2; exit 1; }
echo "deb-smoke: gated play (CN, svip): $(tr -d " \n" <"$work/play.json" | grep -o "\"played\":[0-9]*")"
# FFmpeg is opened at run time (dlopen, not a link dependency): the installed accordctl still reads AAC.
ffmpeg -v error -y -f lavfi -i sine=frequency=440:duration=1 -c:a aac "$work/tone.m4a"
{ /usr/bin/accordctl decode --info "$work/tone.m4a" >"$work/info.json" && grep -q '"codec": "aac"' "$work/info.json"; } ||
  { echo "deb-smoke: the installed accordctl cannot decode AAC (FFmpeg not loaded?)" >&2; exit 1; }
echo "deb-smoke: AAC decoded through FFmpeg, loaded on demand"
# The installed window starts and keeps running for two seconds under Xvfb (timeout's 124 means it was alive).
HOME=$work XDG_DATA_HOME=$work/xdg xvfb-run -a bash -c \
  'timeout 4 /usr/bin/accord --new-instance --data-dir "$1" >/dev/null 2>"$2/accord.err"; echo $? >"$2/accord.rc"' \
  _ "$data" "$work" || true
rc=$(cat "$work/accord.rc" 2>/dev/null || echo none)
if [[ $rc != 124 ]]; then
  echo "deb-smoke: the installed accord exited with $rc within 4 s:" >&2
  cat "$work/accord.err" >&2
  exit 1
fi
echo "deb-smoke: the installed window ran until stopped"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq accord >/dev/null
[[ ! -e /usr/bin/accordctl ]] || { echo "deb-smoke: /usr/bin/accordctl left after removal" >&2; exit 1; }
echo "deb-smoke: installed, ran and removed"
