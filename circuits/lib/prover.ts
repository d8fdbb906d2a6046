import { snarkjs } from './snarkjs';
import { artifactPaths, DEFAULT_ARTIFACTS_DIR, readBytes } from './artifacts';
import { CIRCUIT_NAMES, encodePublicSignals, type CircuitName } from './circuits';
import type { CircuitProof } from './proof';
import type { CircuitInput, Witness } from './witness';

export interface ArtifactOptions {
  /** Defaults to the committed `circuits/artifacts`. */
  artifactsDir?: string;
  /** Load only these circuits (a chaincode or a prover may need fewer). Defaults to all. */
  circuits?: readonly CircuitName[];
}

interface ProvingArtifacts {
  wasm: Uint8Array;
  zkey: Uint8Array;
}

/**
 * Makes Groth16 proofs. Holds each circuit's wasm and proving key in memory, read once at
 * {@link Prover.load}: the transfer key is about 10 MB and re-reading it per proof costs more than
 * the witness. snarkjs runs the heavy steps on worker threads (one per core); call
 * `terminateZkWorkers()` before a process or test run wants to exit.
 */
export class Prover {
  readonly #artifacts: ReadonlyMap<CircuitName, ProvingArtifacts>;

  private constructor(artifacts: ReadonlyMap<CircuitName, ProvingArtifacts>) {
    this.#artifacts = artifacts;
  }

  static async load(options: ArtifactOptions = {}): Promise<Prover> {
    const dir = options.artifactsDir ?? DEFAULT_ARTIFACTS_DIR;
    const names = options.circuits ?? CIRCUIT_NAMES;
    const entries = await Promise.all(
      names.map(async (name): Promise<[CircuitName, ProvingArtifacts]> => {
        const paths = artifactPaths(name, dir);
        return [name, { wasm: await readBytes(paths.wasm), zkey: await readBytes(paths.zkey) }];
      }),
    );
    return new Prover(new Map(entries));
  }

  /**
   * Proves a witness built by `mintWitness` / `transferWitness` / `redeemWitness`, and checks
   * the proof's public signals are the ones the witness announced.
   */
  async prove<C extends CircuitName>(witness: Witness<C>): Promise<CircuitProof<C>> {
    const result = await this.proveInput(witness.circuit, witness.input);
    const expected = encodePublicSignals(witness.circuit, witness.publicInputs);
    if (expected.join() !== result.publicSignals.join()) {
      throw new Error(`${witness.circuit}: public signals differ from the witness (library and circuit disagree)`);
    }
    return result;
  }

  /** Proves raw circuit input. Throws when the input violates a constraint. */
  async proveInput<C extends CircuitName>(circuit: C, input: CircuitInput): Promise<CircuitProof<C>> {
    const artifacts = this.#artifacts.get(circuit);
    if (!artifacts) throw new Error(`${circuit}: not loaded by this prover`);
    // Fresh wrapper objects each time: snarkjs treats them as files and keeps a cursor in them.
    const { proof, publicSignals } = await snarkjs.groth16.fullProve(
      input,
      { type: 'mem', data: artifacts.wasm },
      { type: 'mem', data: artifacts.zkey },
    );
    return { circuit, proof, publicSignals };
  }
}
