#!/usr/bin/env bash
# Builds st2-prover (circuits/native: rapidsnark, the native Groth16 prover of the circom/snarkjs
# toolchain, through go-rapidsnark's vendored static libraries) into a per-user cache keyed by the
# hash of its sources, so an unchanged prover is built once per machine.
#
# Usage: circuits/scripts/build-prover.sh    progress on stderr, the binary's path on stdout (last line)
# Env:   ST2_PROVER_CACHE  cache root (default ${XDG_CACHE_HOME:-$HOME/.cache}/st2/prover)
# Needs: Go >= 1.21 with the Go module proxy, and a C/C++ toolchain (cgo links rapidsnark, libstdc++, OpenMP).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../native" && pwd)"
log() { printf '[prover] %s\n' "$*" >&2; }
die() { printf '[prover] error: %s\n' "$*" >&2; exit 1; }

# rapidsnark's assembly field arithmetic needs BMI2 and ADX (every x86-64 CPU since about 2014);
# it proves about 2.5 times faster than the portable build, which is the fallback (tag rapidsnark_noasm).
variant=noasm
if [[ "$(uname -m)" == x86_64 ]] && grep -qw bmi2 /proc/cpuinfo 2>/dev/null && grep -qw adx /proc/cpuinfo 2>/dev/null; then
  variant=asm
fi

key="$(cat "$here/go.mod" "$here/go.sum" "$here/main.go" | sha256sum | cut -c1-16)-$variant"
cache_root="${ST2_PROVER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/st2/prover}"
dest="$cache_root/$key"
binary="$dest/st2-prover"

if [[ -x "$binary" ]]; then
  printf '%s\n' "$binary"
  exit 0
fi
command -v go >/dev/null 2>&1 || die "Go is not installed (needed once, to build the native prover). Install Go >= 1.21 (Debian: apt-get install golang-go)."
command -v g++ >/dev/null 2>&1 || die "no C++ compiler: cgo links rapidsnark with libstdc++ and OpenMP (Debian: apt-get install g++)."

mkdir -p "$dest"
# Parallel test workers may ask at once: one builds, the others wait and reuse it.
exec 9>"$dest/.lock"
if command -v flock >/dev/null 2>&1; then
  flock 9
  if [[ -x "$binary" ]]; then
    printf '%s\n' "$binary"
    exit 0
  fi
fi

started=$SECONDS
log "building st2-prover (rapidsnark $variant) with $(go version | cut -d' ' -f3) into $dest"
tags=()
[[ "$variant" == noasm ]] && tags=(-tags rapidsnark_noasm)
if ! output="$(cd "$here" && CGO_ENABLED=1 GOFLAGS=-mod=mod go build -trimpath "${tags[@]}" -o "$binary.partial" . 2>&1)"; then
  rm -f "$binary.partial"
  die "go build failed:
$output"
fi
mv -f "$binary.partial" "$binary"
log "st2-prover built in $((SECONDS - started))s"
printf '%s\n' "$binary"
