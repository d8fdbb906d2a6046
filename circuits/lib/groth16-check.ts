import type { CurveEngine } from './snarkjs';
import type { Groth16Proof, VerificationKey } from './proof';

/**
 * A verification key decoded once, with everything that does not depend on the proof computed ahead:
 * its fixed G2 points prepared for the pairing, and the Miller loop of (alpha, beta), the same for
 * every proof. snarkjs's `groth16.verify` redoes all of that per call, which is about a third of its time.
 */
export interface PreparedKey {
  readonly nPublic: number;
  readonly ic0: Uint8Array;
  readonly ic: readonly Uint8Array[];
  readonly gamma: Uint8Array;
  readonly delta: Uint8Array;
  readonly alphaBeta: Uint8Array;
}

type Coordinates = readonly string[];

const g1 = (curve: CurveEngine, point: Coordinates) => curve.G1.fromObject(point.map(BigInt));
const g2 = (curve: CurveEngine, point: readonly Coordinates[]) => curve.G2.fromObject(point.map((pair) => pair.map(BigInt)));
const preparedG1 = (curve: CurveEngine, point: Uint8Array) => curve.prepareG1(curve.G1.toJacobian(point));
const preparedG2 = (curve: CurveEngine, point: Uint8Array) => curve.prepareG2(curve.G2.toJacobian(point));

export function prepareKey(curve: CurveEngine, key: VerificationKey): PreparedKey {
  const [ic0, ...ic] = key.IC.map((point) => g1(curve, point));
  if (!ic0) throw new Error('verification key without IC points');
  return {
    nPublic: key.nPublic,
    ic0,
    ic,
    gamma: preparedG2(curve, g2(curve, key.vk_gamma_2)),
    delta: preparedG2(curve, g2(curve, key.vk_delta_2)),
    alphaBeta: curve.millerLoop(preparedG1(curve, g1(curve, key.vk_alpha_1)), preparedG2(curve, g2(curve, key.vk_beta_2))),
  };
}

/**
 * The Groth16 equation e(-A, B) · e(vk_x, gamma) · e(C, delta) · e(alpha, beta) = 1, where
 * vk_x = IC0 + Σ signal_i · IC_i, with snarkjs's own checks first: every signal in the scalar field
 * and every proof point on its curve. Throws on coordinates that do not decode (an invalid proof).
 */
export function groth16Holds(curve: CurveEngine, key: PreparedKey, proof: Groth16Proof, signals: readonly string[]): boolean {
  const values = signals.map(BigInt);
  if (values.length !== key.nPublic || values.some((v) => v >= curve.r)) return false;
  const a = g1(curve, proof.pi_a);
  const b = g2(curve, proof.pi_b);
  const c = g1(curve, proof.pi_c);
  if (!curve.G1.isValid(a) || !curve.G2.isValid(b) || !curve.G1.isValid(c)) return false;
  const vkX = values.reduce((sum, v, i) => curve.G1.add(sum, curve.G1.timesScalar(key.ic[i] as Uint8Array, v)), key.ic0);
  const loops = [
    curve.millerLoop(preparedG1(curve, curve.G1.neg(a)), preparedG2(curve, b)),
    curve.millerLoop(preparedG1(curve, vkX), key.gamma),
    curve.millerLoop(preparedG1(curve, c), key.delta),
    key.alphaBeta,
  ];
  return curve.Gt.eq(curve.finalExponentiation(loops.reduce((x, y) => curve.Gt.mul(x, y))), curve.Gt.one);
}
