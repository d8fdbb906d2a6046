#!/usr/bin/env bash
# Entry point of the network tool (npm run network:up|down|status|logs, and identity/deploy):
# compiles scripts/network when its sources are newer than the build, then runs the CLI.
# Usage: scripts/network/network.sh <command> [options]     (--help lists commands)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cli="$here/dist/cli.js"

if [[ ! -f "$cli" || -n "$(find "$here/src" "$here/tsconfig.json" -newer "$cli" -print -quit)" ]]; then
  [[ -x "$root/node_modules/.bin/tsc" ]] || { echo "[network] error: TypeScript is not installed; run npm ci first" >&2; exit 1; }
  echo "[network] compiling scripts/network" >&2
  # The network's PKI is the gateway's (gateway/src/ledger/pki.ts): one implementation for every CA.
  "$root/node_modules/.bin/tsc" -b "$root/gateway"
  "$root/node_modules/.bin/tsc" -p "$here"
  touch "$cli" # tsc leaves unchanged outputs alone; mark the build as newer than the sources
fi
exec node "$cli" "$@"
