import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { createHash } from 'node:crypto';
import type { CommandOf, Envelope } from '../domain/commands';
import { CustodyPositionSchema, positionAfter, type CustodyFacts, type CustodyPosition, type OwnerFacts } from '../domain/custody';
import type { Identity } from '../domain/identity';
import type { Actor } from '../domain/roles';
import { codec } from '../wire/codec';
import { accountTransientCodec, custodyTransientCodec, type OwnerTransient } from '../wire/custody-transient';
import { fail } from '../wire/rejection-message';
import { actorOf } from './caller';
import { execute } from './execute';
import { AUDIT_COLLECTION, keys, ObjectType, orgCollection } from './keys';
import { Repository, stateCodecs } from './repository';

type CustodyMovement = CommandOf<'CustodyDeposit' | 'CustodyWithdraw' | 'CustodyMove'>;

export const custodyPositionCodec = codec(CustodyPositionSchema);

/**
 * Custody accounts (domain/custody.ts): the public account and its movements, and the custodian's sub-ledger
 * of beneficial owners in its org collection and the audit collection. Endorsers of other orgs never read that
 * collection: each movement carries the positions it changes (transient `custody`), which every endorser checks
 * against the hashes the ledger keeps of them, decides on, and writes back (a peer may write a collection it
 * cannot read).
 */
@Info({ title: 'custody', description: 'Custody accounts, their beneficial owners (private) and reconciliation' })
export class CustodyContract extends Contract {
  constructor() {
    super('custody');
  }

  /** A segregated account's one owner arrives as transient `account` and is kept privately. */
  @Transaction()
  @Returns('string')
  async openAccount(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'OpenCustodyAccount', input, async (c, cmd, env) => {
      if (cmd.accountType !== 'segregated') return;
      const raw = c.stub.getTransient().get('account');
      if (!raw || raw.length === 0) fail('ST2-INVALID-INPUT', 'A segregated account names its beneficial owner (transient \'account\').', { account: cmd.accountId });
      const { owner } = accountTransientCodec.parse(Buffer.from(raw).toString('utf8'));
      await writeBoth(c, orgCollection(env.actor.org), keys.custodyOwner(c.stub, cmd.accountId), Buffer.from(owner));
    });
  }

  @Transaction()
  @Returns('string')
  async deposit(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'CustodyDeposit', input, writePositions, custodyFacts);
  }

  @Transaction()
  @Returns('string')
  async withdraw(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'CustodyWithdraw', input, writePositions, custodyFacts);
  }

  @Transaction()
  @Returns('string')
  async move(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'CustodyMove', input, writePositions, custodyFacts);
  }

  /** The account's live positions (amount above zero), in key order: for its custodian's org, or the regulator (audit). */
  @Transaction(false)
  @Returns('string')
  async positions(ctx: Context, accountId: string): Promise<string> {
    const { collection } = await readableSubLedger(ctx, accountId);
    return JSON.stringify((await subLedger(ctx, collection, accountId)).filter((p) => p.amount > 0n).map((p) => JSON.parse(custodyPositionCodec.stringify(p)) as unknown));
  }

  /** One position exactly as stored ('' when none): what the custodian sends back as transient to move it. */
  @Transaction(false)
  @Returns('string')
  async position(ctx: Context, accountId: string, securityId: string, owner: string): Promise<string> {
    const { collection } = await readableSubLedger(ctx, accountId);
    const stored = await ctx.stub.getPrivateData(collection, keys.custodyPosition(ctx.stub, accountId, securityId, owner));
    return Buffer.from(stored ?? []).toString('utf8');
  }

  /** The beneficial owners a distribution's batches have paid in the account so far, in key order: what the custodian's next batch leaves out. */
  @Transaction(false)
  @Returns('string')
  async paidOwners(ctx: Context, accountId: string, distributionId: string): Promise<string> {
    return JSON.stringify(await markedOwners(ctx, accountId, ObjectType.custodyOwnerPayout, distributionId));
  }

  /** The beneficial owners a corporate action's batches have applied in the account so far, in key order. */
  @Transaction(false)
  @Returns('string')
  async adjustedOwners(ctx: Context, accountId: string, actionId: string): Promise<string> {
    return JSON.stringify(await markedOwners(ctx, accountId, ObjectType.custodyOwnerAdjusted, actionId));
  }

  /** Per security: the sub-ledger's sum against the account's public balance; reconciled when every one is equal. */
  @Transaction(false)
  @Returns('string')
  async reconciliation(ctx: Context, accountId: string): Promise<string> {
    const { collection } = await readableSubLedger(ctx, accountId);
    const sums = new Map<string, bigint>();
    for (const p of await subLedger(ctx, collection, accountId)) sums.set(p.securityId, (sums.get(p.securityId) ?? 0n) + p.amount);
    const repository = new Repository(ctx.stub);
    const securities = await Promise.all([...sums].map(async ([securityId, subLedgerSum]) => {
      const holding = await repository.get(keys.holding(ctx.stub, securityId, accountId), stateCodecs.holding);
      const publicBalance = holding?.balance ?? 0n;
      return { securityId, subLedger: subLedgerSum.toString(), public: publicBalance.toString(), reconciled: subLedgerSum === publicBalance };
    }));
    return JSON.stringify({ accountId, reconciled: securities.every((s) => s.reconciled), securities });
  }
}

