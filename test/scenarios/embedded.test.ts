import { embeddedBackend } from './embedded-backend';
import { securitiesScenario } from './securities.scenario';

securitiesScenario(embeddedBackend);
