import { confidentialScenario } from '../scenarios/confidential.scenario';
import { fabricBackend } from './fabric-backend';

// The confidential suite, unchanged, on real Fabric peers: each endorsing peer verifies each Groth16 proof.
jest.setTimeout(20 * 60_000);
confidentialScenario(fabricBackend);
