// Benchmark of st2's circuits with the committed artifacts held in memory:
// constraints, witness and proof time, verification time, proof size.
// Run: npm run bench:zk   (builds circuits/dist first; options: --runs N, --verifies N)
'use strict';
const { performance } = require('node:perf_hooks');
const os = require('node:os');
const lib = require('../dist/index.js');
const { snarkjs } = require('../dist/snarkjs.js');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = option('runs', 5);
const VERIFIES = option('verifies', 50);

const SECURITY = lib.securityField('BENCH-CONFIDENTIAL-1');

/** One holder, one recipient, notes and trees sized like a busy security. */
function world() {
  const alice = lib.newOwnerKeys();
  const bob = lib.newOwnerKeys();
  const kycKeys = Array.from({ length: 1000 }, () => lib.newOwnerKeys().publicKey);
  const kyc = new lib.MerkleTree(lib.TREE_DEPTH, [...kycKeys, alice.publicKey, bob.publicKey]);
  const owned = [lib.newNote(700n, SECURITY, alice.publicKey), lib.newNote(300n, SECURITY, alice.publicKey)];
  const notes = new lib.MerkleTree(lib.TREE_DEPTH, owned.map(lib.noteCommitment));
  const spend = (note) => ({ note, ownerSecret: alice.secret, membership: notes.proof(notes.indexOf(lib.noteCommitment(note))) });
  const out = (amount, owner) => ({ note: lib.newNote(amount, SECURITY, owner.publicKey), kyc: kyc.proof(kyc.indexOf(owner.publicKey)) });
  // Any field element stands for the digest of the sealed openings: the circuits only bind it.
  const digest = lib.randomField();
  const redeem = (spent, amount) => lib.redeemWitness(spent, amount, lib.redeemChange(spent, amount), digest);
  return {
    mint: () => lib.mintWitness(out(1000n, alice), digest),
    transfer: () => lib.transferWitness([spend(owned[0]), spend(owned[1])], [out(800n, bob), out(200n, alice)], digest),
    redeem: () => redeem(spend(owned[0]), 250n),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

async function timed(fn) {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

async function benchCircuit(name, provers, verifier, build, constraints) {
  const wasm = await require('node:fs/promises').readFile(lib.artifactPaths(name).wasm);
  const calculator = await lib.WitnessCalculator.compile(new Uint8Array(wasm));
  const witnessTimes = [];
  const proveTimes = { rapidsnark: [], snarkjs: [] };
  let proved;
  for (let i = 0; i < RUNS; i++) {
    const witness = build();
    const [tw] = await timed(() => calculator.calculate(witness.input));
    witnessTimes.push(tw);
    // Both engines prove the same witness in turn, so drift in machine load hits them alike.
    for (const prover of provers) {
      const [tp, p] = await timed(() => prover.prove(witness));
      proveTimes[prover.engine].push(tp);
      proved = p;
    }
  }
  const verify = await verifyTimes((p) => verifier.verify(name, p.proof, p.publicSignals), name, proved);
  const key = await lib.readVerificationKey(name);
  const reference = await verifyTimes((p) => snarkjs.groth16.verify(key, p.publicSignals, p.proof), name, proved);
  const native = median(proveTimes.rapidsnark);
  const js = median(proveTimes.snarkjs);
  const row = {
    circuit: name,
    constraints,
    'witness (median)': ms(median(witnessTimes)),
    'witness+proof rapidsnark (median)': ms(native),
    'witness+proof snarkjs (median)': ms(js),
    'snarkjs/rapidsnark': (js / native).toFixed(1),
    'verify (median)': ms(median(verify)),
    'verify (first, key prepared)': ms(verify[0]),
    'snarkjs.groth16.verify (median)': ms(median(reference)),
    'proof JSON bytes': JSON.stringify(proved.proof).length,
  };
  return { row, proved };
}

async function verifyTimes(verify, name, proved) {
  const times = [];
  for (let i = 0; i < VERIFIES; i++) {
    const [t, ok] = await timed(() => verify(proved));
    if (!ok) throw new Error(`${name}: proof did not verify`);
    times.push(t);
  }
  return times;
}

/** A fixed amount of plain JavaScript work, to tell a slow run from a busy machine. */
function calibration() {
  const t0 = performance.now();
  let sum = 0;
  for (let i = 0; i < 1e8; i++) sum += i;
  if (sum !== 4999999950000000) throw new Error('calibration loop miscounted');
  return `${ms(performance.now() - t0)} for 1e8 additions, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`;
}

async function main() {
  console.log(`st2 zk benchmark: ${os.cpus().length} cores, node ${process.version}, ${RUNS} proofs and ${VERIFIES} verifications per circuit`);
  const manifest = lib.readManifest();
  const [loadTime, [native, js, verifier]] = await timed(() =>
    Promise.all([lib.Prover.load({ engine: 'rapidsnark' }), lib.Prover.load({ engine: 'snarkjs' }), lib.Verifier.load()]));
  console.log(`artifacts loaded once in ${ms(loadTime)} (Groth16 proof: 2 G1 + 1 G2 points = 256 bytes uncompressed)`);
  console.log(`machine: ${calibration()}`);
  const builders = world();
  const results = [];
  for (const name of lib.CIRCUIT_NAMES) {
    results.push(await benchCircuit(name, [native, js], verifier, builders[name], manifest.circuits[name].constraints));
  }
  native.close();
  await lib.terminateZkWorkers();
  console.table(results.map((r) => r.row));
  console.log('budget (issue 11): transfer proof <= 1000 ms native, verify <= 20 ms, transfer circuit <= 45k constraints');
  console.log(`machine after the run: ${calibration()}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
