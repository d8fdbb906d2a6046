import type { Ledger } from '../../gateway/src/ledger/ledger';

/**
 * A ledger backend the scenario suite runs on. Scenarios are written once against `Ledger` and run
 * unchanged on the embedded ledger and on real Fabric peers.
 */
export interface Backend {
  readonly name: string;
  /** MSP ids by org name, from network/topology.json. */
  readonly msp: Readonly<Record<'bank1' | 'bank2' | 'custodian' | 'regulator', string>>;
  open(): Promise<Ledger>;
  /** Where a client playing every org keeps the orgs' opening keys: as long-lived as the backend's ledger. */
  orgKeysDirectory(): Promise<string>;
  /**
   * A committed transaction as `org`'s peer holds it in its block: the proposal the endorsers received
   * (chaincode arguments, transient field names). Only where blocks keep proposals (Fabric; the embedded
   * block log keeps write sets and events only).
   */
  readonly endorsedProposal?: (org: 'bank1' | 'bank2', txId: string) => Promise<EndorsedProposal>;
}

export interface EndorsedProposal {
  /** `[function, ...arguments]` as UTF-8 text. */
  readonly args: readonly string[];
  readonly transientFields: readonly string[];
}
