import { snarkjs, type CurveEngine } from './snarkjs';
import { readVerificationKey } from './artifacts';
import { groth16Holds, prepareKey, type PreparedKey } from './groth16-check';
import { CIRCUIT_NAMES, encodePublicSignals, PUBLIC_SIGNAL_COUNT, type CircuitName, type PublicInputs } from './circuits';
import type { ArtifactOptions } from './prover';
import type { Groth16Proof, VerificationKey } from './proof';

/**
 * The curve engine of every Verifier in the process: single-threaded (one verification is a few
 * pairings, cheaper on this thread than through snarkjs's workers), built once (about 0.2 s) and apart
 * from the engine snarkjs proves with, so verifying never starts or needs worker threads.
 */
let verifierCurve: Promise<CurveEngine> | undefined;

/**
 * Verifies Groth16 proofs against verification keys held in memory, each decoded and prepared once
 * (see groth16-check.ts) on first use. Small enough for chaincode: it needs only the verification key
 * JSON of each circuit (a few kB).
 */
export class Verifier {
  readonly #keys: ReadonlyMap<CircuitName, VerificationKey>;
  readonly #prepared = new Map<CircuitName, Promise<{ curve: CurveEngine; key: PreparedKey }>>();

  private constructor(keys: ReadonlyMap<CircuitName, VerificationKey>) {
    this.#keys = keys;
  }

  /** Reads the committed verification keys (or those under `artifactsDir`). */
  static async load(options: ArtifactOptions = {}): Promise<Verifier> {
    const names = options.circuits ?? CIRCUIT_NAMES;
    const keys = await Promise.all(names.map(async (name) => [name, await readVerificationKey(name, options.artifactsDir)] as const));
    return new Verifier(new Map(keys));
  }

  /** Uses keys the caller already holds, e.g. JSON bundled with the chaincode package. */
  static fromKeys(keys: Partial<Record<CircuitName, VerificationKey>>): Verifier {
    const entries = CIRCUIT_NAMES.flatMap((name) => {
      const key = keys[name];
      return key ? [[name, key] as const] : [];
    });
    for (const [name, key] of entries) {
      if (key.protocol !== 'groth16' || key.nPublic !== PUBLIC_SIGNAL_COUNT[name]) throw new Error(`${name}: verification key does not fit the circuit`);
    }
    return new Verifier(new Map(entries));
  }

  /**
   * True when `proof` proves `circuit` for exactly these public signals. A malformed proof or
   * signal list is false, not an exception: to a ledger it is just an invalid proof.
   */
  async verify(circuit: CircuitName, proof: Groth16Proof, publicSignals: readonly string[]): Promise<boolean> {
    const key = this.#keys.get(circuit);
    if (!key) throw new Error(`${circuit}: no verification key loaded`);
    if (!isProofShape(proof) || !isSignalList(publicSignals, key.nPublic)) return false;
    const prepared = await this.#prepare(circuit, key);
    try {
      return groth16Holds(prepared.curve, prepared.key, proof, publicSignals);
    } catch {
      // Coordinates that do not decode to field elements: simply an invalid proof.
      return false;
    }
  }

  #prepare(circuit: CircuitName, key: VerificationKey): Promise<{ curve: CurveEngine; key: PreparedKey }> {
    let prepared = this.#prepared.get(circuit);
    if (!prepared) {
      verifierCurve ??= snarkjs.curves.getCurveFromName('bn128', { singleThread: true });
      prepared = verifierCurve.then((curve) => ({ curve, key: prepareKey(curve, key) }));
      this.#prepared.set(circuit, prepared);
    }
    return prepared;
  }

  /** Verifies against public values the caller trusts (its own state), encoded in circuit order. */
  async verifyPublic<C extends CircuitName>(circuit: C, proof: Groth16Proof, publicInputs: PublicInputs[C]): Promise<boolean> {
    return this.verify(circuit, proof, encodePublicSignals(circuit, publicInputs));
  }
}

const DECIMAL = /^(0|[1-9][0-9]{0,77})$/;

function isDecimalList(value: unknown, length: number): value is string[] {
  return Array.isArray(value) && value.length === length && value.every((v) => typeof v === 'string' && DECIMAL.test(v));
}

function isProofShape(proof: Groth16Proof): boolean {
  return (
    proof.protocol === 'groth16' &&
    isDecimalList(proof.pi_a, 3) &&
    isDecimalList(proof.pi_c, 3) &&
    Array.isArray(proof.pi_b) &&
    proof.pi_b.length === 3 &&
    proof.pi_b.every((pair) => isDecimalList(pair, 2))
  );
}

function isSignalList(signals: readonly string[], count: number): boolean {
  return isDecimalList(signals, count);
}
