import { randomUUID } from 'node:crypto';
import { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { AppModule } from './app.module';
import { buildOpenApiDocument } from './app.openapi';
import { AppConfig } from './config/app-config';
import { PinoNestLogger } from './common/logging/logger';
import { trackRequestTransactions } from './common/http/request-transactions';
import { serveWebApp } from './web';

export const API_PREFIX = 'api/v1';

/**
 * Scripts only from this origin (the built app has no inline script). Styles also inline: Ant Design
 * writes its component styles into <style> elements at run time. Images may be data: URLs (icons).
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/**
 * Builds the configured HTTP application; used by main.ts and by every e2e test. `preview` wires the
 * modules without creating providers (no database or Meilisearch): enough to build the OpenAPI
 * document (npm run openapi), not to serve.
 */
export async function createApp(
  config: AppConfig,
  logger: Logger,
  extraModules: DynamicModule['imports'] = [],
  { preview = false }: { preview?: boolean } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, extraModules), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
    preview,
  });
  app.disable('x-powered-by');
  app.set('etag', false);
  // behind a reverse proxy: the client's address (login rate limit) and HTTPS (Secure session cookie)
  app.set('trust proxy', config.trustProxy);
  app.use(helmet({ contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } }));
  app.use(cookieParser());
  app.use(
    pinoHttp({
      logger,
      genReqId: (request, response) => {
        const incoming = request.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        response.setHeader('x-request-id', id);
        return id;
      },
      // One short line per request: no headers (they may carry tokens), no bodies.
      serializers: {
        req: (request: { id: unknown; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          url: request.url,
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      customLogLevel: (_, response, error) =>
        error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    }),
  );
  app.useBodyParser('json', { limit: config.bodyLimit, strict: true });
  // after the body is read, so the request's own async context reaches its handler and error filter
  app.use((_request: Request, _response: Response, next: NextFunction) => trackRequestTransactions(next));
  app.setGlobalPrefix(API_PREFIX);
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  // Nest answers unknown routes only under the global prefix; outside it the web app's pages are
  // served, and every other path goes through the same exception layer (problem details, not HTML).
  serveWebApp(app, API_PREFIX);
  return app;
}
