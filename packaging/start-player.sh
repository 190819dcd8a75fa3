#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
# Starts the player from a build tree: the window (with the demo library on first run) when a display
# exists; otherwise says so and plays a short generated demo queue through the headless player.
set -euo pipefail
BUILD=${1:?usage: start-player.sh BUILD_DIR}
shift
if [[ -x "$BUILD/app/accord/accord" && ( -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ) ]]; then
  exec "$BUILD/app/accord/accord" --demo "$@"
fi
if [[ -x "$BUILD/app/accord/accord" ]]; then
  echo "No display found (DISPLAY/WAYLAND_DISPLAY unset): the window cannot open here." >&2
  echo "Playing the demo queue with the headless player instead; see 'accordctl --help'." >&2
fi
DEMO="${XDG_CACHE_HOME:-$HOME/.cache}/accord/demo"
"$BUILD/app/accordctl/accordctl" demo --out "$DEMO" >/dev/null
mapfile -t files < <(find "$DEMO" -maxdepth 1 -type f \( -name '*.flac' -o -name '*.wav' -o -name '*.mp3' \) | sort)
exec "$BUILD/app/accordctl/accordctl" play "${files[@]}"
