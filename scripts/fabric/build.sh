#!/usr/bin/env bash
# Builds the Hyperledger Fabric binaries st2's native network needs (peer, orderer, configtxgen,
# osnadmin, configtxlator) from source through the Go module proxy, into a per-user cache keyed by
# Fabric version.
#
# Usage: scripts/fabric/build.sh        progress on stderr, the bin directory on stdout (last line)
# Env:   ST2_FABRIC_CACHE    cache root (default ${XDG_CACHE_HOME:-$HOME/.cache}/st2/fabric)
#        ST2_FABRIC_VERSION  2.5.9 (default: what the network runs) or 3.1.1 (for the BFT ordering option)
#
# Why not `go install pkg@version`: the module has no /v2 suffix, so Fabric's release tags are not
# module versions, and `go install` also asks the proxy for the module's version list, which this
# proxy refuses (403). `go mod download` of one pinned pseudo-version works, so we download that,
# build it as a main module (-mod=mod: the zip carries only vendor/modules.txt, not vendor/), and
# keep nothing of the source afterwards. Never @latest: the pin below is the whole supply chain.
set -euo pipefail

log() { printf '[fabric] %s\n' "$*" >&2; }
die() { printf '[fabric] error: %s\n' "$*" >&2; exit 1; }

readonly FABRIC_VERSION="${ST2_FABRIC_VERSION:-2.5.9}"
readonly FABRIC_MODULE=github.com/hyperledger/fabric
# Each pseudo-version names a release commit (its tag in the comment); the proxy serves these exact ones.
case "$FABRIC_VERSION" in
  # Fabric 2.5 LTS. v2.5.9 is the newest 2.5 release the module proxy here serves (tag v2.5.9).
  2.5.9) readonly FABRIC_PSEUDO_VERSION=v1.4.0-rc1.0.20240618194258-7c3876255bf0 FABRIC_COMMIT=7c3876255bf0 ;;
  # Fabric 3.1 (tag v3.1.1): SmartBFT ordering; needs Go >= 1.24.
  3.1.1) readonly FABRIC_PSEUDO_VERSION=v1.4.0-rc1.0.20250510200036-435a7f1a780a FABRIC_COMMIT=435a7f1a780a ;;
  *) die "ST2_FABRIC_VERSION=$FABRIC_VERSION is not pinned here (pinned: 2.5.9, 3.1.1)" ;;
esac
readonly COMMANDS=(peer orderer configtxgen osnadmin)
# Tools added after COMMANDS: each is built alone when missing, so adding one never rebuilds (and
# replaces under running networks) the binaries the stamp already vouches for.
readonly EXTRA_COMMANDS=(configtxlator)

cache_root="${ST2_FABRIC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/st2/fabric}"
dest="$cache_root/$FABRIC_VERSION"
bin="$dest/bin"
stamp="$dest/BUILD_INFO"
want_stamp="$FABRIC_MODULE@$FABRIC_PSEUDO_VERSION ${COMMANDS[*]}"
# What Fabric's Makefile stamps in, so `peer version` and the peer's own metadata say 2.5.9.
readonly LDFLAGS="-X $FABRIC_MODULE/common/metadata.Version=$FABRIC_VERSION -X $FABRIC_MODULE/common/metadata.CommitSHA=$FABRIC_COMMIT"

is_built() {
  [[ -f "$stamp" && "$(cat "$stamp")" == "$want_stamp" ]] || return 1
  local c
  for c in "${COMMANDS[@]}"; do [[ -x "$bin/$c" ]] || return 1; done
}

missing_extras() {
  local c
  for c in "${EXTRA_COMMANDS[@]}"; do [[ -x "$bin/$c" ]] || printf '%s\n' "$c"; done
}

# What to build now: everything when the stamped set is absent or stale, else only missing extra tools.
to_build() {
  if is_built; then missing_extras; else printf '%s\n' "${COMMANDS[@]}" "${EXTRA_COMMANDS[@]}"; fi
}

