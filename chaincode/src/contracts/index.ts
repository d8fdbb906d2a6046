import type { Contract } from 'fabric-contract-api';
import { codec } from '../wire/codec';
import { CONSORTIUM_POLICY_ENV, ConsortiumPolicySchema, type ConsortiumPolicy } from '../domain/consortium';
import { St2Context } from './caller';
import { ConfidentialContract } from './confidential-contract';
import { ConsortiumContract } from './consortium-contract';
import { VoteContract } from './vote-contract';
import { DistributionContract } from './distribution-contract';
import { OracleContract } from './oracle-contract';
import { HoldContract } from './hold-contract';
import { SettlementContract } from './settlement-contract';
import { CustodyContract } from './custody-contract';
import { IdentityContract } from './identity-contract';
import { SecurityContract } from './security-contract';
import { TokenContract } from './token-contract';
import { CorporateActionContract } from './corporate-action-contract';

type ContractClass = new () => Contract;

/** st2's contracts; the benchmark baselines are another chaincode (src/bench), never deployed with these. */
const ST2_CONTRACTS = [IdentityContract, SecurityContract, TokenContract, ConfidentialContract, ConsortiumContract, VoteContract, HoldContract, SettlementContract, CustodyContract, DistributionContract, OracleContract, CorporateActionContract] as const;

/**
 * st2's contracts bound to the consortium policy their host supplies: fabric-contract-api constructs
 * contracts itself, without arguments, so each is a subclass whose transaction context carries the
 * policy. With `null` they authorize nobody (fail closed): see `consortiumOf`.
 */
export function st2Contracts(policy: ConsortiumPolicy | null): ContractClass[] {
  return ST2_CONTRACTS.map((Base: ContractClass) => {
    const Bound = class extends Base {
      override createContext(): St2Context {
        return new St2Context(policy);
      }
    };
    // fabric-contract-api describes a contract by its class name (metadata, @Info): keep the real one.
    Object.defineProperty(Bound, 'name', { value: Base.name });
    return Bound;
  });
}

const policyCodec = codec(ConsortiumPolicySchema);

/** The policy in the environment; null when absent (then st2 authorizes nobody). A malformed one stops the server at start. */
export function consortiumPolicyFromEnvironment(env: NodeJS.ProcessEnv = process.env): ConsortiumPolicy | null {
  const text = env[CONSORTIUM_POLICY_ENV];
  return text ? policyCodec.parse(text) : null;
}

/** What fabric-contract-api deploys (as `contracts` of the package's main module) on a Fabric chaincode server. */
export const contracts = st2Contracts(consortiumPolicyFromEnvironment());
export { IdentityContract, SecurityContract, TokenContract, ConsortiumContract, VoteContract, HoldContract, SettlementContract, DistributionContract, OracleContract, St2Context, CorporateActionContract };
export { ConfidentialContract, confidentialPayloadCodec, LEAF_PAGE, listedNotesCodec, listedViewingKeysCodec } from './confidential-contract';
export { confidentialCodecs } from './confidential-repository';
export { custodyPositionCodec } from './custody-contract';
export { EVENT_NAME, EventPayloadSchema, eventPayloadCodec } from './events';
export { PRIVATE_QUERIES, QUERIES, WRITE_FUNCTIONS } from './functions';
export { keys, ObjectType, AUDIT_COLLECTION, orgCollection } from './keys';
export { stateCodecs } from './repository';
export { ROLE_ATTRIBUTE, ID_ATTRIBUTE } from './caller';
