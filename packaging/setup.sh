#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
# The README's two commands:
#   bash packaging/setup.sh run    install what is missing, build (release), start the player
#   bash packaging/setup.sh test   install what is missing, build (ci preset), run every test
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=$(nproc)

case "${1:-}" in
run)
  packaging/install-deps.sh
  cmake --preset release >/dev/null
  # Only the two programs: the tests and benchmarks are built by `setup.sh test` (ci preset) or on demand.
  cmake --build --preset release -j "$JOBS" --target accord accordctl
  shift
  exec packaging/start-player.sh build/release "$@"
  ;;
test)
  packaging/install-deps.sh --tests
  cmake --preset ci
  cmake --build --preset ci -j "$JOBS"
  ctest --preset ci -j "$JOBS"
  ;;
*)
  echo "usage: bash packaging/setup.sh run|test" >&2
  exit 2
  ;;
esac
