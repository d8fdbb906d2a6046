import 'reflect-metadata';
import { BenchContract } from './bench-contract';

/**
 * The benchmark chaincode, apart from st2: its functions write without authorizing anyone, so it is
 * deployed only by the benchmark scripts (`bench:fabric` deploys it as `st2-bench`, `bench:embedded`
 * hosts it beside st2), never with st2. Served from `chaincode/bench` (its package.json points here).
 */
export const contracts = [BenchContract];

/** Its chaincode name on a Fabric network (package.json's bench:fabric deploys it under this name). */
export const BENCH_CHAINCODE = 'st2-bench';
export { BenchContract };
