import type { Rng } from '../prng';
import type { NichePools, Specific, SpecificPool } from '../vocabulary/niches';

/**
 * Share of a person's publications and projects on their niche: the others are on their field at
 * large, as a researcher's side projects and co-authored papers are.
 */
export const ON_NICHE = 0.75;

type Part = keyof NichePools;

/** Which of the niche's specifics a title on it names: two or all three. */
const PARTS: ReadonlyArray<readonly [readonly Part[], number]> = [
  [['subjects', 'methods', 'settings'], 35],
  [['subjects', 'settings'], 25],
  [['subjects', 'methods'], 20],
  [['methods', 'settings'], 20],
];
/** The order a title names them in: "… trên X bằng Y tại Z". */
export const NICHE_ORDER: readonly Part[] = ['subjects', 'methods', 'settings'];

/** How a title names one specific (in the title's language, `form`): " trên X", " using Y". */
export function nicheWords(pool: SpecificPool, form: string, vietnamese: boolean): string {
  return ` ${vietnamese ? pool.joinVi : pool.joinEn} ${form}`;
}

/**
 * What one person keeps working on: a study object, a setting and a method of their field, the
 * thread through their titles that tells them apart from the others on the same field topics.
 */
export interface ResearchNiche {
  specifics: Record<Part, Specific>;
  /**
   * The words a title (or project) on `topic` adds for the niche: '' for one off the niche; `placed`
   * when they name the setting, which then takes the place of a generic "tại Khánh Hòa".
   */
  qualify(topic: string, vietnamese: boolean): { words: string; placed: boolean };
  /** Expertise keywords naming the niche: its study object, and its method for half of the people. */
  expertise(): string[];
}

/**
 * The person's niche, drawn with `rng`, a stream of its own: the profile's other draws (and so its
 * names, fields, counts and topics) stay those of the same seed without niches.
 */
export function drawNiche(rng: Rng, pools: NichePools): ResearchNiche {
  const specifics: Record<Part, Specific> = {
    subjects: rng.pick(pools.subjects.items),
    methods: rng.pick(pools.methods.items),
    settings: rng.pick(pools.settings.items),
  };
  return {
    specifics,
    qualify(topic, vietnamese) {
      if (!rng.chance(ON_NICHE)) return { words: '', placed: false };
      const named = rng.weighted(PARTS);
      const language = vietnamese ? 0 : 1;
      // a specific the topic already names (a bay, a species) is not said twice
      const parts = NICHE_ORDER.filter(
        (part) => named.includes(part) && !topic.includes(specifics[part][language]),
      );
      const words = parts
        .map((part) => nicheWords(pools[part], specifics[part][language], vietnamese))
        .join('');
      return { words, placed: parts.includes('settings') };
    },
    expertise() {
      return [specifics.subjects[0], ...(rng.chance(0.5) ? [specifics.methods[0]] : [])];
    },
  };
}
