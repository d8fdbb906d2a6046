/**
 * Entry point of an st2 chaincode server process (chaincode as a service), taking fabric-shim's CLI
 * arguments: `node dist/server.js server --chaincode-address … --module-path …`.
 *
 * A chaincode process only verifies proofs, so snarkjs is told to keep its curve arithmetic on this
 * thread before anything can start its worker threads (faster per verification, no workers to start
 * on the first one; see `runZkOnMainThread`). Then fabric-shim's own CLI serves the contracts.
 */
import { runZkOnMainThread } from '@st2/circuits';

// A variable, so TypeScript leaves the untyped CLI module alone.
const FABRIC_SHIM_CLI = 'fabric-shim/cli.js';

runZkOnMainThread()
  .then(() => import(FABRIC_SHIM_CLI))
  .catch((error: unknown) => {
    console.error('st2 chaincode server failed to start', error);
    process.exitCode = 1;
  });
