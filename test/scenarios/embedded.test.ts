import { embeddedBackend } from './embedded-backend';
import { partitionsScenario } from './partitions.scenario';
import { securitiesScenario } from './securities.scenario';
import { votesScenario } from './votes.scenario';

securitiesScenario(embeddedBackend);
partitionsScenario(embeddedBackend);
votesScenario(embeddedBackend);
