import { floatingCouponsScenario } from '../scenarios/floating-coupons.scenario';
import { partitionsScenario } from '../scenarios/partitions.scenario';
import { cashCustodyScenario } from '../scenarios/cash-custody.scenario';
import { conversionsScenario } from '../scenarios/conversions.scenario';
import { distributionsScenario } from '../scenarios/distributions.scenario';
import { securitiesScenario } from '../scenarios/securities.scenario';
import { splitsScenario } from '../scenarios/splits.scenario';
import { votesScenario } from '../scenarios/votes.scenario';
import { settlementsScenario } from '../scenarios/settlements.scenario';
import { redemptionsScenario } from '../scenarios/redemptions.scenario';
import { fabricBackend } from './fabric-backend';
import { oraclesScenario } from '../scenarios/oracles.scenario';
import { fourEyesScenario } from '../scenarios/four-eyes.scenario';

// The same scenario suites as on the embedded ledger, unchanged, on real Fabric peers.
jest.setTimeout(20 * 60_000);
securitiesScenario(fabricBackend);
partitionsScenario(fabricBackend);
votesScenario(fabricBackend);
settlementsScenario(fabricBackend);
cashCustodyScenario(fabricBackend);
distributionsScenario(fabricBackend);
oraclesScenario(fabricBackend);
redemptionsScenario(fabricBackend);
splitsScenario(fabricBackend);
conversionsScenario(fabricBackend);
fourEyesScenario(fabricBackend);
floatingCouponsScenario(fabricBackend);
