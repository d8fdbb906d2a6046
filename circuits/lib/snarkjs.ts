import type { Groth16Proof } from './proof';

// snarkjs ships no type declarations. This is the one place that types the calls st2 makes, so
// neither this package's declarations nor its consumers depend on an ambient `declare module`.

/** snarkjs reads "files" from paths or from memory. */
export type SnarkjsSource = string | { type: 'mem'; data?: Uint8Array };

/** A group of an ffjavascript curve; points are byte arrays in the engine's own representation. */
export interface CurveGroup {
  F: { n8: number };
  fromObject(coordinates: readonly (bigint | readonly bigint[])[]): Uint8Array;
  isValid(point: Uint8Array): boolean;
  neg(point: Uint8Array): Uint8Array;
  add(a: Uint8Array, b: Uint8Array): Uint8Array;
  timesScalar(point: Uint8Array, scalar: bigint): Uint8Array;
  toJacobian(point: Uint8Array): Uint8Array;
}

/** An ffjavascript curve engine (BN254 for st2): the calls the prepared Groth16 check makes, and shutdown. */
export interface CurveEngine {
  terminate(): Promise<void>;
  tm: { singleThread: boolean };
  /** The scalar field's order. */
  r: bigint;
  G1: CurveGroup;
  G2: CurveGroup;
  Gt: { one: Uint8Array; mul(a: Uint8Array, b: Uint8Array): Uint8Array; eq(a: Uint8Array, b: Uint8Array): boolean };
  prepareG1(jacobian: Uint8Array): Uint8Array;
  prepareG2(jacobian: Uint8Array): Uint8Array;
  millerLoop(preparedG1: Uint8Array, preparedG2: Uint8Array): Uint8Array;
  finalExponentiation(value: Uint8Array): Uint8Array;
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
