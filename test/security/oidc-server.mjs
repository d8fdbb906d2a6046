// A real OpenID Connect provider (oidc-provider) for the gateway's sign-in tests, in a child process because
// oidc-provider is an ES module. Clients use the client_credentials grant with a resource indicator, which
// makes the access token a JWT signed with the provider's keys (published at its jwks_uri). Each client stands
// for one st2 principal: its claims (st2_role, st2_id, st2_org) ride in the token. Prints {"issuer"} when ready.
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

const provider = new Provider(issuer, {
  clients: Object.keys(principals).map((client_id) => ({
    client_id, client_secret: `${client_id}-secret`, grant_types: ['client_credentials'], redirect_uris: [], response_types: [],
  })),
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => audience,
      useGrantedResource: () => true,
      getResourceServerInfo: (ctx, resource, client) => ({
        scope: 'st2',
        audience: resource,
        accessTokenFormat: 'jwt',
        accessTokenTTL: principals[client.clientId][3],
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  extraTokenClaims: (ctx, token) => {
    const [role, id, org] = principals[token.clientId] ?? [];
    return role ? { st2_role: role, st2_id: id, st2_org: org } : {};
  },
});
provider.listen(port, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ issuer })}\n`));
