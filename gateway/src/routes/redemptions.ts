import { commandBody, IdParams } from './schemas';
import { writeOperation } from './write';

/**
 * The end of a debt security (docs/corporate-actions.md): a call of a callable security, and the redemption at
 * maturity or on the call date, a distribution paid and closed through the distribution routes.
 */
const tags = ['corporate actions'];

export const callSecurity = writeOperation({
  kind: 'CallSecurity',
  summary: 'Call a callable debt security for early redemption (its issuer)',
  description: 'Redeems the whole issue on `callDate` at the call price of its terms (`terms.call.priceBps` of face value) instead of at maturity. '
    + 'Holders trade until the call date; from it every movement is refused with 422 ST2-MATURED. No call terms: 422 ST2-NOT-CALLABLE; '
    + 'a call date before `terms.call.firstCallDate` or not before maturity: 422 ST2-CALL-DATE-INVALID; sooner than `terms.call.noticeDays` from now: 422 ST2-CALL-NOTICE; '
    + 'called already: 409 ST2-ALREADY-CALLED; matured already: 422 ST2-MATURED.',
  tags,
  status: 201,
  schema: { params: IdParams, body: commandBody('CallSecurity', ['securityId']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
});

export const declareRedemption = writeOperation({
  kind: 'DeclareRedemption',
  summary: 'Declare the redemption of a debt security\'s whole issue: its principal, paid in a cash token (its issuer)',
  description: 'From the redemption date (the maturity date, or the call date once called; before: 422 ST2-REDEMPTION-NOT-DUE) declares distribution `{id}:redemption`: '
    + 'each unit held on the eve of the redemption date earns the face value (at maturity) or the call price, in `cashSecurityId` (in the security\'s currency), from `payer`, '
    + 'payable from the redemption\'s payment date. Paid in batches by `POST /v1/distributions/{id}/payments` (an agent with the `redeem` power): each payment burns the holder\'s units. '
    + 'Its close (`POST /v1/distributions/{id}/close`) marks the security redeemed. Not debt or cash in another currency: 400 ST2-INVALID-INPUT; declared already: 409 ST2-ALREADY-EXISTS; '
    + 'a principal past the maximum amount: 422 ST2-AMOUNT-LIMIT. (An agent\'s burn of one holder\'s units, unpaid, is `POST /v1/securities/{id}/redemptions`, refused from the redemption date.)',
  tags,
  status: 201,
  schema: { params: IdParams, body: commandBody('DeclareRedemption', ['securityId']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
});
