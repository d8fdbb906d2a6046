// st2 confidential balances: field and Poseidon helpers, notes, Merkle trees, witness builders,
// and a Groth16 prover (rapidsnark or snarkjs) and verifier over the committed circuit artifacts.
export { FIELD_MODULUS, MAX_AMOUNT, hash1, hash2, hash4, randomField, toAmount, toField, type Field } from './field';
export { securityField } from './security';
export {
  newNote, newOwnerKeys, noteCommitment, nullifier, ownerKeysOf, ownerPublicKey, publicKeyOf, viewingKeyOf, type NoteOpening, type OwnerKeys, type ViewingKey,
} from './notes';
export {
  EMPTY_LEAF,
  MerkleFrontier,
  MerkleTree,
  TREE_DEPTH,
  rootFromPath,
  verifyMerkleProof,
  zeroHashes,
  type MerkleFrontierState,
  type MerkleProof,
  type MerkleTreeState,
} from './merkle';
export {
  CIRCUIT_NAMES,
  PUBLIC_SIGNAL_COUNT,
  decodePublicSignals,
  encodePublicSignals,
  type CircuitName,
  type MintPublic,
  type PublicInputs,
  type RedeemPublic,
  type TransferPublic,
} from './circuits';
export {
  dummyInput,
  mintWitness,
  redeemChange,
  redeemWitness,
  transferWitness,
  type CircuitInput,
  type CreatedNotes,
  type OutputNote,
  type SpendInput,
  type Witness,
} from './witness';
export type { CircuitProof, Groth16Proof, VerificationKey } from './proof';
export { CIRCUITS_ROOT, DEFAULT_ARTIFACTS_DIR, artifactPaths, readVerificationKey } from './artifacts';
export { Prover, type ArtifactOptions, type ProverOptions, type ProvingEngine } from './prover';
export { buildNativeProver } from './native-prover';
export { WitnessCalculator } from './witness-calculator';
export { Verifier } from './verifier';
export { terminateZkWorkers } from './runtime';
export { MANIFEST_PATH, hashArtifacts, hashSources, includeClosure, manifestMismatches, readManifest, type Manifest } from './manifest';
