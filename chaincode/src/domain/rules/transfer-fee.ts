import { reject } from '../decision';
import { emptyHolding } from '../holding';
import { accreditedOnly } from './accredited-only';
import type { Identity } from '../identity';
import type { Rule, TransferFacts } from './facts';
import { requiredClaims } from './required-claims';

/**
 * The fee leg (ERC-3643's TransferFeesModule) goes to an active identity verified as any recipient of the
 * security is (required claims, accredited-only): units never go to an unverified identity. The leg obeys
 * nothing else: the collector's caps and jurisdiction and the payer's sender-side rules are not checked
 * (docs/compliance.md says why).
 */
export const transferFee: Rule = {
  name: 'transfer-fee',
  check: (facts) => {
    if (!facts.fee) return null;
    const { leg, collector } = facts.fee;
    const cause = !collector ? 'ST2-NOT-FOUND' : collector.recoveredTo !== undefined ? 'ST2-IDENTITY-INACTIVE' : verificationCause(facts, collector);
    if (!cause) return null;
    return reject('ST2-FEE-COLLECTOR-INVALID', `The fee collector ${leg.collector} cannot receive the fee of ${leg.fee} (${cause}).`, {
      collector: leg.collector, fee: leg.fee.toString(), cause,
    });
  },
};

/** The code a transfer to the collector would get from the verification rules, or null when it is verified. */
function verificationCause(facts: TransferFacts, collector: Identity): string | null {
  const { sender: _sender, ...rest } = facts;
  const asRecipient: TransferFacts = { ...rest, recipient: { identity: collector, holding: emptyHolding(facts.security.id, collector.id) } };
  for (const rule of [requiredClaims, accreditedOnly]) {
    const broken = rule.check(asRecipient);
    if (broken) return broken.code;
  }
  return null;
}
