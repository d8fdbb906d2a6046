import { CashTerms } from '@st2/chaincode';
import { commandBody, IdParams, withFields } from './schemas';
import { writeOperation } from './write';

/**
 * Cash (a tokenised deposit per currency) is a security of kind `cash` (see the chaincode's cash.ts): these
 * routes are thin names over the same commands, so cash is created, issued, redeemed and moved by the one
 * write pipeline, and every rule and identity check of a security applies. Reads reuse the holdings routes.
 */
const tags = ['cash'];

export const createCash = writeOperation({
  kind: 'CreateSecurity',
  summary: 'Create a cash instrument (cash issuer)',
  description: 'A security with `terms: { kind: "cash", currency }` and no ISIN; the calling cash issuer is its issuer. '
    + 'Rules that make no sense for money (lock-up, holding period, accredited only, holder caps, approval, fee, venue limits) are 422 ST2-RULE-NOT-APPLICABLE.',
  tags,
  status: 201,
  schema: { body: withFields(commandBody('CreateSecurity', ['terms', 'isin']), { currency: CashTerms.properties.currency }) },
  submission: ({ body: { currency, ...rest } }) => ({ input: { ...rest, terms: { kind: 'cash' as const, currency } } }),
});

/** Issue and redeem are the security commands, on the cash instrument the path names. */
function supply(kind: 'Issue' | 'Redeem', summary: string) {
  return writeOperation({
    kind,
    summary,
    description: 'Only under the cash-issuer role (an agent\'s issue or redeem power does not mint or burn money: 422 ST2-UNAUTHORIZED).',
    tags,
    status: 201,
    schema: { params: IdParams, body: commandBody(kind, ['securityId']) },
    submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
  });
}

export const issueCash = supply('Issue', 'Issue cash to a verified identity (cash issuer)');
export const redeemCash = supply('Redeem', 'Redeem cash from a holding (cash issuer)');

export const transferCash = writeOperation({
  kind: 'Transfer',
  summary: 'Pay cash from the calling investor',
  description: 'A transfer of the cash instrument: its rules (KYC, jurisdictions, party lists, balance and window limits) apply as to any security.',
  tags,
  status: 201,
  schema: { params: IdParams, body: commandBody('Transfer', ['securityId']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
});
