import { commandBody, IdParams } from './schemas';
import { writeOperation } from './write';

/** Hybrid conversion (docs/corporate-actions.md): a holder converts its hybrid units into the target equity during the window. */
const tags = ['corporate actions'];

export const convert = writeOperation({
  kind: 'Convert',
  summary: 'Convert a holder\'s hybrid units into the target equity (the holder itself)',
  description: 'During the conversion window of hybrid `{id}` (its calendar shows it), burns `amount` of `holder`\'s hybrid units and mints `amount` × ratio units '
    + 'of the target equity to it, in one transaction. Whole equity units only: an amount that leaves a fraction is 422 ST2-CONVERSION-FRACTION (the details name the step). '
    + 'Outside the window: 422 ST2-CONVERSION-CLOSED; not a hybrid: 400 ST2-INVALID-INPUT. The hybrid units must be free (not frozen, not held), and the equity\'s rules '
    + 'for an issuance to the holder apply (claims, jurisdictions, holder, balance and supply caps), as do both securities\' pauses, each with its own code.',
  tags,
  status: 200,
  schema: { params: IdParams, body: commandBody('Convert', ['securityId']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
});
