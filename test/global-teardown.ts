import { down } from '../scripts/network/src/network';

/** Stops the Fabric network (even half-started) unless it was running before this test run. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.ST2_NETWORK_WAS_UP === '1') return;
  await down({ log: (line) => void process.stderr.write(`[network] ${line}\n`) });
}
