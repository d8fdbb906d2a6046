import { cashCustodyScenario } from './cash-custody.scenario';
import { embeddedBackend } from './embedded-backend';
import { securitiesScenario } from './securities.scenario';

securitiesScenario(embeddedBackend);
cashCustodyScenario(embeddedBackend);
