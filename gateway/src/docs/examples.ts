/**
 * OpenAPI 3.0 schemas take one `example`; JSON Schema, and so TypeBox, an `examples` array. @fastify/swagger
 * converts the top of each route's schemas but not what lies deeper (inside anyOf, in components), which
 * OpenAPI 3.0 tools then refuse. This converts every schema's first example, in a copy: the document's
 * schemas may be the very objects the routes validate with.
 */
export function openApi30Examples<T>(document: T): T {
  // The same document with `example` keywords for `examples`: its shape is unchanged.
  return converted(document) as T;
}

function converted(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(converted);
  if (node === null || typeof node !== 'object') return node;
  const { examples, ...rest } = node as Record<string, unknown>;
  const copy = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, converted(value)]));
  // Only a schema's `examples` is an array (a parameter's or a media type's is a map, kept as it is).
  if (!Array.isArray(examples)) return examples === undefined ? copy : { ...copy, examples: converted(examples) };
  return 'example' in copy || examples.length === 0 ? copy : { ...copy, example: examples[0] };
}
