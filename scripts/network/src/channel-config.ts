import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeployContext } from './chaincode';
import { run } from './exec';
import { ordererArgs, peerCli } from './fabric';
import { isRecord } from './files';
import type { PeerOrg } from './topology';

/**
 * Changing a running channel's configuration, the way Fabric's docs do it by hand: fetch the latest
 * config block through the ordering service, decode it to JSON (configtxlator), edit the JSON, let
 * configtxlator compute the ConfigUpdate between the two (read set and write set with the versions the
 * orderer checks), wrap it in an envelope, have the admins whose signatures the modified groups' mod
 * policies need sign it, and submit it. The orderer applies it only if those signatures satisfy the
 * policies: with too few, it is refused and the channel's config sequence stays as it was.
 */

/** A channel's configuration (common.Config as configtxlator writes it in JSON) and its sequence. */
export interface ChannelConfig {
  readonly sequence: number;
  readonly config: Record<string, unknown>;
}

/** A configuration transaction's header type (common.HeaderType.CONFIG_UPDATE). */
const CONFIG_UPDATE = 2;

/** The latest channel configuration, fetched through the ordering service by `org`'s admin. */
export async function fetchChannelConfig(ctx: DeployContext, org: PeerOrg): Promise<ChannelConfig> {
  return inScratch(async (dir) => {
    const block = join(dir, 'config_block.pb');
    await peerCli(ctx.bins, ctx.layout, org, ['channel', 'fetch', 'config', block, '-c', ctx.topology.channel, ...ordererArgs(ctx.topology, ctx.layout, org)], 60_000);
    const decoded = await translate(ctx, 'proto_decode', 'common.Block', block);
    const config = pick(JSON.parse(decoded) as unknown, ['data', 'data', 0, 'payload', 'data', 'config']);
    if (!isRecord(config)) throw new Error(`the config block of ${ctx.topology.channel} holds no config`);
    return { sequence: Number(config.sequence ?? 0), config };
  });
}

/** The Application group's member orgs (MSP ids), as the channel config lists them. */
export function applicationOrgs(config: ChannelConfig): string[] {
  const groups = pick(config.config, ['channel_group', 'groups', 'Application', 'groups']);
  return isRecord(groups) ? Object.keys(groups) : [];
}

/**
 * Computes the update from `current` to `updated`, collects the signatures of `signers`' admins (the
 * last one submits it, signing as it does) and sends it to the ordering service; throws what the
 * orderer answered when it refuses.
 */
export async function submitConfigUpdate(ctx: DeployContext, current: ChannelConfig, updated: Record<string, unknown>, signers: readonly PeerOrg[]): Promise<void> {
  const submitter = signers.at(-1);
  if (!submitter) throw new Error('a config update needs at least one signing admin');
  await inScratch(async (dir) => {
    const envelope = await updateEnvelope(ctx, dir, current.config, updated);
    for (const org of signers.slice(0, -1)) {
      ctx.log(`channel ${ctx.topology.channel}: ${org.mspId} admin signs the config update`);
      await peerCli(ctx.bins, ctx.layout, org, ['channel', 'signconfigtx', '-f', envelope]);
    }
    ctx.log(`channel ${ctx.topology.channel}: ${submitter.mspId} admin signs and submits the config update (${signers.length} signature${signers.length === 1 ? '' : 's'})`);
    await peerCli(ctx.bins, ctx.layout, submitter, ['channel', 'update', '-f', envelope, '-c', ctx.topology.channel, ...ordererArgs(ctx.topology, ctx.layout, submitter)], 60_000);
  });
}

/** The signed-for envelope (common.Envelope of a CONFIG_UPDATE) carrying what changed from `original` to `updated`. */
async function updateEnvelope(ctx: DeployContext, dir: string, original: unknown, updated: unknown): Promise<string> {
  const encode = async (name: string, type: string, json: unknown): Promise<string> => {
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(json));
    await translate(ctx, 'proto_encode', type, join(dir, `${name}.json`), join(dir, `${name}.pb`));
    return join(dir, `${name}.pb`);
  };
  const [from, to] = [await encode('original', 'common.Config', original), await encode('updated', 'common.Config', updated)];
  const update = join(dir, 'update.pb');
  await run(ctx.bins.configtxlator, ['compute_update', '--channel_id', ctx.topology.channel, '--original', from, '--updated', to, '--output', update]);
  const configUpdate = JSON.parse(await translate(ctx, 'proto_decode', 'common.ConfigUpdate', update)) as unknown;
  const envelope = { payload: { header: { channel_header: { channel_id: ctx.topology.channel, type: CONFIG_UPDATE } }, data: { config_update: configUpdate } } };
  return encode('envelope', 'common.Envelope', envelope);
}

/**
 * configtxlator proto_decode | proto_encode of `input` into `output` (default `input`.json), whose text
 * it returns. Always into a file: its default output, /dev/stdout, cannot be opened when stdout is a socket.
 */
async function translate(ctx: DeployContext, how: 'proto_decode' | 'proto_encode', type: string, input: string, output = `${input}.json`): Promise<string> {
  await run(ctx.bins.configtxlator, [how, '--type', type, '--input', input, '--output', output]);
  return how === 'proto_decode' ? readFileSync(output, 'utf8') : '';
}

/** A scratch directory for the protobuf and JSON files of one operation, removed afterwards. */
async function inScratch<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'st2-channel-config-'));
  try {
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The value at `path` (object keys and array indexes) in decoded JSON, or undefined. */
export function pick(value: unknown, path: readonly (string | number)[]): unknown {
  let at: unknown = value;
  for (const step of path) {
    if (typeof step === 'number') at = Array.isArray(at) ? (at[step] as unknown) : undefined;
    else at = isRecord(at) ? at[step] : undefined;
  }
  return at;
}
