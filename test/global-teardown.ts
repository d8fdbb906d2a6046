import { stopIfOwned } from './support/network-owner';

/** Stops the Fabric network (even half-started) if this test run started it, and nothing else. */
export default async function globalTeardown(): Promise<void> {
  await stopIfOwned((line) => void process.stderr.write(`[network] ${line}\n`));
}