/** The account (public) and the custodian collection its sub-ledger lives in. */
export async function accountOf(ctx: Context, accountId: string): Promise<{ account: Identity; custodianCollection: string }> {
  const account = await new Repository(ctx.stub).get(keys.identity(ctx.stub, accountId), stateCodecs.identity);
  if (!account?.custody) fail('ST2-NOT-FOUND', `${accountId} is not a custody account.`, { account: accountId });
  return { account, custodianCollection: orgCollection(account.custody.custodian.org) };
}

/** The custodian's org reads its own collection, the regulator the audit copy; nobody else reads the owners. */
async function readableSubLedger(ctx: Context, accountId: string): Promise<{ collection: string }> {
  const actor: Actor = await actorOf(ctx);
  const { account, custodianCollection } = await accountOf(ctx, accountId);
  if (actor.role === 'regulator') return { collection: AUDIT_COLLECTION };
  if (actor.org === account.org) return { collection: custodianCollection };
  return fail('ST2-UNAUTHORIZED', `${accountId}'s beneficial owners are its custodian's and the regulator's to read.`, { account: accountId });
}

/** The owners with a private marker of `objectType` for record `id` in the account (the custodian's org or the regulator). */
async function markedOwners(ctx: Context, accountId: string, objectType: string, id: string): Promise<string[]> {
  const { collection } = await readableSubLedger(ctx, accountId);
  const owners: string[] = [];
  for await (const { key } of ctx.stub.getPrivateDataByPartialCompositeKey(collection, objectType, [accountId, id])) {
    owners.push(ctx.stub.splitCompositeKey(key).attributes[2] ?? '');
  }
  return owners;
}

async function subLedger(ctx: Context, collection: string, accountId: string): Promise<CustodyPosition[]> {
  const positions: CustodyPosition[] = [];
  for await (const { value } of ctx.stub.getPrivateDataByPartialCompositeKey(collection, ObjectType.custodyPosition, [accountId])) {
    positions.push(custodyPositionCodec.parse(Buffer.from(value).toString('utf8')));
  }
  return positions;
}

/** The movement's private facts from transient `custody`, each stored value checked against the ledger's hash of it. */
function custodyFacts(ctx: Context, cmd: CustodyMovement): Promise<Partial<Envelope>> {
  return verifiedCustodyFacts(ctx, cmd.accountId, { from: cmd.securityId, to: cmd.securityId });
}

/**
 * Transient `custody` for an account, verified: `from` the owner's position in the security units leave, `to` in
 * the one units reach (a movement: the same security; a settlement: its two legs'). Absent transient: no facts.
 */
