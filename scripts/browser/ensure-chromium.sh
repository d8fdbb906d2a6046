#!/usr/bin/env bash
# Makes sure Debian's chromium is installed, for the console's browser tests (test/console/e2e): the project
# installs the browser itself, as it builds Fabric, because a test tool's own browser download cannot be fetched
# here. Installs with apt-get when /usr/bin/chromium is missing (as root, or through sudo); fails loudly otherwise.
#
# Usage: scripts/browser/ensure-chromium.sh     progress on stderr, the browser's path on stdout (last line)
# Env:   ST2_CHROMIUM   the browser to use (default /usr/bin/chromium); only /usr/bin/chromium is installed here
set -euo pipefail

log() { printf '[chromium] %s\n' "$*" >&2; }
die() { printf '[chromium] error: %s\n' "$*" >&2; exit 1; }

readonly CHROMIUM="${ST2_CHROMIUM:-/usr/bin/chromium}"
# Jest runs suites in parallel workers: one install at a time, the others wait for it and then find the browser.
readonly LOCK="${TMPDIR:-/tmp}/st2-ensure-chromium.lock"

installed() { [[ -x "$CHROMIUM" ]] && "$CHROMIUM" --version >/dev/null 2>&1; }

install() {
  [[ "$CHROMIUM" == /usr/bin/chromium ]] || die "$CHROMIUM is missing or does not run (ST2_CHROMIUM names a browser this script does not install)"
  local sudo=()
  if [[ $EUID -ne 0 ]]; then
    command -v sudo >/dev/null || die "chromium is missing and installing it needs root: run 'apt-get install -y chromium' as root"
    sudo=(sudo -n)
  fi
  command -v apt-get >/dev/null || die "chromium is missing and this is no Debian-like system (no apt-get): install chromium and set ST2_CHROMIUM"
  log "chromium is missing: installing Debian's package (apt-get update, then apt-get install chromium; a minute or two)"
  # Another apt run (an unattended upgrade) holds dpkg's lock: wait for it rather than fail.
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 update >&2 || die "apt-get update failed (see above): is a Debian mirror reachable?"
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends chromium >&2 \
    || die "apt-get install chromium failed (see above)"
  installed || die "chromium was installed but $CHROMIUM --version fails"
}

exec 9>"$LOCK"
flock 9
if installed; then
  log "using $("$CHROMIUM" --version 2>/dev/null)"
else
  install
  log "installed $("$CHROMIUM" --version 2>/dev/null)"
fi
echo "$CHROMIUM"
