#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
# Command-line manners, checked against the real built programs and the generated files:
#   cli_manners_test.sh ACCORDCTL DOCS_DIR [ACCORD]
# --version; every command's --help exits 0 and lists every flag its usage line names; the man pages list
# every command and flag; the bash completion offers commands, subcommands and flags; stderr is free of
# ANSI escapes when it is not a terminal.
set -uo pipefail
ctl=$1 docs=$2 gui=${3:-}
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

version=$("$ctl" --version) || fail "--version exited $?"
[[ $version =~ ^accordctl\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version printed '$version'"

# The command names, from the top-level help (two spaces, the name, then at least two spaces).
mapfile -t commands < <("$ctl" --help | sed -n 's/^  \([a-z]\+\( [a-z]\+\)\?\)  .*/\1/p')
((${#commands[@]} >= 10)) || fail "only ${#commands[@]} commands in --help"
roff_text() { sed 's/\\-/-/g; s/\\f[BRI]//g' "$1"; }
man_text=$(roff_text "$docs/accordctl.1")
for cmd in "${commands[@]}"; do
  # shellcheck disable=SC2086  # a command may be two words
  help=$("$ctl" $cmd --help) || fail "'$cmd --help' exited $?"
  usage=$(head -1 <<<"$help")
  [[ $usage == "usage: accordctl $cmd"* ]] || fail "'$cmd --help' usage line: $usage"
  options=$(sed -n '/^options:/,/^$/p' <<<"$help")
  flags=$(grep -o -- '--[a-z0-9-]\+' <<<"$usage" | sort -u)
  [[ -n $flags ]] || grep -q -- '--help' <<<"$options" || fail "'$cmd --help' lists no options"
  for f in $flags --help; do
    grep -q -- "^  $f\$" <<<"$options" || fail "'$cmd --help' does not list $f"
    grep -qF -- "$f" <<<"$man_text" || fail "accordctl.1 does not mention $f"
  done
  grep -qF -- "$cmd" <<<"$man_text" || fail "accordctl.1 does not list the command '$cmd'"
done
for g in --data-dir --version --help --generate; do
  grep -qF -- "$g" <<<"$man_text" || fail "accordctl.1 does not document $g"
done
# The installed man page is the generated one, compressed.
cmp -s <(zcat "$docs/accordctl.1.gz") "$docs/accordctl.1" || fail "accordctl.1.gz differs from accordctl.1"

# bash completion: COMP_WORDS/COMP_CWORD as bash sets them, then what the function puts in COMPREPLY.
complete_words() {
  bash --norc --noprofile -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    _accordctl; printf "%s\n" "${COMPREPLY[@]}"' _ "$docs/accordctl.bash" "$@"
}
offers() { # offers EXPECTED WORD...
  # Captured first: under pipefail, grep -q closing the pipe early would fail the pipeline with SIGPIPE.
  local want=$1 got; shift
  got=$(complete_words "$@")
  grep -qx -- "$want" <<<"$got" || fail "completion of '$*' does not offer $want (got: $(tr '\n' ' ' <<<"$got"))"
}
offers play accordctl pl
offers scan accordctl sc
offers catalogue accordctl cat
offers import accordctl catalogue im
offers --volume accordctl play --vo
offers --json accordctl catalogue import --j
offers --territory accordctl --data-dir /tmp availability --te
offers --data-dir accordctl --da
grep -qx -- --json <<<"$(complete_words accordctl play --vo)" && fail "completion of '--vo' offers --json"
if command -v zsh >/dev/null; then
  zsh -n "$docs/_accordctl" || fail "_accordctl is not valid zsh"
fi

# No colour on stderr when it is a file: a usage error, an unknown command and a failing command.
"$ctl" bogus 2>"$tmp/e1" >/dev/null
"$ctl" play --volume x /nonexistent.flac 2>"$tmp/e2" >/dev/null
"$ctl" decode --info "$tmp/missing.wav" 2>"$tmp/e3" >/dev/null
for e in "$tmp"/e1 "$tmp"/e2 "$tmp"/e3; do
  [[ -s $e ]] || fail "$(basename "$e"): nothing on stderr"
  if grep -q $'\e' "$e"; then fail "$(basename "$e"): ANSI escape on stderr"; fi
done

if [[ -n $gui ]]; then
  gui_help=$(QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 "$gui" --help) || fail "accord --help exited $?"
  gui_man=$(roff_text "$docs/accord.1")
  for f in $(grep -o -- '--[a-z0-9-]\+' <<<"$gui_help" | sort -u); do
    grep -qF -- "$f" <<<"$gui_man" || fail "accord.1 does not document $f"
  done
  QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 "$gui" --version | grep -q '^accord [0-9]' ||
    fail "accord --version"
fi

((fails == 0)) && echo "cli manners: all checks passed"
exit $((fails > 0))
