import { createSt2Client, type St2Client } from '../../../gateway/src/client';

/**
 * The console's one way to the gateway: the client typed from its /openapi.json (gateway/src/client), so a
 * contract change breaks this build, not the console in a user's hands. The gateway serves the console, so
 * the API is on the same origin (the CSP allows no other).
 */
export function gatewayClient(baseUrl: string, token: string): St2Client {
  return createSt2Client({ baseUrl, token });
}

export type { St2Client };
