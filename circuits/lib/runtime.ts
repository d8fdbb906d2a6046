import type { CurveEngine } from './snarkjs';

// snarkjs gets its BN254 engine from ffjavascript, which caches one engine per process in
// `globalThis.curve_bn128`, with one worker thread per core; the snarkjs prover uses it. (The
// Verifier has its own single-threaded engine and starts no workers.)
const holder = globalThis as { curve_bn128?: CurveEngine | null };

/**
 * Stops the worker threads snarkjs starts for the BN254 curve, so a script or a test file can
 * exit. The next snarkjs proof starts them again.
 */
export async function terminateZkWorkers(): Promise<void> {
  if (holder.curve_bn128 && !holder.curve_bn128.tm.singleThread) await holder.curve_bn128.terminate();
}
