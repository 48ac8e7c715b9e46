import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { findProjectRoot } from '../platform/project-root';
import { PublicProfileMeta } from '../search';
import { DEFAULT_META, HONOREES_META, PageMeta, withPageMeta } from './page-meta';

/** Where `npm run build:web` puts the app (dist/web), from compiled and source files alike. */
export const WEB_ROOT = join(findProjectRoot(__dirname), 'dist', 'web');

/** The built web app's entry page, filled in per address for links shared outside the app. */
@Injectable()
export class WebAppService {
  private indexHtml: Promise<string | undefined> | undefined;

  constructor(private readonly publicProfiles: PublicProfileMeta) {}

  /** undefined when the app was not built (an API-only run). */
  async page(path: string): Promise<{ html: string; status: number } | undefined> {
    const html = await this.entryPage();
    if (html === undefined) return undefined;
    const meta = await this.metaFor(path);
    return { html: withPageMeta(html, meta), status: meta.status ?? 200 };
  }

  private async metaFor(path: string): Promise<PageMeta> {
    if (/^\/honorees(\/[^/]+)?\/?$/.test(path)) return HONOREES_META;
    const profile = /^\/directory\/([^/]+)\/?$/.exec(path);
    if (!profile) return DEFAULT_META;
    // a profile that is not public is as missing as one that never existed
    return (await this.publicProfiles.of(profile[1])) ?? { ...DEFAULT_META, status: 404 };
  }

  private entryPage(): Promise<string | undefined> {
    this.indexHtml ??= readFile(join(WEB_ROOT, 'index.html'), 'utf8').catch(() => undefined);
    return this.indexHtml;
  }
}
