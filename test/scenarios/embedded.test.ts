import { embeddedBackend } from './embedded-backend';
import { securitiesScenario } from './securities.scenario';
import { settlementsScenario } from './settlements.scenario';

securitiesScenario(embeddedBackend);
settlementsScenario(embeddedBackend);
