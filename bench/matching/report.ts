import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MachineInfo, Versions } from '../machine';
import type { Target } from '../report';
import type { MatchingFigures } from './phase';

export interface MatchingReport {
  phase: 'matching';
  startedAt: string;
  finishedAt: string;
  size: { label: string; profiles: number; rows: Record<string, number>; seed: string };
  machine: MachineInfo;
  versions: Versions;
  load: { seconds: number };
  indexing: { secondsToSearchable: number; documents: number };
  matching: MatchingFigures;
  targets: Target[];
}

/** Issue 12: beat the naive baseline by a wide margin; candidates p95 under 300 ms at 100k. */
export function judgeMatchingTargets(figures: MatchingFigures): Target[] {
  const { matcher, naive } = figures.leaveOneOut;
  const p95 = figures.speed.candidates.p95;
  return [
    {
      name: 'leave-one-out top-10, matcher minus naive baseline',
      goal: 'a wide margin (≥ 0.10)',
      value: Math.round((matcher.top10 - naive.top10) * 1000) / 1000,
      met: matcher.top10 - naive.top10 >= 0.1,
    },
    { name: 'candidates p95, 3,000-word proposal (ms)', goal: '< 300 at 100k', value: p95, met: p95 < 300 },
  ];
}

export async function writeMatchingReport(outDir: string, report: MatchingReport): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const file = join(
    outDir,
    `bench-matching-${report.size.label}-${report.startedAt.replace(/[:.]/g, '-')}.json`,
  );
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

export function printMatchingReport(report: MatchingReport): void {
  const { leaveOneOut: loo, speed } = report.matching;
  console.log(`\nExpert matching: ${report.size.profiles} profiles (${report.size.label})`);
  console.log(`${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGb} GB`);
  const row = (name: string, f: { top1: number; top5: number; top10: number; mrr?: number }) => ({
    method: name,
    'top-1': f.top1,
    'top-5': f.top5,
    'top-10': f.top10,
    MRR: f.mrr ?? '',
  });
  console.table([
    row('matcher (candidates route)', loo.matcher),
    row('naive: first ten words, one search', loo.naive),
    row('chance: topic and a specific', loo.chance),
    row('chance: topic only', loo.chanceTopic),
    row('OpenReview BM25 (published)', loo.openReview.bm25),
    row('OpenReview ELMo (published)', loo.openReview.elmo),
  ]);
  console.table({
    trials: loo.matcher.trials,
    'hidden title on the niche': loo.onNiche,
    'author keeps the topic / topic and a specific / a specific': `${loo.authorKeepsTopic} / ${loo.authorKeepsTopicAndSpecific} / ${loo.authorKeepsSpecific}`,
    'matcher / naive top-10 on / off the niche': `${loo.byNiche.on.matcher.top10} / ${loo.byNiche.on.naive.top10}, ${loo.byNiche.off.matcher.top10} / ${loo.byNiche.off.naive.top10}`,
    'on topic among the first 10: matcher / naive': `${loo.onTopicAt10.matcher} / ${loo.onTopicAt10.naive}`,
    'people on the topic p50 / p90': `${loo.topicHolders.p50} / ${loo.topicHolders.p90}`,
    'people on the topic with a specific p50 / p90': `${loo.topicSpecificHolders.p50} / ${loo.topicSpecificHolders.p90}`,
    'people naming all the specifics p50 / p90': `${loo.nicheHolders.p50} / ${loo.nicheHolders.p90}`,
    'load average before / after': `${loo.loadAverage.before[0]} / ${loo.loadAverage.after[0]}`,
  });
  console.table({
    'first candidates request (term statistics counted since start), ms': loo.firstCandidatesMs,
    'candidates p50 / p95 / p99 (ms)': `${speed.candidates.p50} / ${speed.candidates.p95} / ${speed.candidates.p99}`,
    requests: speed.candidates.requests,
    'key phrases': speed.keyPhrasesPerProposal,
    'stage p50: phrases / Meilisearch / rows / evidence (ms)': `${speed.stages.keyPhrases.p50} / ${speed.stages.meilisearch.p50} / ${speed.stages.profileRows.p50} / ${speed.stages.evidence.p50}`,
    'term statistics count (s)': speed.termStatsSeconds,
    'load average before / after': `${speed.loadAverage.before[0]} / ${speed.loadAverage.after[0]}`,
  });
  console.table(
    report.targets.map((t) => ({ target: t.name, goal: t.goal, value: t.value, met: t.met ? 'yes' : 'NO' })),
  );
}
