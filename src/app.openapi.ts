import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { findProjectRoot } from './platform/project-root';

/**
 * The OpenAPI document of the application: served at /api/docs-json and committed as
 * openapi/openapi.json (npm run openapi), from which clients and the web app are generated.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Trí thức Khánh Hòa API')
      .setDescription(
        'Registry and talent database of Khánh Hòa intellectuals (cơ sở dữ liệu trí thức tỉnh Khánh Hòa). ' +
          'Errors are RFC 9457 problem details with a stable `code` and messages in English and Vietnamese.',
      )
      .setVersion('1')
      .setLicense('Proprietary: Khánh Hòa Department of Home Affairs', 'https://trithuc.khanhhoa.gov.vn')
      .addServer('/', 'This service; paths carry the /api/v1 prefix')
      .addBearerAuth()
      .addCookieAuth(
        'tkh_session',
        {
          type: 'apiKey',
          in: 'cookie',
          description:
            "The web app's session (POST /auth/session); POST, PUT, PATCH and DELETE also need the X-CSRF-Token header",
        },
        'session',
      )
      .build(),
  );
}

/** Where the committed document lives. */
export const OPENAPI_DOCUMENT_PATH = join(findProjectRoot(), 'openapi', 'openapi.json');

/** The committed form: two-space JSON with a final newline, so regenerating it gives no diff. */
export function serializeOpenApiDocument(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
