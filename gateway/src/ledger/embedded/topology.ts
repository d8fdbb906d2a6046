import { readFile } from 'node:fs/promises';

/**
 * The part of `network/topology.json` the embedded ledger needs: the channel, the chaincode name,
 * the orgs (name → MSP id, roles, consortium administrator) and the explicit private data collections (members are org names).
 * Parsed and checked here so a typo in the file fails at start, not at the first private write.
 */
export interface TopologyOrg {
  readonly name: string;
  readonly mspId: string;
  /** The st2 roles the org's certificates may carry; none when the file names none (fail closed). */
  readonly roles: readonly string[];
  /** Whether the org may change consortium-wide settings (trusted claim issuers); false when absent. */
  readonly consortiumAdmin: boolean;
  /** bank, custodian or regulator: some roles are for one kind only (cash-issuer: banks). */
  readonly kind?: string;
}

export interface TopologyCollection {
  /** Org names (not MSP ids), as in the Fabric collection config generated from the same file. */
  readonly members: readonly string[];
}

export interface Topology {
  readonly channel: string;
  readonly chaincode: string;
  readonly orgs: readonly TopologyOrg[];
  readonly collections: Readonly<Record<string, TopologyCollection>>;
}

export async function loadTopology(file: string): Promise<Topology> {
  return parseTopology(JSON.parse(await readFile(file, 'utf8')));
}

export function parseTopology(value: unknown): Topology {
  const root = asRecord(value, 'topology');
  const orgs = asArray(root.orgs, 'topology.orgs').map((org, i) => parseOrg(org, `topology.orgs[${i}]`));
  if (orgs.length === 0) throw new TopologyError('topology.orgs must list at least one org');
  const names = new Set(orgs.map((org) => org.name));
  if (names.size !== orgs.length || new Set(orgs.map((org) => org.mspId)).size !== orgs.length) {
    throw new TopologyError('topology.orgs must not repeat an org name or an MSP id');
  }
  const collections: Record<string, TopologyCollection> = {};
  for (const [name, collection] of Object.entries(asRecord(root.collections ?? {}, 'topology.collections'))) {
    collections[name] = parseCollection(collection, `topology.collections.${name}`, names);
  }
  return { channel: asString(root.channel, 'topology.channel'), chaincode: asString(root.chaincode, 'topology.chaincode'), orgs, collections };
}

export class TopologyError extends Error {
  override readonly name = 'TopologyError';
}

function parseOrg(value: unknown, path: string): TopologyOrg {
  const org = asRecord(value, path);
  const roles = asArray(org.roles ?? [], `${path}.roles`).map((role, i) => asString(role, `${path}.roles[${i}]`));
  if (org.consortiumAdmin !== undefined && typeof org.consortiumAdmin !== 'boolean') throw new TopologyError(`${path}.consortiumAdmin must be a boolean`);
  const kind = org.kind === undefined ? {} : { kind: asString(org.kind, `${path}.kind`) };
  return { name: asString(org.name, `${path}.name`), mspId: asString(org.mspId, `${path}.mspId`), roles, consortiumAdmin: org.consortiumAdmin === true, ...kind };
}

function parseCollection(value: unknown, path: string, orgNames: ReadonlySet<string>): TopologyCollection {
  const members = asArray(asRecord(value, path).members, `${path}.members`).map((member, i) => asString(member, `${path}.members[${i}]`));
  const unknown = members.filter((member) => !orgNames.has(member));
  if (unknown.length > 0) throw new TopologyError(`${path}.members names unknown orgs: ${unknown.join(', ')}`);
  return { members };
}

function asRecord(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TopologyError(`${path} must be an object`);
  return value as Record<string, unknown>;
}

function asArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new TopologyError(`${path} must be an array`);
  return value;
}

function asString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') throw new TopologyError(`${path} must be a non-empty string`);
  return value;
}
