import { randomUUID } from 'node:crypto';
import { DynamicModule, NotFoundException } from '@nestjs/common';
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

export const API_PREFIX = 'api/v1';

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
  app.use(helmet());
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
  // Nest answers unknown routes only under the global prefix; every other path outside the docs is
  // unknown too and goes through the same exception layer, so it gets problem details, not HTML.
  const prefix = `/${API_PREFIX}`;
  app.use((request: Request, _response: Response, next: NextFunction) => {
    if (request.path === prefix || request.path.startsWith(`${prefix}/`)) return next();
    next(new NotFoundException());
  });
  return app;
}
