import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '../../..');
const BIN = join(ROOT, 'node_modules/.bin');

/** One finding of a linter, reduced to what a failing test should print. */
export interface LintProblem {
  readonly linter: 'redocly' | 'spectral';
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
  readonly rule: string;
  readonly where: string;
  readonly message: string;
}

/** Both linters on an OpenAPI file, each with the project's checked-in configuration, run side by side. */
export async function lintOpenApi(file: string): Promise<readonly LintProblem[]> {
  const [redocly, spectral] = await Promise.all([redoclyLint(file), spectralLint(file)]);
  return [...redocly, ...spectral];
}

interface RedoclyReport {
  readonly problems: readonly { ruleId: string; severity: 'error' | 'warn'; message: string; location: readonly { pointer: string }[] }[];
}

async function redoclyLint(file: string): Promise<readonly LintProblem[]> {
  const args = ['lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format', 'json'];
  // No telemetry or update check from a test run: nothing leaves the machine.
  const output = await run('redocly', args, { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' });
  return (JSON.parse(output) as RedoclyReport).problems.map((problem) => ({
    linter: 'redocly',
    severity: problem.severity === 'warn' ? 'warning' : problem.severity,
    rule: problem.ruleId,
    where: problem.location[0]?.pointer ?? '',
    message: problem.message,
  }));
}

interface SpectralFinding {
  readonly code: string;
  readonly severity: 0 | 1 | 2 | 3;
  readonly message: string;
  readonly path: readonly (string | number)[];
}

const SPECTRAL_SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

async function spectralLint(file: string): Promise<readonly LintProblem[]> {
  const args = ['lint', file, '--ruleset', join(ROOT, '.spectral.yaml'), '--format', 'json', '--quiet'];
  const output = await run('spectral', args, {});
  return (JSON.parse(output) as readonly SpectralFinding[]).map((finding) => ({
    linter: 'spectral',
    severity: SPECTRAL_SEVERITIES[finding.severity],
    rule: finding.code,
    where: `#/${finding.path.join('/')}`,
    message: finding.message,
  }));
}

/** A linter's stdout: it exits non-zero when it finds problems, which the report itself describes. */
async function run(command: string, args: readonly string[], env: Readonly<Record<string, string>>): Promise<string> {
  try {
    return (await promisify(execFile)(join(BIN, command), args, { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const { stdout } = error as { stdout?: string };
    if (stdout) return stdout;
    throw error;
  }
}
