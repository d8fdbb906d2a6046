import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadOrCreateDevKeys } from '../../../gateway/src/auth/dev-keys';
import { Consortium } from '../../../gateway/src/config/consortium';
import { castIdentities, demoCast, type DemoActor, type DemoCast } from '../../../gateway/src/demo/cast';
import { loadDemo } from '../../../gateway/src/demo/seed';
import type { Session } from '../../../console/src/session/session';
import { buildConsole } from '../../gateway/support/console-build';
import { startHarness, TOPOLOGY_FILE, type Harness } from '../../gateway/support/harness';
import { freePort, issuerAt, startProvider, type ProviderUser, type RunningProvider } from '../../security/support/oidc-provider';

const ROOT = join(__dirname, '../../..');
/** Where the e2e tests leave their screenshots (git-ignored, under .st2/). */
export const SCREENSHOTS = join(ROOT, '.st2/screenshots');

/**
 * Flags that let Debian's chromium run here as root and headless without reaching for Google's services, which
 * this machine's closed network refuses (and which a test must not depend on anyway).
 */
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The browser, installed by the project's own script when it is missing (its progress shows in the test output). */
export function ensureChromium(): string {
  const output = execFileSync('bash', [join(ROOT, 'scripts/browser/ensure-chromium.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const path = output.trim().split('\n').pop();
  if (!path) throw new Error('scripts/browser/ensure-chromium.sh named no browser');
  return path;
}

/** Headless chromium with a fresh profile (playwright makes a new user data directory for each launch). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), headless: true, chromiumSandbox: false, args: CHROMIUM_FLAGS });
}

const STEP_TIMEOUT_MS = 20_000;

/** The e2e gateway's audience at the test provider. */
const AUDIENCE = 'https://st2.bank1.example/api';
/** The test provider's claims for the st2 principal (as a bank's provider may name them). */
const CLAIMS = { role: 'st2_role', subject: 'st2_id', org: 'st2_org' };

/**
 * A real gateway serving the built console over the embedded ledger holding the demo, in a browser. `dev`: the
 * gateway signs people in with --dev-identity's identities. `oidc`: it accepts only the access tokens of a real
 * OpenID Connect provider started beside it, whose login form knows the demo's people (`users`).
 */
export interface ConsoleWorld {
  readonly h: Harness;
  readonly cast: DemoCast;
  /** The gateway's origin. */
  readonly base: string;
  readonly browser: Browser;
  /** The provider's users, by st2 identity (oidc only). */
  readonly users: ReadonlyMap<string, ProviderUser>;
  readonly provider?: RunningProvider;
  /** A bearer header for one of the demo's cast, for the test's own API calls (dev world: the gateway's dev key). */
  auth(actor: DemoActor): { authorization: string };
  /** A new browser context (its own cookies and sessionStorage) on the console. */
  newConsole(): Promise<ConsolePage>;
  close(): Promise<void>;
}

/** Starts a world before the suite's tests and closes it after them; answers the running world. */
export function useConsoleWorld(signIn: 'dev' | 'oidc'): () => ConsoleWorld {
  let world: ConsoleWorld | undefined;
  beforeAll(async () => {
    world = await startConsoleWorld(signIn);
  });
  afterAll(() => world?.close());
  return () => {
    if (!world) throw new Error('the console world did not start (see beforeAll)');
    return world;
  };
}

export async function startConsoleWorld(signIn: 'dev' | 'oidc'): Promise<ConsoleWorld> {
  const [browser, built, cast] = await Promise.all([launchBrowser(), buildConsole(), Consortium.load(TOPOLOGY_FILE).then(demoCast)]);
  const providerPort = signIn === 'oidc' ? await freePort() : 0;
  const h = await (signIn === 'dev' ? devGateway(built, cast) : startHarness({
    auth: { tokens: { kind: 'oidc', issuer: issuerAt(providerPort), audience: AUDIENCE }, claims: CLAIMS },
    app: { console: { directory: built, oidcClient: { clientId: 'st2-console' } } },
  }));
  await loadDemo(h.ledger, cast, { now: h.clock.read, waitUntil: async (until) => void (until > h.clock.now && h.clock.advance(until - h.clock.now)) });
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
  const users = new Map(signIn === 'oidc' ? [cast.alice, cast.bob, cast.issuer].map((actor) => [actor.id, {
    username: actor.id, password: `${actor.id}-password`, claims: { [CLAIMS.role]: actor.role, [CLAIMS.subject]: actor.id, [CLAIMS.org]: actor.org.mspId },
  }]) : []);
  const provider = signIn === 'oidc'
    ? await startProvider({ audience: AUDIENCE, port: providerPort, consoleRedirectUris: [`${base}/console/callback`], users: [...users.values()] })
    : undefined;
  await mkdir(SCREENSHOTS, { recursive: true });
  const shots: string[] = [];
  return {
    h, cast, base, browser, users, ...(provider ? { provider } : {}),
    auth: (actor) => h.auth({ role: actor.role, id: actor.id, org: actor.org.name }),
    newConsole: async () => {
      const context = await browser.newContext();
      // A step waits at most this long for what it expects: a failure says which step, long before Jest's timeout.
      context.setDefaultTimeout(STEP_TIMEOUT_MS);
      return new ConsolePage(await context.newPage(), base, shots);
    },
    close: async () => {
      if (shots.length > 0) process.stdout.write(`console e2e screenshots: ${shots.join(', ')}\n`);
      await browser.close();
      provider?.stop();
      await h.close();
      await rm(built, { recursive: true, force: true });
    },
  };
}

/** A --dev-identity gateway: its dev sign-in mints with the harness's own dev key, the one its gateway verifies with. */
async function devGateway(built: string, cast: DemoCast): Promise<Harness> {
  const directory = await mkdtemp(join(tmpdir(), 'st2-console-e2e-'));
  const { privateKey } = await loadOrCreateDevKeys(join(directory, 'keys'));
  return startHarness({ directory, app: { console: { directory: built }, devSignIn: { privateKey, identities: castIdentities(cast) } } });
}

/** A transfer as the investor fills it in. */
export interface TransferFields {
  readonly securityId: string;
  readonly to: string;
  readonly amount: string;
}

/** A form's answer as the console shows it (console/src/components/write-result.tsx): done, or refused with its code. */
export type WriteShown = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly code: string; readonly text: string };

/** A forced transfer as the agent fills it in. */
export interface ForcedTransferFields {
  readonly from: string;
  readonly to: string;
  readonly amount: string;
}

/** What the network view shows: each peer's row (org, peer, height, health, problem) and the read model's lag. */
export interface NetworkShown {
  readonly peers: readonly (readonly string[])[];
  readonly lag: string;
  readonly ready: string;
}

/**
 * The console in one browser tab, driven as a person would: by the `data-testid`s of its views (console/src/views).
 * Views built later add their own methods here, so every e2e test reads as the person's task.
 */
export class ConsolePage {
  /** `shots`: where the screenshots taken are listed (the world prints them at its close). */
  constructor(readonly page: Page, readonly base: string, private readonly shots: string[]) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.base}/console/`);
  }

  /** Development sign-in as one of the demo's cast. */
  async signInAsDev(sub: string): Promise<void> {
    await this.open();
    await this.page.getByTestId(`dev-sign-in-${sub}`).click();
    await this.page.getByTestId('signed-in-as').waitFor();
  }

  /** Off to the bank's provider, its login form filled in, back at the console signed in. */
  async signInAtBank(user: ProviderUser, provider: RunningProvider): Promise<void> {
    await this.open();
    await this.page.getByTestId('sign-in-oidc').click();
    await this.page.waitForURL((url) => url.origin === provider.issuer);
    await this.page.getByLabel('Username').fill(user.username);
    await this.page.getByLabel('Password').fill(user.password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await this.page.getByTestId('signed-in-as').waitFor();
  }

  async signedInAs(): Promise<string> {
    return this.page.getByTestId('signed-in-as').innerText();
  }

  async signOut(): Promise<void> {
    await this.page.getByTestId('sign-out').click();
  }

  /** The session the console keeps in this tab's sessionStorage (null when signed out). */
  async session(): Promise<Session | null> {
    // Evaluated in the page, as source: the tests' TypeScript knows no DOM.
    const saved = await this.page.evaluate<string | null>('sessionStorage.getItem(\'st2.console.session\')');
    return saved ? (JSON.parse(saved) as Session) : null;
  }

  /** How many entries this origin's localStorage holds (the console keeps none). */
  async localStorageSize(): Promise<number> {
    return this.page.evaluate<number>('localStorage.length');
  }

  async refusal(): Promise<string> {
    return this.page.getByTestId('refusal').first().innerText();
  }

  /** A view by its fragment (console/src/route.ts), e.g. '#/holdings'. */
  async go(fragment: string): Promise<void> {
    await this.page.goto(`${this.base}/console/${fragment}`);
  }

  /** The balance the holdings view shows for a security. */
  async holdingBalance(securityId: string): Promise<string> {
    return this.page.getByTestId(`holding-${securityId}`).getByTestId('holding-balance').innerText();
  }

  /** Fills the transfer form and asks for the pre-check: whether it passes, and each rule's row. */
  async preCheck(fields: TransferFields): Promise<{ readonly allowed: boolean; readonly rules: readonly string[] }> {
    await this.page.getByTestId('transfer-security').fill(fields.securityId);
    await this.page.getByTestId('transfer-to').fill(fields.to);
    await this.page.getByTestId('transfer-amount').fill(fields.amount);
    await this.page.getByTestId('transfer-check').click();
    const result = this.page.getByTestId('transfer-pre-check');
    await result.waitFor();
    return { allowed: (await result.getAttribute('data-allowed')) === 'true', rules: await result.getByTestId('transfer-rule').allInnerTexts() };
  }

  /** Sends the checked transfer; answers what the console says of it. */
  async send(): Promise<string> {
    await this.page.getByTestId('transfer-send').click();
    return this.page.getByTestId('transfer-sent').innerText();
  }

  /** The cap table's supply and its rows' balances by holder. */
  async capTable(securityId: string): Promise<{ readonly supply: string; readonly balances: ReadonlyMap<string, string> }> {
    await this.page.getByTestId(`security-${securityId}`).click();
    const supply = await this.page.getByTestId('cap-table-supply').innerText();
    const rows = this.page.locator('[data-testid^="cap-table-holder-"]');
    const balances = new Map<string, string>();
    for (const row of await rows.all()) {
      const holder = (await row.getAttribute('data-testid'))?.slice('cap-table-holder-'.length) ?? '';
      balances.set(holder, await row.getByTestId('cap-table-balance').innerText());
    }
    return { supply, balances };
  }

  /** Waits until the live audit list shows one of these transactions; null if none after `waitMs` (the caller retries). */
  async seesLive(txIds: readonly string[], waitMs: number): Promise<string | null> {
    const shown = this.page.locator(txIds.map((txId) => `[data-testid="live-transaction"][data-tx-id="${txId}"]`).join(', ')).first();
    return shown.waitFor({ timeout: waitMs }).then(() => shown.getAttribute('data-tx-id'), () => null);
  }

  /** The cells' texts of each body row of a table, by its `data-testid`, once it shows. */
  async tableRows(testId: string): Promise<string[][]> {
    const table = this.page.getByTestId(testId);
    await table.waitFor();
    const rows: string[][] = [];
    for (const row of await table.locator('tbody > tr').all()) rows.push((await row.locator('td').allInnerTexts()).map((cell) => cell.trim()));
    return rows;
  }

  /** An issuer or agent view of a security, reached as a person does: the view from the navigation, then the security from its list. */
  async agentView(view: string, securityId: string): Promise<void> {
    await this.go(`#/${view}`);
    await this.page.getByTestId(`${view}-security-${securityId}`).click();
    await this.page.getByTestId(`${view}-view`).waitFor();
  }

  /** Waits for a form's answer (`<testId>-accepted` or `<testId>-refusal`) and reads it. */
  async writeShown(testId: string): Promise<WriteShown> {
    const answer = this.page.locator(`[data-testid="${testId}-accepted"], [data-testid="${testId}-refusal"]`).first();
    await answer.waitFor();
    const text = (await answer.innerText()).trim();
    if ((await answer.getAttribute('data-testid')) === `${testId}-accepted`) return { ok: true, text };
    return { ok: false, code: await answer.locator('code').first().innerText(), text };
  }

  /** In the rules form (already open), one rule's value typed in and the rules sent; answers what the form shows. */
  async setRule(rule: string, value: string): Promise<WriteShown> {
    await this.page.getByTestId(`rules-${rule}`).fill(value);
    await this.page.getByTestId('rules-submit').click();
    return this.writeShown('rules');
  }

  /** The value the rules form shows for a rule. */
  async ruleValue(rule: string): Promise<string> {
    return this.page.getByTestId(`rules-${rule}`).inputValue();
  }

  /** In the forced transfers view (already open), a forced transfer filled in and sent; answers what the form shows. */
  async forceTransfer(fields: ForcedTransferFields): Promise<WriteShown> {
    await this.page.getByTestId('forced-transfers-from').fill(fields.from);
    await this.page.getByTestId('forced-transfers-to').fill(fields.to);
    await this.page.getByTestId('forced-transfers-amount').fill(fields.amount);
    await this.page.getByTestId('forced-transfers-submit').click();
    return this.writeShown('forced-transfers');
  }

  /** After a refusal with ST2-FOUR-EYES-REQUIRED: proposes the same forced transfer; answers the approval's id the view names. */
  async proposeForApproval(): Promise<string> {
    await this.page.getByTestId('forced-transfers-propose').click();
    const shown = await this.writeShown('forced-transfers-propose');
    if (!shown.ok) throw new Error(`the proposal was refused: ${shown.text}`);
    const named = await this.page.getByText('Proposed as').locator('code').innerText();
    return named.trim();
  }

  /**
   * In the pending approvals view (already open), a second agent approves one; once accepted, answers its row's cells
   * as the list shows it when read again (id, operation, proposed by, expires, status).
   */
  async approve(approvalId: string): Promise<string[]> {
    await this.page.getByTestId(`approvals-approve-${approvalId}`).click();
    const shown = await this.writeShown('approvals');
    if (!shown.ok) throw new Error(`the approval was refused: ${shown.text}`);
    const row = this.page.getByTestId(`approvals-row-${approvalId}`);
    await row.getByText(/^executed by /).waitFor();
    return (await row.locator('td').allInnerTexts()).map((cell) => cell.trim());
  }

  /** The custodian's account, opened from the list of accounts: its public holdings and its owners' positions (rows of cells). */
  async custodyAccount(accountId: string): Promise<{ readonly holdings: string[][]; readonly positions: string[][] }> {
    await this.go('#/custody');
    await this.page.getByTestId('custody-account-link').filter({ hasText: new RegExp(`^${accountId}$`) }).click();
    return { holdings: await this.tableRows('custody-account-holdings'), positions: await this.tableRows('custody-account-positions') };
  }

  /** The regulator's alerts in Oversight (rows: time, what, security, detail). */
  async alerts(): Promise<string[][]> {
    await this.go('#/oversight');
    return this.tableRows('oversight-alerts');
  }

  /** A security's holders looked through, opened from Oversight (rows: holder, balance, jurisdiction, beneficial owners). */
  async lookThrough(securityId: string): Promise<string[][]> {
    await this.go('#/oversight');
    await this.page.getByTestId('oversight-security-link').filter({ hasText: new RegExp(`^${securityId}$`) }).click();
    return this.tableRows('oversight-security-holders');
  }

  /** The network view. */
  async network(): Promise<NetworkShown> {
    await this.go('#/network');
    const peers = await this.tableRows('network-peers');
    return { peers, lag: await this.page.getByTestId('network-lag').innerText(), ready: await this.page.getByTestId('network-ready').innerText() };
  }

  /** A full-page screenshot under SCREENSHOTS; answers its path. */
  async screenshot(name: string): Promise<string> {
    const path = join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    this.shots.push(path);
    return path;
  }
}
