import { isUp } from '../scripts/network/src/network';

/**
 * Remembers whether a Fabric network was already running, so the teardown stops only a network
 * this test run started (the Fabric suites bring it up themselves, building Fabric if needed).
 */
export default async function globalSetup(): Promise<void> {
  process.env.ST2_NETWORK_WAS_UP = (await isUp().catch(() => false)) ? '1' : '0';
}
