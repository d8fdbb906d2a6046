import { Type } from '@sinclair/typebox';
import { Id } from '@st2/chaincode';
import { commandBody } from './schemas';
import { writeOperation } from './write';

const HoldingParams = Type.Object({ id: Id, holder: Id }, { additionalProperties: false });

export const changePartition = writeOperation({
  kind: 'ChangePartition',
  summary: 'Move a holder\'s units between two of its partitions (agent with the partition power)',
  description: 'E.g. `{ "from": "locked", "to": "default", "amount": "100" }` releases 100 locked units. The balance does not change, '
    + 'and no transfer rule is judged; more than the partition holds is 422 ST2-INSUFFICIENT-BALANCE (`details.partition`).',
  tags: ['partitions'],
  status: 200,
  schema: { params: HoldingParams, body: commandBody('ChangePartition', ['securityId', 'holder']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id, holder: params.holder } }),
});
