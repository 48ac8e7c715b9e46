import { foldVietnamese } from '../src/common/text/normalize';
import type { GeneratedProfile } from '../src/seed/generated-profile';
import { createRng, Rng } from '../src/seed/prng';

export const FILTER_NAMES = [
  'fieldCode',
  'degreeLevel',
  'sector',
  'communeCode',
  'gender',
  'academicTitle',
] as const;
export type SpecFilters = Partial<Record<(typeof FILTER_NAMES)[number], string[]>>;

/** One search as a staff user would type it; the same spec is sent to the API, Meilisearch and PostgreSQL. */
export interface SearchSpec {
  kind: string;
  q?: string;
  filters: SpecFilters;
  sort?: 'fullName:asc' | 'publicationCount:desc';
  limit: number;
  offset: number;
}

/** A search with a known right answer: `expectedId` must be among the first 10 hits. */
export interface LabelledSpec extends SearchSpec {
  expectedId: string;
}

/** What the loader keeps of the generated set to build queries from. */
export interface QuerySample {
  profile: GeneratedProfile;
  id: string;
}

export class QuerySource {
  readonly sample: QuerySample[] = [];
  private readonly nameCounts = new Map<string, number>();

  constructor(private readonly every: number) {}

  /** Called for each loaded batch. */
  add(profiles: GeneratedProfile[], ids: string[], from: number): void {
    profiles.forEach((profile, i) => {
      const name = foldVietnamese(profile.fullName);
      this.nameCounts.set(name, (this.nameCounts.get(name) ?? 0) + 1);
      if ((from + i) % this.every === 0) this.sample.push({ profile, id: ids[i] });
    });
  }

  /** The load mix: names without diacritics, expertise with typos, facet filters, sorted pages. */
  mix(count: number, seed: string): SearchSpec[] {
    const rng = createRng(seed, 7);
    return Array.from({ length: count }, () => {
      const { profile } = rng.pick(this.sample);
      const kind = rng.weighted([
        ['name', 30],
        ['partial_name', 10],
        ['expertise_typo', 25],
        ['expertise_filtered', 15],
        ['facets_sorted', 10],
        ['browse_sorted', 10],
      ] as const);
      const page = { limit: 20, offset: 0 };
      const words = foldVietnamese(profile.fullName).split(' ');
      switch (kind) {
        case 'name':
          return { kind, q: words.join(' '), filters: {}, ...page };
        case 'partial_name':
          return { kind, q: `${words[0]} ${words[words.length - 1]}`, filters: {}, ...page };
        case 'expertise_typo':
          return {
            kind,
            q: withTypo(rng, foldVietnamese(rng.pick(profile.expertise))),
            filters: {},
            ...page,
          };
        case 'expertise_filtered':
          return {
            kind,
            q: foldVietnamese(rng.pick(profile.expertise)),
            filters: { sector: [profile.sector] },
            ...page,
          };
        case 'facets_sorted':
          return {
            kind,
            filters: { fieldCode: [profile.primaryFieldCode], degreeLevel: ['doctorate', 'master'] },
            sort: 'publicationCount:desc',
            limit: 20,
            offset: 20,
          };
        case 'browse_sorted':
          return {
            kind,
            filters: { communeCode: [profile.communeCode ?? '22366'], gender: [profile.gender] },
            sort: 'fullName:asc',
            limit: 20,
            offset: 40,
          };
      }
    });
  }

  /** People with a unique name, searched by that name without diacritics, and with one typo. */
  labelled(count: number, seed: string): LabelledSpec[] {
    const rng = createRng(seed, 11);
    const unique = this.sample.filter(
      ({ profile }) =>
        profile.status === 'active' && this.nameCounts.get(foldVietnamese(profile.fullName)) === 1,
    );
    return rng.sample(unique, count).map(({ profile, id }, i) => {
      const name = foldVietnamese(profile.fullName);
      return i % 2 === 0
        ? { kind: 'label_name', q: name, filters: {}, limit: 10, offset: 0, expectedId: id }
        : {
            kind: 'label_name_typo',
            q: withTypo(rng, name),
            filters: {},
            limit: 10,
            offset: 0,
            expectedId: id,
          };
    });
  }
}

/** Swaps two inner letters of the longest word of 5 letters or more (a typo Meilisearch tolerates). */
export function withTypo(rng: Rng, text: string): string {
  const words = text.split(' ');
  const longest = words.reduce((best, word, i) => (word.length > words[best].length ? i : best), 0);
  const word = words[longest];
  if (word.length < 5) return text;
  const at = rng.int(1, word.length - 3);
  words[longest] = `${word.slice(0, at)}${word[at + 1]}${word[at]}${word.slice(at + 2)}`;
  return words.join(' ');
}
