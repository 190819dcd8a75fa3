#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
# Desktop integration by the freedesktop rules: desktop_files_test.sh SOURCE_DIR METAINFO
# One id names the desktop file, the metainfo and the icon; both files pass their validators; the icons
# exist at the hicolor sizes with those pixel sizes; every screenshot the metainfo names is in docs/screenshots.
set -uo pipefail
src=$1 metainfo=$2
id=org.accord.Accord
desktop=$src/resources/$id.desktop
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net rejects $metainfo"

grep -qx "Icon=$id" "$desktop" || fail "desktop file Icon= is not $id"
grep -q "<id>$id</id>" "$metainfo" || fail "metainfo id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "metainfo launchable"
grep -q '<content_rating type="oars-' "$metainfo" || fail "metainfo has no OARS content_rating"
grep -q '<release version="' "$metainfo" || fail "metainfo has no release"
grep -q "<icon type=\"stock\">$id</icon>" "$metainfo" || fail "metainfo icon is not $id"

# The MIME types: each audio type listed is known to shared-mime-info (or is one of its aliases).
mimes=$(sed -n 's/^MimeType=//p' "$desktop" | tr ';' '\n' | sed '/^$/d')
for m in audio/flac audio/mpeg audio/ogg inode/directory; do
  grep -qx "$m" <<<"$mimes" || fail "MimeType lacks $m"
done
if [[ -d /usr/share/mime ]]; then
  for m in $mimes; do
    [[ -f /usr/share/mime/$m.xml ]] || grep -q "^$m " /usr/share/mime/aliases 2>/dev/null ||
      fail "MIME type $m is unknown to shared-mime-info"
  done
fi

png_size() { # width x height from the IHDR chunk
  od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'
}
for s in 16 22 24 32 48 64 128 256 512; do
  f=$src/resources/icons/hicolor/$id-$s.png
  [[ -f $f ]] || { fail "no ${s}x$s icon"; continue; }
  [[ $(png_size "$f") == "${s}x$s" ]] || fail "$f is $(png_size "$f"), not ${s}x$s"
done

n=0
for url in $(sed -n 's:.*<image type="source">\(.*\)</image>.*:\1:p' "$metainfo"); do
  n=$((n + 1))
  [[ -f $src/docs/screenshots/$(basename "$url") ]] || fail "screenshot $(basename "$url") is not in docs/screenshots"
done
((n >= 1)) || fail "metainfo names no screenshot"

((fails == 0)) && echo "desktop files: all checks passed"
exit $((fails > 0))
