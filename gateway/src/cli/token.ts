import '../config/chaincode-logging';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ROLES, type Role } from '@st2/chaincode';
import { loadOrCreateDevKeys } from '../auth/dev-keys';
import { DEV_TOKEN_TTL_SECONDS, signDevToken } from '../auth/dev-tokens';
import { Consortium } from '../config/consortium';
import { dataLayout, DEFAULT_TOPOLOGY } from '../config/layout';

interface TokenOptions {
  readonly role: Role;
  readonly sub: string;
  readonly org: string;
  readonly ttl: number;
  readonly data: string;
  readonly topology: string;
}

/** A dev gateway refuses longer-lived tokens (--token-max-lifetime), so the CLI does not mint them. */
const MAX_TTL_SECONDS = DEV_TOKEN_TTL_SECONDS;

function ttl(value: string): number {
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_TTL_SECONDS) throw new InvalidArgumentError(`a whole number of seconds from 1 to ${MAX_TTL_SECONDS}`);
  return seconds;
}

/** Mints a dev bearer token with the signing key kept in the gateway's data directory (created if missing). */
async function main(): Promise<void> {
  const options = new Command('st2-token')
    .description('Mint a development JWT for the st2 gateway')
    .addOption(new Option('--role <role>', 'st2 role').choices(ROLES).makeOptionMandatory())
    .requiredOption('--sub <identity>', 'st2 identity id (the token subject)')
    .requiredOption('--org <org>', 'org name or MSP id, as in the topology')
    .addOption(new Option('--ttl <seconds>', `lifetime, at most ${MAX_TTL_SECONDS} s (what a dev gateway accepts)`).default(MAX_TTL_SECONDS).argParser(ttl))
    .addOption(new Option('--data <dir>', 'gateway data directory').env('ST2_DATA').default('.st2/embedded'))
    .addOption(new Option('--topology <file>', 'consortium description').env('ST2_TOPOLOGY').default(DEFAULT_TOPOLOGY))
    .parse()
    .opts<TokenOptions>();
  const org = (await Consortium.load(options.topology)).find(options.org);
  if (!org) throw new Error(`no org '${options.org}' in ${options.topology}`);
  const keys = await loadOrCreateDevKeys(dataLayout(options.data).devKeys);
  process.stdout.write(`${signDevToken(keys.privateKey, { role: options.role, sub: options.sub, org: org.mspId }, options.ttl)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
