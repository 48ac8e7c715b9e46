import type { ServerResponse } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NotFoundException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { WEB_ROOT, WebAppService } from './web-app.service';

const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Serves the web app beside the API: hashed assets cached for a year (a new build has new names), other
 * files for an hour, and the entry page (never cached, so a deployment shows at once) for every other
 * GET outside /api, where the client-side router takes over. Anything else outside the API is a 404
 * problem, as before.
 */
export function serveWebApp(app: NestExpressApplication, apiPrefix: string): void {
  app.useStaticAssets(WEB_ROOT, {
    index: false,
    redirect: false,
    setHeaders: (response: ServerResponse, path: string) => {
      const hashed = path.startsWith(`${WEB_ROOT}/assets/`);
      response.setHeader(
        'Cache-Control',
        hashed ? `public, max-age=${YEAR_SECONDS}, immutable` : 'public, max-age=3600',
      );
    },
  });
  const pages = app.get(WebAppService);
  app.use((request: Request, response: Response, next: NextFunction) => {
    const { path } = request;
    if (path === `/${apiPrefix}` || path.startsWith(`/${apiPrefix}/`)) return next();
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/api/') &&
      !path.startsWith('/assets/') &&
      // a browser navigating; API clients (no Accept, or JSON) keep getting a 404 problem
      (request.headers.accept ?? '').includes('text/html');
    if (!isPage) return next(new NotFoundException());
    pages.page(path).then((page) => {
      if (!page) return next(new NotFoundException());
      response.status(page.status).setHeader('Cache-Control', 'no-cache').type('html').send(page.html);
    }, next);
  });
}
