/**
 * npm run openapi: writes the OpenAPI document the application serves at /api/docs-json to
 * openapi/openapi.json (then the script generates openapi/client/schema.d.ts from it). Run it after
 * changing a controller or a DTO and commit both files; a test fails while they differ from the app.
 * Needs neither PostgreSQL nor Meilisearch: the modules are wired without creating providers.
 */
import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import pino from 'pino';
import { createApp } from '../app.factory';
import { buildOpenApiDocument, OPENAPI_DOCUMENT_PATH, serializeOpenApiDocument } from '../app.openapi';
import { buildAppConfig } from '../config/app-config';
import { parseEnvironment } from '../config/environment';

async function main(): Promise<void> {
  const vars = parseEnvironment({ NODE_ENV: 'development', SEED_DEMO: 'false', RUN_MIGRATIONS: 'false' });
  const config = buildAppConfig(vars, {
    databaseUrl: 'postgres://unused@127.0.0.1:1/unused',
    meiliUrl: 'http://127.0.0.1:1',
    meiliMasterKey: 'unused',
    jwtSecret: 'unused',
    embedded: false,
  });
  const app = await createApp(config, pino({ level: 'silent' }), [], { preview: true });
  const document = serializeOpenApiDocument(buildOpenApiDocument(app));
  await app.close();
  await mkdir(dirname(OPENAPI_DOCUMENT_PATH), { recursive: true });
  await writeFile(OPENAPI_DOCUMENT_PATH, document);
  console.log(`wrote ${OPENAPI_DOCUMENT_PATH}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
