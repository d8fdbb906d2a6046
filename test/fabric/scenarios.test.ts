import { cashCustodyScenario } from '../scenarios/cash-custody.scenario';
import { securitiesScenario } from '../scenarios/securities.scenario';
import { fabricBackend } from './fabric-backend';

// The same scenario suite as on the embedded ledger, unchanged, on real Fabric peers.
jest.setTimeout(20 * 60_000);
securitiesScenario(fabricBackend);
cashCustodyScenario(fabricBackend);
