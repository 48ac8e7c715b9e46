import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { findProjectRoot } from '../platform/project-root';
import { DEFAULT_META, PageMeta, withPageMeta } from './page-meta';

/** Where `npm run build:web` puts the app (dist/web), from compiled and source files alike. */
export const WEB_ROOT = join(findProjectRoot(__dirname), 'dist', 'web');

/** The built web app's entry page, filled in per address for links shared outside the app. */
@Injectable()
export class WebAppService {
  private indexHtml: Promise<string | undefined> | undefined;

  /** undefined when the app was not built (an API-only run). */
  async page(path: string): Promise<{ html: string; status: number } | undefined> {
    const html = await this.entryPage();
    if (html === undefined) return undefined;
    const meta = await this.metaFor(path);
    return { html: withPageMeta(html, meta), status: meta.status ?? 200 };
  }

  private metaFor(_path: string): Promise<PageMeta> {
    return Promise.resolve(DEFAULT_META);
  }

  private entryPage(): Promise<string | undefined> {
    this.indexHtml ??= readFile(join(WEB_ROOT, 'index.html'), 'utf8').catch(() => undefined);
    return this.indexHtml;
  }
}
