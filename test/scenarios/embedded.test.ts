import { embeddedBackend } from './embedded-backend';
import { partitionsScenario } from './partitions.scenario';
import { securitiesScenario } from './securities.scenario';

securitiesScenario(embeddedBackend);
partitionsScenario(embeddedBackend);
