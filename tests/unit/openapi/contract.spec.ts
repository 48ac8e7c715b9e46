import { readFileSync } from 'node:fs';
import { OPENAPI_DOCUMENT_PATH } from '../../../src/app.openapi';

/**
 * What clients (and the web app) rely on in the committed document, beyond what `npm run contract`
 * checks (redocly lint, swagger-parser): every operation says what it answers on success and which
 * problems, in types a generated client can use.
 */
type Json = Record<string, unknown>;
interface Operation {
  operationId?: string;
  summary?: string;
  security?: Array<Record<string, string[]>>;
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}

const document = JSON.parse(readFileSync(OPENAPI_DOCUMENT_PATH, 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json> };
};
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    name: `${method.toUpperCase()} ${path}`,
    operation,
  })),
);
const PROBLEM = { $ref: '#/components/schemas/ProblemDetailsView' };
const problemStatuses = (operation: Operation) =>
  Object.entries(operation.responses)
    .filter(([, response]) => response.content?.['application/problem+json']?.schema?.$ref === PROBLEM.$ref)
    .map(([status]) => status);

describe('the committed OpenAPI document', () => {
  it('names and summarises every operation', () => {
    const unnamed = operations.filter(({ operation }) => !operation.operationId || !operation.summary);
    expect(unnamed.map(({ name }) => name)).toEqual([]);
  });

  it('gives every operation a typed success response: a schema, a file, or 204', () => {
    const untyped = operations.filter(({ operation }) =>
      Object.entries(operation.responses).every(
        ([status, response]) =>
          !status.startsWith('2') ||
          (status !== '204' && !Object.values(response.content ?? {}).some((media) => media.schema)),
      ),
    );
    expect(untyped.map(({ name }) => name)).toEqual([]);
  });

  it('describes problems as ProblemDetails, 401 and 403 wherever a token is needed', () => {
    const missing = operations.flatMap(({ name, operation }) => {
      if (name === 'GET /api/v1/health') return []; // its 503 is a health report
      const statuses = problemStatuses(operation);
      const secured = operation.security?.some((requirement) => 'bearer' in requirement) ?? false;
      const expected = ['503', ...(secured ? ['401', '403'] : [])];
      return expected.filter((status) => !statuses.includes(status)).map((status) => `${name} ${status}`);
    });
    expect(missing).toEqual([]);
  });

  it('has no untyped objects or unnamed references in its schemas', () => {
    // `x: string | null` with @ApiProperty({ nullable: true }) and no `type` becomes an empty object.
    const found: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) return value.forEach((item, index) => walk(item, `${path}/${index}`));
      if (typeof value !== 'object' || value === null) return;
      const schema = value as Json;
      if (schema.$ref === '#/components/schemas/') found.push(`${path}: empty $ref`);
      if (schema.type === 'object' && !schema.properties && !schema.additionalProperties && !schema.allOf) {
        found.push(`${path}: object without properties`);
      }
      for (const [key, child] of Object.entries(schema)) walk(child, `${path}/${key}`);
    };
    walk(document.components.schemas, '#/components/schemas');
    walk(document.paths, '#/paths');
    expect(found).toEqual([]);
  });
});
