import { Type, type Static } from '@sinclair/typebox';
import { codec, ROLES } from '@st2/chaincode';
import { readFile } from 'node:fs/promises';

/**
 * What the gateway needs of network/topology.json beyond what the ledger reads: each org's kind (so the
 * demo and the dev tokens find "the banks", "the custodian", "the regulator" without naming them), the st2
 * roles its members may hold, and whether it is a consortium administrator.
 */
const OrgSchema = Type.Object({
  name: Type.String({ minLength: 1 }),
  mspId: Type.String({ minLength: 1 }),
  kind: Type.Union([Type.Literal('bank'), Type.Literal('custodian'), Type.Literal('regulator')]),
  roles: Type.Array(Type.Union(ROLES.map((role) => Type.Literal(role))), { minItems: 1 }),
  consortiumAdmin: Type.Boolean(),
});
const ConsortiumSchema = Type.Object({ orgs: Type.Array(OrgSchema, { minItems: 1 }) });

export type ConsortiumOrg = Static<typeof OrgSchema>;
export type OrgKind = ConsortiumOrg['kind'];

export class Consortium {
  constructor(readonly orgs: readonly ConsortiumOrg[]) {}

  static async load(file: string): Promise<Consortium> {
    return new Consortium(codec(ConsortiumSchema).parse(await readFile(file, 'utf8')).orgs);
  }

  /** The orgs of a kind, in file order. */
  ofKind(kind: OrgKind): readonly ConsortiumOrg[] {
    return this.orgs.filter((org) => org.kind === kind);
  }

  /** An org by name or MSP id. */
  find(nameOrMspId: string): ConsortiumOrg | undefined {
    return this.orgs.find((org) => org.name === nameOrMspId || org.mspId === nameOrMspId);
  }

  /** The orgs named (by name or MSP id), every org when none is: what a gateway serves. An unknown name fails. */
  select(namesOrMspIds: readonly string[] = []): readonly ConsortiumOrg[] {
    if (namesOrMspIds.length === 0) return this.orgs;
    return namesOrMspIds.map((name) => {
      const org = this.find(name);
      if (!org) throw new Error(`no org '${name}' in the topology (known: ${this.orgs.map((o) => o.name).join(', ')})`);
      return org;
    });
  }
}
