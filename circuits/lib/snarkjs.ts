import type { Groth16Proof } from './proof';

// snarkjs ships no type declarations. This is the one place that types the calls st2 makes, so
// neither this package's declarations nor its consumers depend on an ambient `declare module`.

/** snarkjs reads "files" from paths or from memory. */
export type SnarkjsSource = string | { type: 'mem'; data?: Uint8Array };

/** An ffjavascript curve engine; st2 only ever hands it back to snarkjs or terminates it. */
export interface CurveEngine {
  terminate(): Promise<void>;
  tm: { singleThread: boolean };
}

export interface Snarkjs {
  curves: {
    getCurveFromName(name: string, options?: { singleThread?: boolean }): Promise<CurveEngine>;
  };
  groth16: {
    prove(zkey: SnarkjsSource, witness: SnarkjsSource): Promise<{ proof: Groth16Proof; publicSignals: string[] }>;
    verify(verificationKey: object, publicSignals: readonly string[], proof: object): Promise<boolean>;
  };
  wtns: {
    /** Computes a witness; throws "Assert Failed" when the input breaks a constraint. */
    calculate(input: object, wasm: SnarkjsSource, witness: SnarkjsSource): Promise<void>;
  };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const snarkjs = require('snarkjs') as Snarkjs;
