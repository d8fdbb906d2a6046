import { commandBody, IdParams } from './schemas';
import { writeOperation } from './write';

const tags = ['agent actions'];

export const freeze = writeOperation({
  kind: 'Freeze',
  summary: 'Freeze an identity\'s holding, whole or in part',
  description: 'Without `amount`, the whole holding.',
  tags,
  status: 200,
  schema: { params: IdParams, body: commandBody('Freeze', ['holder']) },
  submission: ({ params, body }) => ({ input: { ...body, holder: params.id } }),
});

export const unfreeze = writeOperation({
  kind: 'Unfreeze',
  summary: 'Unfreeze an identity\'s holding, whole or in part',
  tags,
  status: 200,
  schema: { params: IdParams, body: commandBody('Unfreeze', ['holder']) },
  submission: ({ params, body }) => ({ input: { ...body, holder: params.id } }),
});

export const recover = writeOperation({
  kind: 'Recover',
  summary: 'Recover a lost identity\'s holding to another identity of the same investor',
  description: 'The holding moves with its lots (holding periods keep counting) and freezes.',
  tags,
  status: 200,
  schema: { params: IdParams, body: commandBody('Recover', ['lost']) },
  submission: ({ params, body }) => ({ input: { ...body, lost: params.id } }),
});
