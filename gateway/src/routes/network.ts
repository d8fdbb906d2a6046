import { Type } from '@sinclair/typebox';
import { readiness } from '../health/readiness';
import { operation } from './operation';

/** How long the ledger's height is waited for, as /ready waits. */
const LEDGER_TIMEOUT_MS = 2_000;

const Problem = Type.Optional(Type.String({ description: 'Why a figure is missing, in the peer\'s or the transport\'s words', examples: ['health: connect ECONNREFUSED 127.0.0.1:17123'] }));

const NetworkSchema = Type.Object({
  backend: Type.Union([Type.Literal('embedded'), Type.Literal('fabric')], { description: 'The ledger this gateway serves', examples: ['fabric'] }),
  channel: Type.String({ examples: ['st2'] }),
  chaincode: Type.Object({
    name: Type.String({ examples: ['st2'] }),
    version: Type.Union([Type.String(), Type.Null()], {
      description: 'On Fabric the committed definition\'s version (from _lifecycle); on the embedded ledger the chaincode package compiled into the gateway. Null when the peer would not say (see problem)',
      examples: ['2'],
    }),
    sequence: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: 'The committed definition\'s sequence; null on the embedded ledger, which has no definitions', examples: [2] }),
    problem: Problem,
  }),
  peers: Type.Array(Type.Object({
    org: Type.String({ description: 'MSP id of the peer\'s org; `embedded` for the embedded ledger', examples: ['Bank1MSP'] }),
    name: Type.String({ examples: ['peer0.bank1.st2.local'] }),
    height: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'Chain height through this peer (qscc GetChainInfo for its org); null when it did not answer', examples: [42] }),
    healthy: Type.Boolean({ description: 'Its operations endpoint answered /healthz with OK (the embedded ledger: it runs in this process)' }),
    problem: Problem,
  }), { description: 'Every peer of the connection profile, each asked through its own connection; the embedded ledger is one' }),
  gateway: Type.Object({
    ready: Type.Boolean({ description: 'What /ready says: the ledger answers and the read model has read every committed block' }),
    height: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'The chain height the gateway reads through its own peer; null when unreachable', examples: [42] }),
    readThrough: Type.Integer({ minimum: -1, description: 'The last block the read model has applied (-1 before any)', examples: [41] }),
    lagBlocks: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'Blocks committed that the read model has not read yet (the projection lag)', examples: [0] }),
    problem: Problem,
  }),
});

export const readNetwork = operation({
  summary: 'The member\'s view of the network: peers, chaincode, projection lag',
  description: 'For the member\'s operators: each peer\'s chain height and health (its operations endpoint\'s /healthz), the chaincode definition the channel runs, and this gateway\'s '
    + 'readiness with the read model\'s lag behind the chain. On the embedded ledger the one "peer" is the embedded ledger itself: its height and the read model\'s real lag.',
  tags: ['network'],
  effect: 'read',
  schema: { response: { 200: NetworkSchema } },
  handle: async (_request, _reply, { ledger, projector }) => {
    const [report, state] = await Promise.all([ledger.report(), readiness(ledger, projector, LEDGER_TIMEOUT_MS)]);
    const problem = state.ledger.error ?? state.projection.failure ?? state.projection.lastError;
    return {
      ...report,
      peers: [...report.peers],
      gateway: {
        ready: state.ready, height: state.ledger.height ?? null, readThrough: state.projection.readThrough, lagBlocks: state.projection.lagBlocks ?? null,
        ...(problem === undefined ? {} : { problem }),
      },
    };
  },
});
