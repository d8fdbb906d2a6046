#!/usr/bin/env bash
# Development trusted setup for st2's circuits: compile, Powers of Tau, Groth16 keys, manifest.
# Idempotent: the prepared Powers of Tau file (the slow part, about 9 minutes for 2^15) is kept in
# circuits/build/ptau and reused while it is large enough. Run it as `npm run circuits:setup`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CIRCUITS="$ROOT/circuits"
BUILD="$CIRCUITS/build"
ARTIFACTS="$CIRCUITS/artifacts"
PTAU_DIR="$BUILD/ptau"
SNARKJS="$ROOT/node_modules/.bin/snarkjs"
CIRCOM="$ROOT/node_modules/.bin/circom2"
NAMES=(mint transfer redeem)

step() { printf '\n==> [%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { printf '\nsetup failed: %s\n' "$*" >&2; exit 1; }
entropy() { head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

warn() {
  cat >&2 <<'BANNER'

  ************************************************************************************
  *  DEVELOPMENT TRUSTED SETUP. One party made every contribution on this machine,  *
  *  so whoever ran it could forge proofs (mint notes from nothing). Production keys *
  *  need a multi-party ceremony: a public Powers of Tau with many contributors and  *
  *  a phase-2 contribution from every consortium member, then a random beacon.      *
  ************************************************************************************

BANNER
}

[[ -x "$SNARKJS" && -x "$CIRCOM" ]] || fail "snarkjs or circom2 missing in node_modules: run npm install at the repository root"
warn
mkdir -p "$BUILD" "$PTAU_DIR" "$ARTIFACTS"

# circom2 (WebAssembly) reads only files below its working directory, so compile from the root,
# with node_modules as the library path for circomlib.
cd "$ROOT"
step "compiling circuits with circom2 (--O2)"
for c in "${NAMES[@]}"; do
  mkdir -p "$BUILD/$c"
  "$CIRCOM" "circuits/src/$c.circom" --r1cs --wasm --sym --O2 -l node_modules -o "$BUILD/$c" > "$BUILD/$c/compile.log" \
    || { cat "$BUILD/$c/compile.log" >&2; fail "circom2 could not compile $c"; }
  printf '    %-9s %s\n' "$c" "$(grep -E 'non-linear constraints' "$BUILD/$c/compile.log" | sed 's/\x1b\[[0-9;]*m//g')"
done

# Groth16 needs a domain of at least constraints + public signals + 1 points.
power=12
for c in "${NAMES[@]}"; do
  info="$("$SNARKJS" r1cs info "$BUILD/$c/$c.r1cs" | sed 's/\x1b\[[0-9;]*m//g')"
  need=$(( $(awk '/# of Constraints/ {print $NF}' <<<"$info") + $(awk '/# of Public Inputs/ {print $NF}' <<<"$info") + $(awk '/# of Outputs/ {print $NF}' <<<"$info") + 1 ))
  while (( (1 << power) < need )); do power=$((power + 1)); done
done
PTAU="$PTAU_DIR/pot${power}_final.ptau"
step "Powers of Tau: 2^$power points"
if [[ -f "$PTAU" ]]; then
  echo "    reusing $PTAU"
else
  "$SNARKJS" powersoftau new bn128 "$power" "$PTAU_DIR/pot${power}_0000.ptau"
  step "Powers of Tau: one contribution"
  "$SNARKJS" powersoftau contribute "$PTAU_DIR/pot${power}_0000.ptau" "$PTAU_DIR/pot${power}_0001.ptau" \
    --name="st2 development contribution" -e="$(entropy)"
  step "Powers of Tau: prepare phase 2 (the slow step: about 9 min for 2^15, 18 min for 2^16)"
  "$SNARKJS" powersoftau prepare phase2 "$PTAU_DIR/pot${power}_0001.ptau" "$PTAU.tmp"
  mv "$PTAU.tmp" "$PTAU"
  rm -f "$PTAU_DIR/pot${power}_0000.ptau"
fi

for c in "${NAMES[@]}"; do
  out="$ARTIFACTS/$c"
  mkdir -p "$out"
  step "$c: Groth16 setup"
  "$SNARKJS" groth16 setup "$BUILD/$c/$c.r1cs" "$PTAU" "$BUILD/$c/${c}_0000.zkey" > "$BUILD/$c/setup.log"
  step "$c: phase-2 contribution"
  "$SNARKJS" zkey contribute "$BUILD/$c/${c}_0000.zkey" "$out/$c.zkey" --name="st2 development contribution" -e="$(entropy)" > /dev/null
  "$SNARKJS" zkey export verificationkey "$out/$c.zkey" "$out/verification_key.json" > /dev/null
  cp "$BUILD/$c/${c}_js/$c.wasm" "$out/$c.wasm"
  rm -f "$BUILD/$c/${c}_0000.zkey"
done

step "writing circuits/artifacts/manifest.json"
"$ROOT/node_modules/.bin/tsc" -b "$CIRCUITS"
node "$CIRCUITS/scripts/write-manifest.js" "$BUILD"
warn
step "done: commit circuits/artifacts (the ptau files stay in circuits/build, which git ignores)"
