import { snarkjs, type CurveEngine } from './snarkjs';

// snarkjs gets its BN254 engine from ffjavascript, which caches one engine per process in
// `globalThis.curve_bn128` and hands it to every caller that does not ask for a single-threaded
// engine (groth16.prove and groth16.verify never ask). That cache is the only switch between
// worker threads and the main thread that snarkjs offers, so both functions below act on it.
const holder = globalThis as { curve_bn128?: CurveEngine | null };

/**
 * Makes snarkjs do all curve arithmetic on the calling thread, for the rest of the process.
 * For a process that only verifies, such as the chaincode: one verification is faster without
 * the round trips to workers (about 25 ms against 40 ms on the 2-core development machine), and
 * no worker threads are started (with workers the first verification pays about 0.5 s to start
 * them). Do not call it where proofs are made: proving is about twice as fast with workers.
 * Throws if snarkjs already started workers in this process.
 */
export async function runZkOnMainThread(): Promise<void> {
  if (holder.curve_bn128 && !holder.curve_bn128.tm.singleThread) {
    throw new Error('snarkjs already runs on worker threads in this process; call runZkOnMainThread at startup');
  }
  holder.curve_bn128 ??= await snarkjs.curves.getCurveFromName('bn128', { singleThread: true });
}

/**
 * Stops the worker threads snarkjs starts for the BN254 curve, so a script or a test file can
 * exit. The next proof or verification starts them again (or runs on the main thread after
 * {@link runZkOnMainThread}, whose engine has no workers to stop and is kept).
 */
export async function terminateZkWorkers(): Promise<void> {
  if (holder.curve_bn128 && !holder.curve_bn128.tm.singleThread) await holder.curve_bn128.terminate();
}
