import type { ConsoleSignIn } from '../../../gateway/src/console/sign-in';
import { refusalOf, type Outcome } from '../api/outcome';

/** How this gateway signs people in (development identities, or the member's OpenID Connect provider). */
export async function signInConfig(baseUrl: string, fetcher: typeof fetch = fetch): Promise<Outcome<ConsoleSignIn>> {
  const response = await fetcher(`${baseUrl}/console/config.json`);
  const body: unknown = await response.json();
  return response.ok ? { ok: true, value: (body as { signIn: ConsoleSignIn }).signIn } : { ok: false, refusal: refusalOf(body, response.status) };
}

export type { ConsoleSignIn };
