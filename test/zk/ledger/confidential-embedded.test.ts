import { embeddedBackend } from '../../scenarios/embedded-backend';
import { confidentialScenario } from '../../scenarios/confidential.scenario';

// Real Groth16 proofs on the embedded ledger; the same suite runs on real Fabric in test/fabric.
jest.setTimeout(180_000);
confidentialScenario(embeddedBackend);
