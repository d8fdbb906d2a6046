import type { Context } from 'fabric-contract-api';
import type { CommandOf, Envelope } from '../domain/commands';
import { OwnerAdjustmentSchema, OwnerPayoutSchema, positionAmount, type OwnerAdjustment, type OwnerEntitlement, type OwnerPayout } from '../domain/custody';
import { ownerAdjustments } from '../domain/deciders/custody-corporate-actions';
import { ownerAmounts } from '../domain/deciders/custody-distributions';
import type { Slice } from '../domain/slice';
import { codec } from '../wire/codec';
import { custodyTransientCodec, type PaidOwnerTransient } from '../wire/custody-transient';
import { accountOf, storedHash, verifiedOwner, writeBoth, writeOwnerPositions } from './custody-contract';
import { keys } from './keys';
import { Repository, stateCodecs } from './repository';

type PayCustody = CommandOf<'PayCustodyDistribution'>;
type ApplyCustody = CommandOf<'ApplyCustodyCorporateAction'>;

const ownerPayoutCodec = codec(OwnerPayoutSchema);
const ownerAdjustmentCodec = codec(OwnerAdjustmentSchema);

/**
 * A distribution's payment into a custody account (domain/deciders/custody-distributions.ts): the owners the
 * custodian names in transient `custody`, each position (in the distributed security, and in the cash when it
 * has one) checked against the ledger's hash by every endorser before anything is decided. Absent: no owners
 * (the decider refuses).
 */
export async function ownerPaymentFacts(ctx: Context, cmd: PayCustody): Promise<Partial<Envelope>> {
  const distribution = await new Repository(ctx.stub).get(keys.distribution(ctx.stub, cmd.distributionId), stateCodecs.distribution);
  if (!distribution) return {};
  return verifiedOwners(ctx, cmd.accountId, distribution, (owner) => keys.custodyOwnerPayout(ctx.stub, cmd.accountId, distribution.id, owner));
}

/** A corporate action applied to a custody account (custody-corporate-actions.ts): the owners, as for a payment; cash positions only with cash in lieu. */
export async function ownerActionFacts(ctx: Context, cmd: ApplyCustody): Promise<Partial<Envelope>> {
  const action = await new Repository(ctx.stub).get(keys.corporateAction(ctx.stub, cmd.actionId), stateCodecs.corporateAction);
  if (!action) return {};
  const securities = { securityId: action.securityId, ...(action.cashInLieu ? { cashSecurityId: action.cashInLieu.cashSecurityId } : {}) };
  return verifiedOwners(ctx, cmd.accountId, securities, (owner) => keys.custodyOwnerAdjusted(ctx.stub, cmd.accountId, action.id, owner));
}

/**
 * The owners named, verified, each `marked` when its private marker (`markerKey`: for this distribution or
 * action) is on the ledger, by its hash, which every endorser reads: an earlier batch did it.
 */
async function verifiedOwners(
  ctx: Context, accountId: string, securities: { readonly securityId: string; readonly cashSecurityId?: string }, markerKey: (owner: string) => string,
): Promise<Partial<Envelope>> {
  const raw = ctx.stub.getTransient().get('custody');
  if (!raw || raw.length === 0) return {};
  const { owners } = custodyTransientCodec.parse(Buffer.from(raw).toString('utf8'));
  if (!owners) return {};
  const { custodianCollection } = await accountOf(ctx, accountId);
  const verified = (securityId: string, side: Parameters<typeof verifiedOwner>[3]) => verifiedOwner(ctx, custodianCollection, { accountId, securityId }, side);
  const entitled = async ({ owner, position, cashPosition }: PaidOwnerTransient): Promise<OwnerEntitlement> => {
    const security = await verified(securities.securityId, { owner, position });
    // An owner new to the cash enters it with the facts attested for its security position.
    const cashSide = { owner, position: cashPosition, jurisdiction: security.jurisdiction, investorType: security.investorType };
    // Without cash (a corporate action with no cash in lieu) the cash side is never read.
    const cash = securities.cashSecurityId ? await verified(securities.cashSecurityId, cashSide) : { ...cashSide, position: null };
    const marked = await storedHash(ctx, custodianCollection, markerKey(owner)) !== '';
    return { security, cash, ...(marked ? { marked: true } : {}) };
  };
  return { custody: { owners: await Promise.all(owners.map(entitled)) } };
}

/** After an accepted payment: each owner's cash position credited, its paid marker written and, for a redemption, its units burned. */
export async function writeOwnerPayments(ctx: Context, cmd: PayCustody, env: Envelope, before: Slice): Promise<void> {
  const distribution = before.distributions[cmd.distributionId];
  const owners = env.custody?.owners;
  if (!distribution || !owners) return;
  const amounts = ownerAmounts(owners, distribution);
  const collection = await writeChanges(ctx, cmd.accountId, owners.flatMap((owner, index) => [
    [owner.cash, distribution.cashSecurityId, amounts[index] ?? 0n] as const,
    ...(distribution.redemption ? [[owner.security, distribution.securityId, -positionAmount(owner.security)] as const] : []),
  ]), env.at);
  await writeMarkers(ctx, collection, owners.map(({ security }, index): [string, string] => {
    const marker: OwnerPayout = { distributionId: distribution.id, accountId: cmd.accountId, owner: security.owner, units: positionAmount(security), amount: amounts[index] ?? 0n, paidAt: env.at };
    return [keys.custodyOwnerPayout(ctx.stub, cmd.accountId, distribution.id, security.owner), ownerPayoutCodec.stringify(marker)];
  }));
}

/** After an accepted corporate action: each owner's position in new units, its cash in lieu, and its marker. */
export async function writeOwnerAdjustments(ctx: Context, cmd: ApplyCustody, env: Envelope, before: Slice): Promise<void> {
  const action = before.corporateActions[cmd.actionId];
  const owners = env.custody?.owners;
  if (!action || !owners) return;
  const adjustments = ownerAdjustments(owners, action);
  const collection = await writeChanges(ctx, cmd.accountId, owners.flatMap((owner, index) => {
    const { units = 0n, newUnits = 0n, cash = 0n } = adjustments[index] ?? {};
    return [[owner.security, action.securityId, newUnits - units] as const, ...(action.cashInLieu ? [[owner.cash, action.cashInLieu.cashSecurityId, cash] as const] : [])];
  }), env.at);
  await writeMarkers(ctx, collection, owners.map(({ security }, index): [string, string] => {
    const { units = 0n, newUnits = 0n, cash = 0n } = adjustments[index] ?? {};
    const marker: OwnerAdjustment = { actionId: action.id, accountId: cmd.accountId, owner: security.owner, units, newUnits, cash, appliedAt: env.at };
    return [keys.custodyOwnerAdjusted(ctx.stub, cmd.accountId, action.id, security.owner), ownerAdjustmentCodec.stringify(marker)];
  }));
}

/** Each owner's private marker, into the custodian's collection and audit. */
async function writeMarkers(ctx: Context, collection: string, markers: readonly [key: string, value: string][]): Promise<void> {
  await Promise.all(markers.map(([key, value]) => writeBoth(ctx, collection, key, Buffer.from(value))));
}

function writeChanges(ctx: Context, accountId: string, changes: readonly (readonly [OwnerEntitlement['cash'], string, bigint])[], at: number): Promise<string> {
  return writeOwnerPositions(ctx, accountId, changes.filter(([, , delta]) => delta !== 0n), at);
}
