/**
 * Command line of `npm run bench`: --size 10k|100k|1m (default 100k), --smoke, --out DIR, --seed TEXT,
 * --phase search|matching|workforce (default search: the search, freshness and import figures of issue 6;
 * matching: the expert matcher of issue 12; workforce: the statistics breakdowns of issue 14).
 */
export interface BenchArgs {
  label: string;
  profiles: number;
  smoke: boolean;
  outDir: string;
  seed: string;
  phase: BenchPhase;
}

export const PHASES = ['search', 'matching', 'workforce'] as const;
export type BenchPhase = (typeof PHASES)[number];

export const SIZES: Record<string, number> = { smoke: 300, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };

export function parseArgs(argv: string[], defaultOutDir: string): BenchArgs {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const smoke = argv.includes('--smoke');
  const label = smoke ? 'smoke' : (value('--size') ?? '100k').toLowerCase();
  const profiles = SIZES[label];
  if (profiles === undefined) {
    throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  }
  const phase = value('--phase') ?? 'search';
  if (!PHASES.includes(phase as BenchPhase)) throw new Error(`--phase must be one of ${PHASES.join(', ')}`);
  return {
    label,
    profiles,
    smoke,
    outDir: value('--out') ?? defaultOutDir,
    seed: value('--seed') ?? 'bench-2026',
    phase: phase as BenchPhase,
  };
}
