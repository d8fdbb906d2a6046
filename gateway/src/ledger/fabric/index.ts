/** The Fabric backend: the Ledger on real peers through @hyperledger/fabric-gateway. */
export { FabricLedger, type FabricLedgerOptions, type IdentityProvider } from './fabric-ledger';
export { loadFabricProfile, type FabricProfile, type PeerConnection } from './connection-profile';
export { devIdentities } from './dev-identities';
