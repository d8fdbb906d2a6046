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
