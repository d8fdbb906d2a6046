import { embeddedBackend } from '../scenarios/embedded-backend';
import { authorityScenario } from './authority.scenario';

// On the embedded ledger, whose CA per org issues real X.509 certificates; the same scenario runs on Fabric (test/fabric/authority.test.ts).
authorityScenario(embeddedBackend);
