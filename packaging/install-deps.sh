#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
# Installs Accord's build and test dependencies from Debian 12's packages (run as root).
# Skips apt entirely when everything is already there, so repeated runs are fast.
set -euo pipefail

BUILD_PKGS=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6-dev libgl-dev
  qt6-translations-l10n
  libtag1-dev libsndfile1-dev libflac-dev portaudio19-dev libsqlite3-dev libsoxr-dev libchromaprint-dev
  libexpat1-dev nlohmann-json3-dev libtomlplusplus-dev libsodium-dev libcurl4-openssl-dev libssl-dev
  libavformat-dev libavcodec-dev libavutil-dev
  libcue-dev libebur128-dev qt6-charts-dev  # CUE sheets, ReplayGain scanning, the listening report's charts
  libqt6opengl6-dev  # Qt6Charts' CMake package needs Qt6OpenGL, which qt6-charts-dev does not pull in
)
TEST_PKGS=(
  catch2 libbenchmark-dev xvfb xauth dbus dbus-x11 playerctl
  flac lame vorbis-tools opus-tools sox fonts-noto-cjk libxml2-utils chromium
  nginx openssl minisign faketime strace time
  desktop-file-utils appstream shared-mime-info lintian zsh
  clang-14 libclang-rt-14-dev  # libFuzzer (tests/fuzz)
  ffmpeg wavpack  # AAC/ALAC/WavPack fixtures and reference decodes (tests/e2e, tests/bench)
  libjmac-java default-jre-headless  # APE fixtures: jmac is Debian 12's only Monkey's Audio encoder
  loudgain  # the ReplayGain scanner's values and speed are checked against it
)
# tests/bench: MPD 0.23 is the peer the scan and playback benchmarks compare against (--bench).
BENCH_PKGS=(mpd python3-mutagen bc jq)
want=("${BUILD_PKGS[@]}")
if [[ "${1:-}" == "--bench" ]]; then
  want+=("${TEST_PKGS[@]}" "${BENCH_PKGS[@]}")
elif [[ "${1:-}" == "--tests" ]]; then
  want+=("${TEST_PKGS[@]}")
else
  want+=(catch2)  # the build configures tests by default
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  echo "install-deps: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
