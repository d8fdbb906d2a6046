// A real OpenID Connect provider (oidc-provider) for the gateway's sign-in tests, in a child process because
// oidc-provider is an ES module. Prints {"issuer"} when ready.
//
// Machine clients use the client_credentials grant with a resource indicator, which makes the access token a JWT
// signed with the provider's keys (published at its jwks_uri). Each stands for one st2 principal: its claims
// (st2_role, st2_id, st2_org) ride in the token.
//
// With OIDC_CONSOLE_REDIRECT_URIS set, it also serves the console as a bank's provider would: a public client
// `st2-console` (no secret, authorization code, PKCE S256 required), people who sign in at its own login form
// (OIDC_USERS: [{ username, password, claims }], the claims their access tokens carry), and consent given at once
// for that first-party client. CORS on the token endpoint is allowed from the console's origin only.
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT);
const issuer = `http://127.0.0.1:${port}`;
const audience = process.env.OIDC_AUDIENCE;
/** client id -> [st2 role, st2 id, org MSP id, token lifetime in seconds] */
const principals = {
  'bank1-agent': ['agent', 'bank1-agent', 'Bank1MSP', 600],
  'bank1-issuer': ['issuer', 'acme-issuer', 'Bank1MSP', 600],
  'bank2-agent': ['agent', 'bank2-agent', 'Bank2MSP', 600],
  'bank1-long-lived': ['agent', 'bank1-agent', 'Bank1MSP', 7_200],
};
const CONSOLE_CLIENT = 'st2-console';
const CONSOLE_TOKEN_TTL = 600;
const consoleRedirectUris = (process.env.OIDC_CONSOLE_REDIRECT_URIS ?? '').split(',').filter(Boolean);
const consoleOrigins = new Set(consoleRedirectUris.map((uri) => new URL(uri).origin));
/** username -> { password, claims } */
const users = new Map(JSON.parse(process.env.OIDC_USERS ?? '[]').map((user) => [user.username, user]));

const machineClients = Object.keys(principals).map((client_id) => ({
  client_id, client_secret: `${client_id}-secret`, grant_types: ['client_credentials'], redirect_uris: [], response_types: [],
}));
const consoleClient = {
  client_id: CONSOLE_CLIENT, token_endpoint_auth_method: 'none', grant_types: ['authorization_code'], response_types: ['code'],
  redirect_uris: consoleRedirectUris, post_logout_redirect_uris: consoleRedirectUris.map((uri) => new URL('.', uri).href),
};

const provider = new Provider(issuer, {
  clients: consoleRedirectUris.length > 0 ? [...machineClients, consoleClient] : machineClients,
  findAccount: (ctx, id) => (users.has(id) ? { accountId: id, claims: () => ({ sub: id }) } : undefined),
  // The login form below is this provider's own; its cookies are signed with a key made for this run.
  cookies: { keys: [crypto.randomUUID()] },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  pkce: { required: () => true },
  clientBasedCORS: (ctx, origin, client) => client.clientId === CONSOLE_CLIENT && consoleOrigins.has(origin),
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    // The provider's own sign-out page: its form (given) and the two answers, nothing fetched from elsewhere.
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: (ctx, form) => {
        ctx.body = `<!doctype html><html><head><meta charset="utf-8"><title>Bank sign-out</title></head><body><h1>Sign out of the bank?</h1>${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
<button type="submit" form="op.logoutForm">No, stay signed in</button></body></html>`;
      },
    },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => audience,
      useGrantedResource: () => true,
      getResourceServerInfo: (ctx, resource, client) => ({
        scope: 'st2',
        audience: resource,
        accessTokenFormat: 'jwt',
        accessTokenTTL: principals[client.clientId]?.[3] ?? CONSOLE_TOKEN_TTL,
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  extraTokenClaims: (ctx, token) => {
    if (token.accountId) return users.get(token.accountId)?.claims ?? {};
    const [role, id, org] = principals[token.clientId] ?? [];
    return role ? { st2_role: role, st2_id: id, st2_org: org } : {};
  },
});

/**
 * The interaction pages: a login form (username, password; or Cancel, which the provider answers to the console
 * with access_denied), then consent granted at once for what was asked.
 */
provider.use(async (ctx, next) => {
  if (!ctx.path.startsWith('/interaction/')) return next();
  const details = await provider.interactionDetails(ctx.req, ctx.res);
  if (details.prompt.name === 'consent') return ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, { consent: { grantId: await grant(details) } }, { mergeWithLastSubmission: true }));
  if (ctx.method === 'GET') return loginPage(ctx, details.uid);
  const form = new URLSearchParams(await body(ctx.req));
  if (form.has('cancel')) return ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, { error: 'access_denied', error_description: 'The user cancelled the sign-in.' }));
  const user = users.get(form.get('username') ?? '');
  if (!user || user.password !== form.get('password')) return loginPage(ctx, details.uid, 'Unknown user or wrong password.');
  ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, { login: { accountId: form.get('username') } }, { mergeWithLastSubmission: false }));
});

async function grant({ session, params, prompt, grantId }) {
  const granted = grantId ? await provider.Grant.find(grantId) : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
  const { missingOIDCScope = [], missingResourceScopes = {} } = prompt.details;
  if (missingOIDCScope.length > 0) granted.addOIDCScope(missingOIDCScope.join(' '));
  for (const [resource, scopes] of Object.entries(missingResourceScopes)) granted.addResourceScope(resource, scopes.join(' '));
  return granted.save();
}

function loginPage(ctx, uid, error) {
  ctx.type = 'html';
  ctx.body = `<!doctype html><html><head><meta charset="utf-8"><title>Bank sign-in</title></head><body>
<h1>Sign in to the bank</h1>${error ? `<p id="error">${error}</p>` : ''}
<form method="post" action="/interaction/${uid}">
<label>Username <input name="username" autocomplete="username" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button>
<button type="submit" name="cancel" value="1" formnovalidate>Cancel</button>
</form></body></html>`;
}

async function body(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}

provider.listen(port, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ issuer })}\n`));
