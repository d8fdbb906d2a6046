#!/usr/bin/env bash
# bench:caliper — Hyperledger Caliper 0.6 (the fabric:2.4 peer-gateway connector) driving the running native
# network (npm run network:up; the st2-bench chaincode is deployed first), so that st2's baselines compare
# with Caliper's published Fabric figures: the bare put-state and the rule-free ERC-20 transfer, each at a
# fixed load of concurrent transactions. Caliper is not a project dependency: its CLI (with web3 and the
# rest of its SUT connectors) is installed once into ST2_CALIPER_HOME, outside the repository.
# Env: ST2_NETWORK_DIR (default .st2/network), ST2_CALIPER_HOME (default ~/.cache/st2/caliper-0.6.0),
# ST2_CALIPER_SECONDS (per round, default 60), ST2_CALIPER_LOAD (transactions in flight, default 100).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
network="${ST2_NETWORK_DIR:-$root/.st2/network}"
home="${ST2_CALIPER_HOME:-$HOME/.cache/st2/caliper-0.6.0}"
seconds="${ST2_CALIPER_SECONDS:-60}"
load="${ST2_CALIPER_LOAD:-100}"
[[ -f "$network/connection-profile.json" ]] || { echo "[caliper] no Fabric network at $network: run npm run network:up first" >&2; exit 1; }

if [[ ! -x "$home/node_modules/.bin/caliper" ]]; then
  echo "[caliper] installing @hyperledger/caliper-cli@0.6.0 into $home (once)" >&2
  mkdir -p "$home"
  [[ -f "$home/package.json" ]] || echo '{ "name": "st2-caliper", "private": true }' > "$home/package.json"
  (cd "$home" && npm install --no-audit --no-fund @hyperledger/caliper-cli@0.6.0 && npx caliper bind --caliper-bind-sut fabric:2.4)
fi
# The bind brings fabric-gateway 1.5, which signs in pure JS (elliptic, ~4.5 ms a signature, two a transaction):
# its one worker then spent its CPU signing and sent only as fast as the network finished (~35 in flight of 100).
# The project's own version signs with @noble/curves (~1 ms); the peer-gateway connector uses it unchanged.
gateway="$(node -p "require('$root/node_modules/@hyperledger/fabric-gateway/package.json').version")"
if [[ "$(node -p "require('$home/node_modules/@hyperledger/fabric-gateway/package.json').version")" != "$gateway" ]]; then
  echo "[caliper] installing @hyperledger/fabric-gateway@$gateway into $home (the project's, faster signing)" >&2
  (cd "$home" && npm install --no-audit --no-fund "@hyperledger/fabric-gateway@$gateway")
fi

# The network's paths are absolute and its own: the configs are written per run, beside the report.
out="$(mktemp -d "${TMPDIR:-/tmp}/st2-caliper-XXXXXX")"
admin="$network/crypto/bank1/users/admin/msp"
cat > "$out/network.yaml" <<YAML
name: st2
version: "2.0.0"
caliper:
  blockchain: fabric
channels:
  - channelName: securities
    contracts:
      - id: st2-bench
organizations:
  - mspid: Bank1MSP
    identities:
      certificates:
        - name: admin
          clientPrivateKey:
            path: $admin/keystore/priv_sk
          clientSignedCert:
            path: $admin/signcerts/cert.pem
    connectionProfile:
      path: $network/connection-profile.json
      discover: false
YAML
round() {
  cat <<YAML
    - label: $1
      txDuration: $seconds
      rateControl:
        type: fixed-load
        opts:
          transactionLoad: $load
      workload:
        module: workloads/st2-bench.js
        arguments:
          kind: $2
YAML
}
{
  printf 'test:\n  name: st2-bench\n  workers:\n    number: 1\n  rounds:\n'
  round 'bare put-state' put
  round 'erc20 transfer' erc20
} > "$out/benchmark.yaml"

cd "$home"
npx caliper launch manager --caliper-workspace "$here" --caliper-networkconfig "$out/network.yaml" \
  --caliper-benchconfig "$out/benchmark.yaml" --caliper-report-path "$out/report.html" --caliper-flow-only-test
echo "[caliper] report: $out/report.html" >&2
