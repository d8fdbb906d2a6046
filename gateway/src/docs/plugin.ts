import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { St2EventSchema } from '@st2/chaincode';
import { TAGS } from '../routes/tags';
import { openApi30Examples } from './examples';

/**
 * OpenAPI from the routes' own TypeBox schemas (nothing is written twice): `/openapi.json` for tools,
 * Swagger UI at `/docs` for people. Registered before the routes, whose schemas it collects as they are added.
 */
export const docsPlugin = fp(async function docs(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'st2 gateway',
        version: '1',
        description: 'Regulated security tokens on a permissioned ledger. Every /v1 route needs a bearer JWT whose role is listed in the route description. Errors are `{ error: { code, message, details, erc1066 } }` with a stable ST2-... code and its ERC-1066 status code (null where the standard has none).',
        license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
        contact: { name: 'st2 maintainers' },
      },
      // Relative: each member runs its own gateway, so the API is wherever this document was served from.
      servers: [{ url: '/', description: 'The gateway that served this document' }],
      tags: [...TAGS],
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        schemas: { DomainEvent: St2EventSchema },
      },
    },
    transformObject: (document) => ('openapiObject' in document ? openApi30Examples(document.openapiObject) : document.swaggerObject),
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true, transformStaticCSP: (header) => header });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}, { name: 'st2-docs' });
