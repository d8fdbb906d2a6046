import type { CircuitName } from './circuits';

/** A Groth16 proof as snarkjs writes it (coordinates as decimal strings). */
export interface Groth16Proof {
  pi_a: string[];
  pi_b: string[][];
  pi_c: string[];
  protocol: string;
  curve: string;
}

/** A Groth16 verification key as `snarkjs zkey export verificationkey` writes it. */
export interface VerificationKey {
  protocol: 'groth16';
  curve: string;
  nPublic: number;
  vk_alpha_1: string[];
  vk_beta_2: string[][];
  vk_gamma_2: string[][];
  vk_delta_2: string[][];
  vk_alphabeta_12: string[][][];
  IC: string[][];
}

/** A proof of one circuit with the public signals it was made for. */
export interface CircuitProof<C extends CircuitName = CircuitName> {
  circuit: C;
  proof: Groth16Proof;
  publicSignals: string[];
}
