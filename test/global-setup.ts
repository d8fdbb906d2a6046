import { startRun } from './support/network-owner';

/** Gives this run its owner token: the teardown stops a Fabric network only if this run started it. */
export default function globalSetup(): void {
  startRun();
}
