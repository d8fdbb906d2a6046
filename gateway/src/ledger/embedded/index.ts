/** The embedded ledger backend: everything the gateway and the tests need, nothing internal. */
export { openEmbeddedLedger, EmbeddedLedger, DEFAULT_BATCH_TIMEOUT_MS, type EmbeddedLedgerOptions, type BlockHeader, type TransactionStatus } from './embedded-ledger';
export { loadTopology, parseTopology, TopologyError, type Topology, type TopologyOrg, type TopologyCollection } from './topology';
export { implicitCollectionName } from './collections';
export { BlockVerificationError, type ValidationCode } from './block-log';
export { FABRIC_ATTRIBUTES_OID } from './certificate-authority';
export { NotSupportedError } from './stub';
export type { ContractClass } from './chaincode-host';
