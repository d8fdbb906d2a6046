import { authorityScenario } from '../security/authority.scenario';
import { fabricBackend } from './fabric-backend';

// The same attacks as on the embedded ledger, on real Fabric peers: each impostor's certificate comes
// from another member's Fabric CA (scripts/network), with the same st2.id as the power it claims.
jest.setTimeout(20 * 60_000);
authorityScenario(fabricBackend);
