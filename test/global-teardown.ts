import { down, isUp } from '../scripts/network/src/network';

/** Stops the Fabric network if this test run started it; a network a developer started stays up. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.ST2_NETWORK_WAS_UP === '1' || !(await isUp().catch(() => false))) return;
  await down({ log: (line) => void process.stderr.write(`[network] ${line}\n`) });
}
