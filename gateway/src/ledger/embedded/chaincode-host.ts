import 'reflect-metadata';
import { JSONSerializer, type Contract } from 'fabric-contract-api';
import type { ChaincodeStub, SerializedIdentity } from 'fabric-shim';

/*
 * fabric-shim's own router from a transaction to a contract method is the class
 * `fabric-chaincode-node` instantiates when it starts a contract chaincode:
 * `fabric-shim/lib/contract-spi/chaincodefromcontract.js`. It is internal to fabric-shim (pinned at
 * 2.5.8), which is why this is the only module that loads it or touches fabric-shim internals.
 * Running the contracts through it, rather than calling their methods ourselves, gives them exactly
 * Fabric's dispatch: `contract:method` names, parameter marshalling from decorator metadata,
 * before/after hooks, `ctx.clientIdentity`, error responses.
 */

/** A fabric-contract-api contract class, as a chaincode package exports them in `contracts`. */
export type ContractClass = new () => Contract;

export interface ChaincodeResult {
  /** 200 on success; >= 400 is an error the endorser refuses. */
  readonly status: number;
  readonly message: string;
  readonly payload: Buffer;
}

interface Dispatcher {
  Invoke(stub: ChaincodeStub): Promise<{ status: number; message?: string; payload?: Uint8Array }>;
}

type DispatcherClass = new (
  contracts: ContractClass[],
  serializers: { transaction: string; serializers: Record<string, typeof JSONSerializer> },
  metadata: object,
  title: string,
  version: string,
) => Dispatcher;

type ClientIdentityClass = new (stub: ChaincodeStub) => object;

interface Logger {
  debug: (...args: unknown[]) => unknown;
  isDebugEnabled(): boolean;
}

interface LoggerRegistry {
  getLogger(name: string): Logger;
}

/* eslint-disable @typescript-eslint/no-require-imports -- internal CommonJS modules without typings */
const shimModule = require('fabric-shim/lib/chaincode.js') as { ClientIdentity: ClientIdentityClass };
const ChaincodeFromContract = loadWithCachedIdentities();
dropDisabledDebugLogs(require('fabric-shim/lib/logger.js') as LoggerRegistry, ['contracts-spi/chaincodefromcontract.js', 'contracts-spi/datamarshall.js', 'lib/chaincode.js']);
dropDisabledDebugLogs(require('fabric-contract-api/lib/logger.js') as LoggerRegistry, ['./lib/contract.js', './lib/jsontransactionserializer.js']);
/* eslint-enable @typescript-eslint/no-require-imports */

export class ChaincodeHost {
  private readonly dispatcher: Dispatcher;

  constructor(contracts: readonly ContractClass[], title: string) {
    // The shim appends its system contract to the array it is given: hand it a copy.
    this.dispatcher = new ChaincodeFromContract([...contracts], { transaction: 'jsonSerializer', serializers: { jsonSerializer: JSONSerializer } }, {}, title, '');
  }

  /** Never throws: whatever fails inside the chaincode becomes an error response, as the shim sends the peer. */
  async invoke(stub: ChaincodeStub): Promise<ChaincodeResult> {
    let response: Awaited<ReturnType<Dispatcher['Invoke']>>;
    try {
      response = await this.dispatcher.Invoke(stub);
    } catch (error) {
      response = { status: 500, message: error instanceof Error ? error.message : String(error) };
    }
    const payload = response.payload ?? Buffer.alloc(0);
    return { status: response.status, message: response.message ?? '', payload: Buffer.isBuffer(payload) ? payload : Buffer.from(payload) };
  }
}

/**
 * The dispatcher builds `ctx.clientIdentity` by parsing the creator's X.509 certificate on every
 * transaction (about a third of a simple transaction's cost). It takes the ClientIdentity class
 * from fabric-shim's module when it loads, so while it loads it is handed one that parses each
 * certificate once and then clones the parsed identity, with the transaction's own stub, per call.
 * The clone is an instance of the real class built by the real constructor: same fields, same methods.
 */
function loadWithCachedIdentities(): DispatcherClass {
  const RealClientIdentity = shimModule.ClientIdentity;
  // Keyed by the creator object, which the embedded ledger issues once per caller.
  const parsed = new WeakMap<SerializedIdentity, object>();
  class CachedClientIdentity {
    constructor(stub: ChaincodeStub) {
      const creator = stub.getCreator();
      let identity = parsed.get(creator);
      if (!identity) {
        identity = new RealClientIdentity(stub);
        parsed.set(creator, identity);
      }
      // Returning an object from a constructor makes `new` yield it.
      return Object.assign(Object.create(Object.getPrototypeOf(identity) as object) as object, identity, { stub });
    }
  }
  shimModule.ClientIdentity = CachedClientIdentity;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('fabric-shim/lib/contract-spi/chaincodefromcontract.js') as DispatcherClass;
  } finally {
    shimModule.ClientIdentity = RealClientIdentity;
  }
}

/**
 * fabric-shim and fabric-contract-api log about a dozen debug lines per transaction through winston,
 * which formats each one (timestamps, colours, JSON) before its transport drops it for being below
 * the level. On the dispatch path, debug calls are dropped up front unless debug is enabled
 * (CORE_CHAINCODE_LOGGING_LEVEL=DEBUG); info, warnings and errors are untouched.
 */
function dropDisabledDebugLogs(registry: LoggerRegistry, names: readonly string[]): void {
  for (const name of names) {
    const logger = registry.getLogger(name);
    if (!logger.isDebugEnabled()) logger.debug = () => undefined;
  }
}
