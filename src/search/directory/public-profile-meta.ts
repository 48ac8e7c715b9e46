import { Injectable } from '@nestjs/common';
import { PublicProfiles, type PublicProfileView } from '../../intellectuals';
import { CatalogNames } from '../document/catalog-names';
import type { CatalogLookup } from '../document/catalog-lookup';

/** What the served index.html of a shared link says before any script runs. */
export interface PageMeta {
  title: string;
  description: string;
}

const SITE = 'Trí thức Khánh Hòa';
/** Search engines and link previews show about this many characters of a description. */
const DESCRIPTION_LENGTH = 160;

/**
 * The <title> and meta description of /directory/:id, from the same public view the page shows, so a
 * shared link previews the person (in Vietnamese, the site's first language) and nothing more.
 */
@Injectable()
export class PublicProfileMeta {
  constructor(
    private readonly profiles: PublicProfiles,
    private readonly catalogs: CatalogNames,
  ) {}

  /** Undefined for anyone not listed in the directory, exactly when GET /directory/{id} answers 404. */
  async of(id: string): Promise<PageMeta | undefined> {
    const profile = await this.profiles.find(id);
    return profile && describe(profile, await this.catalogs.get());
  }
}

export function describe(profile: PublicProfileView, catalogs: CatalogLookup): PageMeta {
  const titles = [
    catalogs.name('academic-titles', profile.academicTitle?.code)?.vi,
    catalogs.name('degree-levels', profile.highestDegree)?.vi,
  ].filter(Boolean);
  const work = [profile.position, profile.organizationName].filter(Boolean).join(', ');
  const fields = [...new Set([profile.primaryFieldCode, ...profile.fieldCodes])]
    .map((code) => catalogs.name('fields', code)?.vi)
    .filter(Boolean);
  const sentences = [
    work,
    fields.length ? `Lĩnh vực: ${fields.join(', ')}` : '',
    profile.expertise.length ? `Chuyên môn: ${profile.expertise.join(', ')}` : '',
  ].filter(Boolean);
  return {
    title: `${profile.fullName}${titles.length ? ` – ${titles.join(', ')}` : ''} | ${SITE}`,
    description: shorten(
      sentences.length ? `${sentences.join('. ')}.` : `Hồ sơ công khai trên ${SITE}.`,
      DESCRIPTION_LENGTH,
    ),
  };
}

/** Cut at a word boundary, with an ellipsis, when longer than `length`. */
function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,.:;]+$/, '')}…`;
}
