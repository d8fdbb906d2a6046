import { cashCustodyScenario } from './cash-custody.scenario';
import { conversionsScenario } from './conversions.scenario';
import { distributionsScenario } from './distributions.scenario';
import { embeddedBackend } from './embedded-backend';
import { fourEyesScenario } from './four-eyes.scenario';
import { partitionsScenario } from './partitions.scenario';
import { securitiesScenario } from './securities.scenario';
import { settlementsScenario } from './settlements.scenario';
import { votesScenario } from './votes.scenario';

securitiesScenario(embeddedBackend);
partitionsScenario(embeddedBackend);
votesScenario(embeddedBackend);
settlementsScenario(embeddedBackend);
cashCustodyScenario(embeddedBackend);
distributionsScenario(embeddedBackend);
conversionsScenario(embeddedBackend);
fourEyesScenario(embeddedBackend);
