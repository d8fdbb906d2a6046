import { BenchContract } from './bench-contract';
import { ConfidentialContract } from './confidential-contract';
import { IdentityContract } from './identity-contract';
import { SecurityContract } from './security-contract';
import { TokenContract } from './token-contract';

/** What fabric-contract-api deploys (as `contracts` of the package's main module). */
export const contracts = [IdentityContract, SecurityContract, TokenContract, BenchContract, ConfidentialContract];
export { IdentityContract, SecurityContract, TokenContract, BenchContract };
export { ConfidentialContract, confidentialPayloadCodec, LEAF_PAGE, listedNotesCodec, listedViewingKeysCodec } from './confidential-contract';
export { confidentialCodecs } from './confidential-repository';
export { EVENT_NAME, EventPayloadSchema, eventPayloadCodec } from './events';
export { QUERIES, WRITE_FUNCTIONS } from './functions';
export { keys, ObjectType, AUDIT_COLLECTION, orgCollection } from './keys';
export { stateCodecs } from './repository';
export { ROLE_ATTRIBUTE, ID_ATTRIBUTE } from './caller';
