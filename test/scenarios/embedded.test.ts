import { cashScenario } from './cash.scenario';
import { embeddedBackend } from './embedded-backend';
import { securitiesScenario } from './securities.scenario';

securitiesScenario(embeddedBackend);
cashScenario(embeddedBackend);
