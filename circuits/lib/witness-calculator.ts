import type { CircuitInput } from './witness';

// circom_runtime (the witness calculator snarkjs itself uses) ships no type declarations; this types
// the calls st2 makes.
interface CircomWitnessCalculator {
  /** The witness in the .wtns format; throws "Assert Failed" when the input breaks a constraint. */
  calculateWTNSBin(input: CircuitInput, sanityCheck?: boolean): Promise<Uint8Array>;
}

interface CircomRuntime {
  WitnessCalculatorBuilder(wasm: Uint8Array): Promise<CircomWitnessCalculator>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const circomRuntime = require('circom_runtime') as CircomRuntime;

/**
 * A circuit's witness calculator, compiled once from its WebAssembly (snarkjs's `wtns.calculate`
 * compiles the 2.7 MB transfer module again for every witness, about 0.1-0.2 s each time).
 * Calculations take turns: circom_runtime yields between computing a witness in the module's memory
 * and reading it out, so two at once would read each other's.
 */
export class WitnessCalculator {
  #turn: Promise<unknown> = Promise.resolve();

  private constructor(private readonly calculator: CircomWitnessCalculator) {}

  static async compile(wasm: Uint8Array): Promise<WitnessCalculator> {
    return new WitnessCalculator(await circomRuntime.WitnessCalculatorBuilder(wasm));
  }

  calculate(input: CircuitInput): Promise<Uint8Array> {
    const result = this.#turn.then(() => this.calculator.calculateWTNSBin(input));
    this.#turn = result.catch(() => undefined);
    return result;
  }
}
