import { Type } from '@sinclair/typebox';
import { operation } from './operation';

const LedgerTimeSchema = Type.Object({
  now: Type.Integer({
    description: 'The time the ledger stamps the next transaction with, ms since the epoch: the gateway\'s clock, which stamps its proposals, on Fabric; the development clock\'s under `--clock dev`',
    examples: [1767225600000],
  }),
});

export const readLedgerTime = operation({
  summary: 'The ledger\'s time',
  description: 'What a client dates a deadline from (a proposal\'s expiry, a record time): the ledger judges it by its own clock, which a development ledger may have moved far from the caller\'s.',
  tags: ['network'],
  effect: 'read',
  schema: { response: { 200: LedgerTimeSchema } },
  handle: async (_request, _reply, { clock }) => ({ now: clock() }),
});
