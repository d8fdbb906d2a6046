import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * ST2_BENCH_PROFILE=<directory>: a CPU profile of one phase of a bench alone (`<name>.cpuprofile`, open it in
 * Chrome DevTools), so that the HTTP phase can be compared with the in-process one without the setup's
 * samples in between. Without the variable the phase just runs.
 */
export async function profiled<T>(name: string, phase: () => Promise<T>): Promise<T> {
  const directory = process.env.ST2_BENCH_PROFILE;
  if (!directory) return phase();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await phase();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(join(directory, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}
