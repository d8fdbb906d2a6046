import { requireIssuerOf } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import { isDebtLike } from '../debt';
import { entitlementOf } from '../distribution';
import type { DomainEvent } from '../events';
import { debtRedemption, redemptionDistributionId } from '../redemption';
import { MAX_AMOUNT } from '../schema';
import { hasMatured } from '../security';
import { refs, type Refs, type Slice } from '../slice';
import { DAY_MS } from '../window-counters';
import { currencyProblem, decideDeclare } from './distributions';
import { findPlainSecurity, findSecurityDefinition } from './lookup';

type RedemptionCommand = CommandOf<'CallSecurity' | 'DeclareRedemption'>;

export function redemptionRefs(cmd: RedemptionCommand): Refs {
  switch (cmd.kind) {
    case 'CallSecurity':
      return refs({ securities: [cmd.securityId] });
    case 'DeclareRedemption':
      return refs({
        distributions: [redemptionDistributionId(cmd.securityId)], securities: [cmd.securityId, cmd.cashSecurityId], stats: [cmd.securityId],
        identities: [cmd.payer, cmd.remainderAccount],
      });
  }
}

export function decideRedemption(cmd: RedemptionCommand, env: Envelope, slice: Slice): Decision<DomainEvent> {
  switch (cmd.kind) {
    case 'CallSecurity':
      return decideCall(cmd, env, slice);
    case 'DeclareRedemption':
      return decideDeclareRedemption(cmd, env, slice);
  }
}

/**
 * By the issuer of a security whose terms allow a call: once, with the notice the terms require, from the first
 * call date and before maturity. Holders keep trading until the call date, as they would until maturity.
 */
function decideCall(cmd: CommandOf<'CallSecurity'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findSecurityDefinition(slice, cmd.securityId);
  if (!found.ok) return found;
  const security = found.value;
  const denied = requireIssuerOf(actor, security);
  if (denied) return denied;
  const { terms } = security;
  if (!isDebtLike(terms) || !terms.call) return reject('ST2-NOT-CALLABLE', `${security.id} has no call terms.`, { securityId: security.id });
  if (hasMatured(security, at)) return reject('ST2-MATURED', `Security ${security.id} has matured.`);
  if (security.called) return reject('ST2-ALREADY-CALLED', `${security.id} was called for ${new Date(security.called.callDate).toISOString()}.`, { callDate: security.called.callDate });
  const { firstCallDate, noticeDays, priceBps } = terms.call;
  if (cmd.callDate < firstCallDate || cmd.callDate >= terms.maturityDate) {
    return reject('ST2-CALL-DATE-INVALID', `${security.id} may be called for a date from ${new Date(firstCallDate).toISOString()} and before its maturity.`, {
      firstCallDate, maturityDate: terms.maturityDate,
    });
  }
  const earliest = at + noticeDays * DAY_MS;
  if (cmd.callDate < earliest) return reject('ST2-CALL-NOTICE', `${security.id} is called with ${noticeDays} days' notice: for ${new Date(earliest).toISOString()} at the earliest.`, { earliest, noticeDays });
  return accept([{ type: 'SecurityCalled', v: 1, at, securityId: security.id, callDate: cmd.callDate, priceBps }]);
}

/**
 * The principal as a distribution: the price per unit (face value, or its call price) held on the eve of the
 * redemption date, payable from the redemption's payment date, whose payments burn the units they pay for.
 * Declared from the redemption date on, when nothing moves any more (ST2-MATURED), so that a record time in
 * the past is still exact: no balance changed since. Every other check is the declaration's.
 */
function decideDeclareRedemption(cmd: CommandOf<'DeclareRedemption'>, env: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findPlainSecurity(slice, cmd.securityId);
  if (!found.ok) return found;
  const { security, stats } = found.value;
  const denied = requireIssuerOf(env.actor, security);
  if (denied) return denied;
  if (!isDebtLike(security.terms)) return reject('ST2-INVALID-INPUT', `${security.id} is not a debt security: it is never redeemed.`, { securityId: security.id });
  const redemption = debtRedemption(security, security.terms);
  if (env.at < redemption.date) {
    return reject('ST2-REDEMPTION-NOT-DUE', `${security.id} is redeemed from ${new Date(redemption.date).toISOString()}.`, { redemptionDate: redemption.date });
  }
  const currency = currencyProblem(cmd, security.terms, slice);
  if (currency) return currency;
  const total = entitlementOf(stats?.supply ?? 0n, redemption.rate);
  if (redemption.rate.numerator > MAX_AMOUNT || total > MAX_AMOUNT) {
    return reject('ST2-AMOUNT-LIMIT', `The principal to pay, ${total}, passes the maximum amount.`, { declaredTotal: total.toString() });
  }
  if (redemption.rate.numerator === 0n) return reject('ST2-INVALID-INPUT', `${security.id} has no face value to pay.`, { securityId: security.id });
  const { securityId, cashSecurityId, payer, remainderAccount } = cmd;
  const declaration = {
    kind: 'DeclareDistribution' as const, distributionId: redemptionDistributionId(securityId), securityId, cashSecurityId, rate: redemption.rate,
    recordTime: redemption.date - 1, paymentDate: redemption.paymentDate, payer, remainderAccount,
  };
  return decideDeclare(declaration, env, slice, { redemption: redemption.kind });
}