if [[ -z "$(to_build)" ]]; then
  log "Fabric $FABRIC_VERSION already built"
  printf '%s\n' "$bin"
  exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  die "Go is not installed (needed once, to build Fabric $FABRIC_VERSION from source).
  Install Go >= 1.22, then re-run:
    Debian/Ubuntu:  sudo apt-get install golang-go      (check: go version >= 1.22)
    any Linux:      curl -fsSLO https://go.dev/dl/go1.22.12.linux-amd64.tar.gz
                    sudo tar -C /usr/local -xzf go1.22.12.linux-amd64.tar.gz && export PATH=\$PATH:/usr/local/go/bin
  The Go module proxy (GOPROXY, default https://proxy.golang.org) must be reachable."
fi

mkdir -p "$dest"
# Two callers (say, parallel test workers) must not build into the same directory at once.
exec 9>"$dest/.lock"
if command -v flock >/dev/null 2>&1; then
  log "taking the build lock ($dest/.lock; waits if another build runs)"
  flock 9
  if [[ -z "$(to_build)" ]]; then
    log "Fabric $FABRIC_VERSION was built by another process"
    printf '%s\n' "$bin"
    exit 0
  fi
fi
mapfile -t building < <(to_build)
rebuild_all=true
is_built && rebuild_all=false

started=$SECONDS
log "building Fabric $FABRIC_VERSION ${building[*]} ($FABRIC_MODULE@$FABRIC_PSEUDO_VERSION) with $(go version | cut -d' ' -f3)"
log "this takes a few minutes once; later runs reuse $bin"

work="$(mktemp -d "${TMPDIR:-/tmp}/st2-fabric-build.XXXXXX")"
trap 'chmod -R u+w "$work" 2>/dev/null || true; rm -rf "$work"' EXIT

log "downloading the module source through the Go module proxy ($(go env GOPROXY))"
# Run outside any module so no go.mod/go.work of the caller is involved.
if ! download_json="$(cd "$work" && GOFLAGS=-mod=mod go mod download -json "$FABRIC_MODULE@$FABRIC_PSEUDO_VERSION" 2>&1)"; then
  die "go mod download failed:
$download_json
  Check that the Go module proxy is reachable (go env GOPROXY) and serves $FABRIC_MODULE@$FABRIC_PSEUDO_VERSION."
fi
module_dir="$(printf '%s\n' "$download_json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')"
[[ -n "$module_dir" && -d "$module_dir" ]] || die "go mod download returned no module directory:
$download_json"

# The module cache is read-only, and its vendor/ holds only modules.txt (which would make
# `go build` insist on vendoring): copy, make writable, drop vendor/.
src="$work/fabric"
cp -R "$module_dir" "$src"
chmod -R u+w "$src"
rm -rf "$src/vendor"

mkdir -p "$bin"
build_pid=""
trap '[[ -n "$build_pid" ]] && kill "$build_pid" 2>/dev/null; chmod -R u+w "$work" 2>/dev/null || true; rm -rf "$work"' EXIT
for cmd in "${building[@]}"; do
  log "building $cmd ($((SECONDS - started))s elapsed)"
  # CGO off: static binaries, no C toolchain needed; -trimpath: no build paths in the binaries.
  (cd "$src" && CGO_ENABLED=0 exec go build -mod=mod -trimpath -ldflags "$LDFLAGS" -o "$bin/$cmd.partial" "./cmd/$cmd") >"$work/$cmd.log" 2>&1 &
  build_pid=$!
  last=$SECONDS
  # The first command compiles (and downloads) most dependencies and can take minutes: keep talking.
  while kill -0 "$build_pid" 2>/dev/null; do
    sleep 1
    if ((SECONDS - last >= 30)); then
      log "still building $cmd ($((SECONDS - started))s elapsed)"
      last=$SECONDS
    fi
  done
  if ! wait "$build_pid"; then
    build_pid=""
    rm -f "$bin/$cmd.partial"
    die "go build ./cmd/$cmd failed:
$(tail -30 "$work/$cmd.log")"
  fi
  build_pid=""
  mv -f "$bin/$cmd.partial" "$bin/$cmd"
done

# The stamp vouches for COMMANDS only; written after a full build, untouched by an extra tool's.
[[ "$rebuild_all" == true ]] && printf '%s\n' "$want_stamp" >"$stamp"
log "Fabric $FABRIC_VERSION built in $((SECONDS - started))s: $("$bin/peer" version 2>/dev/null | sed -n 's/^ *Version: //p' | head -1)"
printf '%s\n' "$bin"
