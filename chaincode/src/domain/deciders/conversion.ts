import type { CommandOf, Envelope } from '../commands';
import { conversionStatusAt, conversionStep, convertedAmount, type ConversionTerms } from '../conversion';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { evaluateRules, type Rule } from '../rules';
import { balance, frozen } from '../rules/balance';
import { held } from '../rules/held';
import { paused } from '../rules/paused';
import type { Security } from '../security';
import { holdingOf, jurisdictionOf, refs, unionRefs, type Refs, type Slice } from '../slice';
import { findPlainSecurity } from './lookup';
import { movementFacts, requireSender } from './movement';

type ConvertCommand = CommandOf<'Convert'>;

/**
 * What a conversion takes out of the hybrid: the rules a holder's units leaving it obey (live, not matured,
 * held, unfrozen, not promised by a hold). Not the lock-up, holding period or transfer limits: a conversion is
 * not a sale, it exercises a right the security carries.
 */
const HYBRID_RULES: readonly Rule[] = [paused, balance, frozen, held];

/** The hybrid, its supply, the holder and its hybrid holding; the equity follows once the hybrid names it. */
export function conversionRefs(cmd: ConvertCommand): Refs {
  return refs({ securities: [cmd.securityId], stats: [cmd.securityId], identities: [cmd.holder], holdings: [[cmd.securityId, cmd.holder]] });
}

/**
 * The target equity, its supply and the holder's equity holding once the hybrid is loaded; then, as for any
 * movement (`movementStatsRefs`), the holder counts per jurisdiction only where a holding crosses zero: the
 * hybrid holding converted whole, the equity holding received first.
 */
export function conversionDependentRefs(cmd: ConvertCommand, slice: Slice): Refs {
  const conversion = conversionOf(slice.securities[cmd.securityId]);
  if (!conversion) return refs({});
  const equityId = conversion.equitySecurityId;
  const equity = refs({ securities: [equityId], stats: [equityId], holdings: [[equityId, cmd.holder]] });
  if (!slice.securities[equityId]) return equity;
  const leaves = holdingOf(slice, cmd.securityId, cmd.holder).balance <= cmd.amount;
  const joins = holdingOf(slice, equityId, cmd.holder).balance === 0n;
  return unionRefs([equity, refs({
    jurisdictions: [...(leaves ? jurisdictionOf(slice, cmd.securityId, cmd.holder) : []), ...(joins ? jurisdictionOf(slice, equityId, cmd.holder) : [])],
  })]);
}

function conversionOf(security: Security | undefined): ConversionTerms | null {
  return security?.terms.kind === 'hybrid' ? security.terms.conversion : null;
}

/**
 * A holder converts `amount` of its hybrid into the target equity at the ratio, during the window: the hybrid
 * units are burned and the equity units minted in this one transaction (`Converted`, then `Redeemed` and
 * `Issued`), so both supplies stay the sum of their holdings. The hybrid's units obey HYBRID_RULES; the equity's
 * every rule an issuance to the holder obeys, and its pause too (a conversion is the holder's act, not an agent's).
 */
export function decideConvert(cmd: ConvertCommand, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const denied = requireSender(actor, cmd.holder, slice);
  if (denied) return denied;
  const hybrid = findPlainSecurity(slice, cmd.securityId);
  if (!hybrid.ok) return hybrid;
  const conversion = conversionOf(hybrid.value.security);
  if (!conversion) return reject('ST2-INVALID-INPUT', `${cmd.securityId} is not a convertible (hybrid) security.`, { security: cmd.securityId });
  const { windowStart, windowEnd, equitySecurityId } = conversion;
  if (conversionStatusAt(conversion, at) !== 'open') {
    return reject('ST2-CONVERSION-CLOSED', `${cmd.securityId} converts from ${new Date(windowStart).toISOString()} until ${new Date(windowEnd).toISOString()}.`, { windowStart, windowEnd });
  }
  const equityAmount = convertedAmount(conversion, cmd.amount);
  if (equityAmount === null) {
    return reject('ST2-CONVERSION-FRACTION', `${cmd.amount} units do not convert to whole units of ${equitySecurityId}: convert a multiple of ${conversionStep(conversion)}.`, {
      amount: cmd.amount.toString(), step: conversionStep(conversion).toString(),
    });
  }
  const out = movementFacts(slice, cmd.securityId, cmd.holder, cmd.holder, cmd.amount, at);
  if (!out.ok) return out;
  const leaving = evaluateRules(out.value, HYBRID_RULES).broken;
  if (leaving) return leaving;
  const into = movementFacts(slice, equitySecurityId, null, cmd.holder, equityAmount, at);
  if (!into.ok) return into;
  const entering = evaluateRules(into.value).broken;
  if (entering) return entering;
  const { securityId, holder, amount } = cmd;
  return accept([
    { type: 'Converted', v: 1, at, securityId, holder, amount, equitySecurityId, equityAmount },
    { type: 'Redeemed', v: 1, at, securityId, from: holder, amount },
    { type: 'Issued', v: 1, at, securityId: equitySecurityId, to: holder, amount: equityAmount },
  ]);
}
