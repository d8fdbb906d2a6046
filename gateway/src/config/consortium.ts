import { Type, type Static } from '@sinclair/typebox';
import { codec } from '@st2/chaincode';
import { readFile } from 'node:fs/promises';

/**
 * What the gateway's tools need of network/topology.json beyond what the ledger reads: each org's kind,
 * so the demo and the dev tokens find "the banks", "the custodian", "the regulator" without naming them.
 */
const OrgSchema = Type.Object({
  name: Type.String({ minLength: 1 }),
  mspId: Type.String({ minLength: 1 }),
  kind: Type.Union([Type.Literal('bank'), Type.Literal('custodian'), Type.Literal('regulator')]),
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
}