export async function verifiedCustodyFacts(ctx: Context, accountId: string, securities: { readonly from?: string; readonly to?: string }): Promise<Partial<Envelope>> {
  const raw = ctx.stub.getTransient().get('custody');
  if (!raw || raw.length === 0) return {};
  const input = custodyTransientCodec.parse(Buffer.from(raw).toString('utf8'));
  const { account, custodianCollection } = await accountOf(ctx, accountId);
  const owner = (side: OwnerTransient | undefined, securityId: string | undefined) => (side && securityId ? verifiedOwner(ctx, custodianCollection, { accountId, securityId }, side) : Promise.resolve(undefined));
  const [from, to] = await Promise.all([owner(input.from, securities.from), owner(input.to, securities.to)]);
  // A segregated account's owner counts only when it is the one stored at opening (else the decider refuses the owner).
  const segregatedOwner = account.custody?.kind === 'segregated' && input.segregatedOwner !== undefined
    && sha256(input.segregatedOwner) === await storedHash(ctx, custodianCollection, keys.custodyOwner(ctx.stub, accountId)) ? input.segregatedOwner : undefined;
  const custody: CustodyFacts = {
    ...(from ? { from } : {}), ...(to ? { to } : {}), ...(input.amount === undefined ? {} : { amount: input.amount }),
    ...(segregatedOwner === undefined ? {} : { segregatedOwner }),
  };
  return { custody };
}

export async function verifiedOwner(ctx: Context, collection: string, cmd: { accountId: string; securityId: string }, side: OwnerTransient): Promise<OwnerFacts> {
  const key = keys.custodyPosition(ctx.stub, cmd.accountId, cmd.securityId, side.owner);
  if (side.position === null) {
    if (await storedHash(ctx, collection, key) !== '') fail('ST2-INVALID-INPUT', `${side.owner} already has a position: send it.`, { owner: side.owner });
    if (!side.jurisdiction || !side.investorType) fail('ST2-INVALID-INPUT', `A new beneficial owner comes with its attested jurisdiction and investor type.`, { owner: side.owner });
    return { owner: side.owner, position: null, jurisdiction: side.jurisdiction, investorType: side.investorType };
  }
  const position = custodyPositionCodec.parse(await verifiedStored(ctx, collection, key, side.position, `position of ${side.owner}`));
  if (position.owner !== side.owner || position.accountId !== cmd.accountId || position.securityId !== cmd.securityId) {
    fail('ST2-INVALID-INPUT', `The position sent is not ${side.owner}'s in ${cmd.accountId} for ${cmd.securityId}.`, { owner: side.owner });
  }
  return { owner: side.owner, position, jurisdiction: position.jurisdiction, investorType: position.investorType };
}

/** The value sent, when its hash is the one the ledger keeps for the key (the custodian's current record). */
async function verifiedStored(ctx: Context, collection: string, key: string, value: string, what: string): Promise<string> {
  const expected = await storedHash(ctx, collection, key);
  if (expected === '' || sha256(value) !== expected) {
    fail('ST2-INVALID-INPUT', `The ${what} sent is not the one the ledger holds (absent or stale): read it again.`, {});
  }
  return value;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export async function storedHash(ctx: Context, collection: string, key: string): Promise<string> {
  return Buffer.from((await ctx.stub.getPrivateDataHash(collection, key)) ?? []).toString('hex');
}

/** The positions after an accepted movement, into the custodian's collection and the audit collection. */
async function writePositions(ctx: Context, cmd: CustodyMovement, env: Envelope): Promise<void> {
  const { from, to, amount: moved } = env.custody ?? {};
  const amount = cmd.kind === 'CustodyMove' ? moved ?? 0n : cmd.amount;
  await writeOwnerPositions(ctx, cmd.accountId, [[from, cmd.securityId, -amount], [to, cmd.securityId, amount]], env.at);
}

/**
 * Each owner's position after a change of `delta` in a security, into the custodian's collection and the audit
 * collection (the sub-ledger entry of an accepted movement or settlement); the custodian's collection returned.
 */
export async function writeOwnerPositions(ctx: Context, accountId: string, changes: readonly (readonly [OwnerFacts | undefined, string, bigint])[], at: number): Promise<string> {
  const { custodianCollection } = await accountOf(ctx, accountId);
  await Promise.all(changes.flatMap(([owner, securityId, delta]) => {
    if (!owner) return [];
    const position = positionAfter(owner, accountId, securityId, delta, at);
    return [writeBoth(ctx, custodianCollection, keys.custodyPosition(ctx.stub, accountId, securityId, owner.owner), Buffer.from(custodyPositionCodec.stringify(position)))];
  }));
  return custodianCollection;
}

export async function writeBoth(ctx: Context, collection: string, key: string, value: Uint8Array): Promise<void> {
  await Promise.all([collection, AUDIT_COLLECTION].map((c) => ctx.stub.putPrivateData(c, key, value)));
}
