import type { Topology } from './topology';

/** Fabric's name for the collection every org gets without configuring it. */
export function implicitCollectionName(mspId: string): string {
  return `_implicit_org_${mspId}`;
}

/**
 * Which private data collections exist and which MSP ids are members. As on Fabric, anyone may
 * write to a defined collection (the endorsing peer only needs the hash); reading needs the
 * executing peer to be a member, and the executing peer is always the caller's own org's peer.
 */
export class CollectionRegistry {
  private constructor(
    private readonly chaincode: string,
    private readonly members: ReadonlyMap<string, ReadonlySet<string>>,
  ) {}

  static fromTopology(topology: Topology): CollectionRegistry {
    const mspIdOf = new Map(topology.orgs.map((org) => [org.name, org.mspId]));
    const members = new Map<string, ReadonlySet<string>>();
    for (const org of topology.orgs) members.set(implicitCollectionName(org.mspId), new Set([org.mspId]));
    for (const [name, collection] of Object.entries(topology.collections)) {
      // parseTopology has already rejected members that are not org names.
      members.set(name, new Set(collection.members.map((member) => mspIdOf.get(member) ?? member)));
    }
    return new CollectionRegistry(topology.chaincode, members);
  }

  /** Every defined collection is writable by any org. */
  assertDefined(collection: string): void {
    this.membersOf(collection);
  }

  /** The message is Fabric's own, so chaincode and gateway see the same text on both backends. */
  assertReadable(collection: string, peerMspId: string): void {
    if (!this.membersOf(collection).has(peerMspId)) {
      throw new Error(`tx creator does not have read access permission on privatedata in chaincodeName:${this.chaincode} collectionName: ${collection}`);
    }
  }

  private membersOf(collection: string): ReadonlySet<string> {
    const members = this.members.get(collection);
    if (!members) throw new Error(`collection ${collection} is not defined for chaincode ${this.chaincode} (not in topology.collections and not an implicit org collection)`);
    return members;
  }
}
