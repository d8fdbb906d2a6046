/**
 * The level the network's processes log at (env ST2_NETWORK_LOG_LEVEL, default info). At info a peer logs
 * every gRPC call it serves (its gateway's Endorse, Submit and CommitStatus of each transaction), an
 * orderer every Broadcast stream, a chaincode server every invocation: lines per transaction, CPU on a
 * busy peer. `warning` keeps only what needs a look.
 */
export const LOG_LEVEL_ENV = 'ST2_NETWORK_LOG_LEVEL';

const LEVELS = ['debug', 'info', 'warning', 'error'] as const;
export type LogLevel = (typeof LEVELS)[number];

export function logLevel(): LogLevel {
  const raw = process.env[LOG_LEVEL_ENV];
  if (raw === undefined || raw === '') return 'info';
  const level = LEVELS.find((l) => l === raw);
  if (!level) throw new Error(`${LOG_LEVEL_ENV}=${raw}: expected one of ${LEVELS.join(', ')}`);
  return level;
}

/** A peer's FABRIC_LOGGING_SPEC: gossip and MSP, chatty at info, are kept at warning whatever the level. */
export function peerLoggingSpec(level: LogLevel): string {
  return level === 'debug' || level === 'info' ? `${level}:gossip=warning:msp=warning` : level;
}
