import type { Context } from 'fabric-contract-api';
import type { CommandOf, Envelope } from '../domain/commands';
import { positionAmount, type OwnerEntitlement } from '../domain/custody';
import { ownerAmounts } from '../domain/deciders/custody-distributions';
import type { Slice } from '../domain/slice';
import { custodyTransientCodec, type PaidOwnerTransient } from '../wire/custody-transient';
import { accountOf, verifiedOwner, writeOwnerPositions } from './custody-contract';
import { keys } from './keys';
import { Repository, stateCodecs } from './repository';

type PayCustody = CommandOf<'PayCustodyDistribution'>;

/**
 * A distribution's payment into a custody account (domain/deciders/custody-distributions.ts): the owners the
 * custodian names in transient `custody`, each position (in the distributed security, and in the cash when it
 * has one) checked against the ledger's hash by every endorser before anything is decided. Absent: no owners
 * (the decider refuses).
 */
export async function ownerPaymentFacts(ctx: Context, cmd: PayCustody): Promise<Partial<Envelope>> {
  const raw = ctx.stub.getTransient().get('custody');
  if (!raw || raw.length === 0) return {};
  const { owners } = custodyTransientCodec.parse(Buffer.from(raw).toString('utf8'));
  const distribution = await new Repository(ctx.stub).get(keys.distribution(ctx.stub, cmd.distributionId), stateCodecs.distribution);
  if (!owners || !distribution) return {};
  const { custodianCollection } = await accountOf(ctx, cmd.accountId);
  const verified = (securityId: string, side: Parameters<typeof verifiedOwner>[3]) => verifiedOwner(ctx, custodianCollection, { accountId: cmd.accountId, securityId }, side);
  const entitled = async ({ owner, position, cashPosition }: PaidOwnerTransient): Promise<OwnerEntitlement> => {
    const security = await verified(distribution.securityId, { owner, position });
    // An owner new to the cash enters it with the facts attested for its security position.
    const cash = await verified(distribution.cashSecurityId, { owner, position: cashPosition, jurisdiction: security.jurisdiction, investorType: security.investorType });
    return { security, cash };
  };
  return { custody: { owners: await Promise.all(owners.map(entitled)) } };
}

/** After an accepted payment: each owner's cash position credited and, for a redemption, its units burned. */
export async function writeOwnerPayments(ctx: Context, cmd: PayCustody, env: Envelope, before: Slice): Promise<void> {
  const distribution = before.distributions[cmd.distributionId];
  const owners = env.custody?.owners;
  if (!distribution || !owners) return;
  const amounts = ownerAmounts(owners, distribution);
  const changes = owners.flatMap((owner, index) => [
    [owner.cash, distribution.cashSecurityId, amounts[index] ?? 0n] as const,
    ...(distribution.redemption ? [[owner.security, distribution.securityId, -positionAmount(owner.security)] as const] : []),
  ]).filter(([, , delta]) => delta !== 0n);
  await writeOwnerPositions(ctx, cmd.accountId, changes, env.at);
}
