import { snarkjs } from './snarkjs';
import { artifactPaths, DEFAULT_ARTIFACTS_DIR, readBytes } from './artifacts';
import { CIRCUIT_NAMES, encodePublicSignals, type CircuitName } from './circuits';
import { buildNativeProver, NativeProver } from './native-prover';
import type { CircuitProof } from './proof';
import type { CircuitInput, Witness } from './witness';
import { WitnessCalculator } from './witness-calculator';

/**
 * Who computes the proof from the witness. `rapidsnark`: the toolchain's native prover (circuits/native,
 * built once per machine), about 3.5 times faster (`npm run bench:zk:circuits` times both); `snarkjs`: JavaScript and WebAssembly, needs nothing
 * built. Both read the same proving key and make the same kind of proof; the verifier cannot tell them apart.
 */
export type ProvingEngine = 'rapidsnark' | 'snarkjs';

export interface ArtifactOptions {
  /** Defaults to the committed `circuits/artifacts`. */
  artifactsDir?: string;
  /** Load only these circuits (a chaincode or a prover may need fewer). Defaults to all. */
  circuits?: readonly CircuitName[];
}

export interface ProverOptions extends ArtifactOptions {
  /**
   * Defaults to `ST2_PROVER` from the environment, else rapidsnark, falling back to snarkjs (with a
   * warning) when the native prover cannot be built here. An engine asked for by name never falls back.
   */
  engine?: ProvingEngine;
  /** Progress and warnings (the first build of the native prover). Defaults to stderr. */
  log?: (line: string) => void;
}

interface Circuit {
  witness: WitnessCalculator;
  /** The proving key, for snarkjs; the native prover holds its own copy. */
  zkey?: Uint8Array;
}

/**
 * Makes Groth16 proofs. Holds each circuit's wasm and proving key in memory, read once at
 * {@link Prover.load}: the transfer key is about 14 MB and re-reading it per proof costs more than
 * the witness. snarkjs runs the heavy steps on worker threads (one per core); call
 * `terminateZkWorkers()` before a process or test run wants to exit. The native engine keeps one
 * st2-prover process, which never holds a process open while idle; `close()` ends it.
 */
export class Prover {
  readonly #circuits: ReadonlyMap<CircuitName, Circuit>;
  readonly #native: NativeProver | undefined;

  private constructor(circuits: ReadonlyMap<CircuitName, Circuit>, native: NativeProver | undefined) {
    this.#circuits = circuits;
    this.#native = native;
  }

  get engine(): ProvingEngine {
    return this.#native ? 'rapidsnark' : 'snarkjs';
  }

  static async load(options: ProverOptions = {}): Promise<Prover> {
    const dir = options.artifactsDir ?? DEFAULT_ARTIFACTS_DIR;
    const names = options.circuits ?? CIRCUIT_NAMES;
    const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
    const native = await startNative(options.engine ?? engineFromEnvironment(), names, dir, log);
    const entries = await Promise.all(
      names.map(async (name): Promise<[CircuitName, Circuit]> => {
        const paths = artifactPaths(name, dir);
        const witness = await WitnessCalculator.compile(await readBytes(paths.wasm));
        return [name, { witness, ...(native ? {} : { zkey: await readBytes(paths.zkey) }) }];
      }),
    );
    return new Prover(new Map(entries), native);
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
    const artifacts = this.#circuits.get(circuit);
    if (!artifacts) throw new Error(`${circuit}: not loaded by this prover`);
    const witness = await artifacts.witness.calculate(input);
    if (this.#native) return this.#native.prove(circuit, witness);
    // Fresh wrapper objects each time: snarkjs treats them as files and keeps a cursor in them.
    const { proof, publicSignals } = await snarkjs.groth16.prove({ type: 'mem', data: artifacts.zkey }, { type: 'mem', data: witness });
    return { circuit, proof, publicSignals };
  }

  /** Ends the native prover's process, if any. */
  close(): void {
    this.#native?.close();
  }
}

function engineFromEnvironment(): ProvingEngine | undefined {
  const chosen = process.env['ST2_PROVER'];
  if (chosen === undefined || chosen === '') return undefined;
  if (chosen !== 'rapidsnark' && chosen !== 'snarkjs') throw new Error(`ST2_PROVER must be rapidsnark or snarkjs, not ${chosen}`);
  return chosen;
}

async function startNative(engine: ProvingEngine | undefined, names: readonly CircuitName[], dir: string, log: (line: string) => void): Promise<NativeProver | undefined> {
  if (engine === 'snarkjs') return undefined;
  try {
    const binary = await buildNativeProver(log);
    return NativeProver.start(binary, new Map(names.map((name) => [name, artifactPaths(name, dir).zkey])));
  } catch (error) {
    if (engine === 'rapidsnark') throw error;
    log(`[prover] warning: ${(error as Error).message}; proving with snarkjs instead (about 3.5 times slower: circuits/README.md)`);
    return undefined;
  }
}
