/** Order of BN254's base field: coordinates of the proof's points live in it. */
const BASE_FIELD = 21888242871839275222246405745257275088696311157297823662689037894645226208583n;

const neg = (coordinate: string): string => ((BASE_FIELD - BigInt(coordinate)) % BASE_FIELD).toString();

interface ProofPoints {
  pi_a: string[];
  pi_b: string[][];
  pi_c: string[];
}

/**
 * A different encoding of the same Groth16 proof: -A and -B, so e(-A, -B) = e(A, B) and it verifies for
 * the same public inputs. What a relayer can always do to a proof it saw, so "another proof" is no defence:
 * only what the public inputs bind is.
 */
export function negatedProof(proof: unknown): ProofPoints {
  const { pi_a: a, pi_b: b, pi_c: c, ...rest } = proof as ProofPoints;
  const [ax, ay, az] = a as [string, string, string];
  const [[bx0, bx1], [by0, by1], bz] = b as [[string, string], [string, string], string[]];
  return { ...rest, pi_a: [ax, neg(ay), az], pi_b: [[bx0, bx1], [neg(by0), neg(by1)], bz], pi_c: c };
}
