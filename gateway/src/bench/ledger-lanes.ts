import type { Ledger } from '../ledger/ledger';

/**
 * `lanes` lanes, each running `rounds` steps (a transaction, or a settlement's transactions in turn), each
 * step started as soon as the lane's last one committed: a steady load with no barrier between rounds, and
 * no two transactions in flight on the same keys. The rate is valid steps per second of the whole run.
 */
export async function measureLanes(
  name: string, rounds: number, lanes: number, log: (line: string) => void, step: (round: number, lane: number) => Promise<unknown>,
): Promise<{ rate: number; valid: number; invalid: number }> {
  let valid = 0;
  let invalid = 0;
  let firstError: unknown;
  const started = process.hrtime.bigint();
  const lane = async (i: number) => {
    for (let round = 0; round < rounds; round++) {
      try {
        await step(round, i);
        valid++;
      } catch (error) {
        invalid++;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: lanes }, (_, i) => lane(i)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = valid / seconds;
  log(`${name}: ${valid} valid, ${invalid} refused or invalid, ${seconds.toFixed(2)} s, ${rate.toFixed(0)} per s`);
  if (firstError !== undefined) log(`${name}: first failure: ${firstError instanceof Error ? firstError.message : String(firstError)}`);
  return { rate, valid, invalid };
}

/**
 * Plain compliant transfers of one unit of `securityId` between lane `lane`'s pair of `investors` (2 lane and
 * 2 lane + 1, of `org`), one way on even rounds and back on odd ones: an even number of rounds leaves every
 * balance as it found it, and lanes share no key.
 */
export function pairTransfers(ledger: Ledger, org: string, securityId: string, investors: readonly string[]) {
  return (round: number, lane: number): Promise<unknown> => {
    const [a = '', b = ''] = [investors[2 * lane], investors[2 * lane + 1]];
    const [from, to] = round % 2 === 0 ? [a, b] : [b, a];
    return ledger.submit({ org, role: 'investor', id: from }, { fn: 'token:transfer', args: [JSON.stringify({ securityId, from, to, amount: '1' })] });
  };
}
