import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from './support/harness';
import { lintOpenApi } from './support/openapi-linters';

/** The API contract as clients' tools read it: both linters accept /openapi.json without an error or a warning. */
describe('the OpenAPI document', () => {
  let h: Harness;
  let directory: string;
  beforeAll(async () => {
    [h, directory] = await Promise.all([startHarness(), mkdtemp(join(tmpdir(), 'st2-openapi-'))]);
  });
  afterAll(async () => {
    await h.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('passes redocly lint and spectral (oas) with no errors or warnings', async () => {
    const file = join(directory, 'openapi.json');
    await writeFile(file, (await h.app.inject({ method: 'GET', url: '/openapi.json' })).body);
    const problems = (await lintOpenApi(file)).filter((problem) => problem.severity === 'error' || problem.severity === 'warning');
    expect(problems.map((p) => `${p.linter} ${p.severity} ${p.rule} at ${p.where}: ${p.message}`)).toEqual([]);
  }, 60_000);
});
