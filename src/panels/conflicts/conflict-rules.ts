import { foldVietnamese } from '../../common/text/normalize';
import { ConflictPolicy, ConflictRule, ConflictSeverity } from './conflict-policy';

/**
 * Conflict-of-interest rules as a pure function of plain facts, so that every window can be tested
 * with a fixed year. ConflictsService loads the facts; nothing here reads the database or the clock.
 */

export interface WorkFacts {
  id: string;
  doi: string | null;
  title: string;
  year: number;
}

export interface ProjectFacts {
  id: string;
  code: string | null;
  title: string;
  startYear: number | null;
  /** null: ongoing. */
  endYear: number | null;
}

/** One person who drafted the proposal: a linked profile (with its facts) or a plain name. */
export interface DrafterFacts {
  intellectualId: string | null;
  name: string;
  /** The organization given for the drafter and, when linked, the profile's current one. */
  organizationIds: string[];
  publications: WorkFacts[];
  projects: ProjectFacts[];
}

export interface ConflictSubject {
  requestingOrganizationId: string;
  drafters: DrafterFacts[];
  /** Names of the organizations above, for the evidence. */
  organizationNames: ReadonlyMap<string, string>;
}

export interface CandidateFacts {
  id: string;
  organizationId: string | null;
  employments: {
    id: string;
    organizationId: string | null;
    fromYear: number | null;
    /** null: ongoing. */
    toYear: number | null;
  }[];
  publications: WorkFacts[];
  projects: ProjectFacts[];
  /** Declared relations in either direction, seen from the candidate. */
  relations: { id: string; otherId: string; kind: string; fromYear: number | null; toYear: number | null }[];
  /** What the candidate declared when answering an invitation to this request's panel. */
  declaredConflict: { text: string; at: Date } | null;
}

export type EvidenceKind =
  'drafter' | 'organization' | 'employment' | 'publication' | 'project' | 'relation' | 'declaration';

export interface EvidenceRecord {
  kind: EvidenceKind;
  /** The row the fact comes from (employment, publication… id), or the organization's id. */
  id: string;
  label: string;
  year: number | null;
}

export interface ConflictEvidence {
  en: string;
  vi: string;
  /** The drafter the conflict is with, when there is one. */
  drafterName: string | null;
  records: EvidenceRecord[];
}

export interface ConflictFlag {
  rule: ConflictRule;
  severity: ConflictSeverity;
  evidence: ConflictEvidence;
}

const CLOSE_RELATIONS = new Set(['family', 'advisor_student', 'business_partner']);

/** Every conflict between a candidate and the request, in the policy's order of rules. */
export function conflictsOf(
  subject: ConflictSubject,
  candidate: CandidateFacts,
  policy: ConflictPolicy,
  year: number,
): ConflictFlag[] {
  const within = (rule: ConflictRule, endYear: number | null) =>
    endYear === null || policy[rule].withinYears === null || year - endYear <= policy[rule].withinYears;
  const flag = (rule: ConflictRule, evidence: ConflictEvidence, severity = policy[rule].severity) => ({
    rule,
    severity,
    evidence,
  });
  const flags: ConflictFlag[] = [];

  for (const drafter of subject.drafters) {
    if (drafter.intellectualId === candidate.id) {
      flags.push(
        flag('drafter', {
          en: `${drafter.name} is listed among the proposal's drafters`,
          vi: `${drafter.name} có tên trong danh sách người soạn thảo đề án`,
          drafterName: drafter.name,
          records: [{ kind: 'drafter', id: candidate.id, label: drafter.name, year: null }],
        }),
      );
    }
  }

  for (const [organizationId, role] of organizationsOf(subject)) {
    const name = subject.organizationNames.get(organizationId) ?? organizationId;
    const record: EvidenceRecord = { kind: 'organization', id: organizationId, label: name, year: null };
    const here = candidate.employments.filter((job) => job.organizationId === organizationId);
    const now = candidate.organizationId === organizationId || here.some((job) => job.toYear === null);
    if (now) {
      flags.push(
        flag('current_employer', {
          en: `Works now at ${name} (${role.en})`,
          vi: `Hiện công tác tại ${name} (${role.vi})`,
          drafterName: role.drafterName,
          records: [record],
        }),
      );
      continue;
    }
    const recent = here.filter((job) => within('past_employer', job.toYear));
    if (recent.length > 0) {
      const last = Math.max(...recent.map((job) => job.toYear as number));
      flags.push(
        flag('past_employer', {
          en: `Worked at ${name} (${role.en}) until ${last}`,
          vi: `Đã công tác tại ${name} (${role.vi}) đến năm ${last}`,
          drafterName: role.drafterName,
          records: recent.map((job) => ({ kind: 'employment', id: job.id, label: name, year: job.toYear })),
        }),
      );
    }
  }

  for (const drafter of subject.drafters) {
    if (drafter.intellectualId === null || drafter.intellectualId === candidate.id) continue;
    const shared = candidate.publications.filter(
      (work) =>
        within('co_authorship', work.year) && drafter.publications.some((other) => sameWork(work, other)),
    );
    if (shared.length > 0) {
      const { blockFrom } = policy.co_authorship;
      const severity =
        blockFrom !== null && shared.length >= blockFrom ? 'block' : policy.co_authorship.severity;
      flags.push(
        flag(
          'co_authorship',
          {
            en: `${shared.length} work(s) shared with ${drafter.name}`,
            vi: `${shared.length} công trình chung với ${drafter.name}`,
            drafterName: drafter.name,
            records: shared.map((work) => ({
              kind: 'publication',
              id: work.id,
              label: work.doi ? `${work.title} (doi:${normalDoi(work.doi)})` : work.title,
              year: work.year,
            })),
          },
          severity,
        ),
      );
    }
    const projects = candidate.projects.filter(
      (project) =>
        within('shared_project', project.endYear) &&
        drafter.projects.some((other) => sameProject(project, other)),
    );
    if (projects.length > 0) {
      flags.push(
        flag('shared_project', {
          en: `Research project(s) shared with ${drafter.name}`,
          vi: `Đề tài, dự án chung với ${drafter.name}`,
          drafterName: drafter.name,
          records: projects.map((project) => ({
            kind: 'project',
            id: project.id,
            label: project.code ? `${project.code}: ${project.title}` : project.title,
            year: project.endYear,
          })),
        }),
      );
    }
    for (const relation of candidate.relations.filter((r) => r.otherId === drafter.intellectualId)) {
      const rule: ConflictRule | null = CLOSE_RELATIONS.has(relation.kind)
        ? 'close_relation'
        : relation.kind === 'colleague'
          ? 'colleague_relation'
          : null;
      if (rule === null || !within(rule, relation.toYear)) continue;
      flags.push(
        flag(rule, {
          en: `Declared relation (${relation.kind}) with ${drafter.name}`,
          vi: `Đã khai quan hệ (${relation.kind}) với ${drafter.name}`,
          drafterName: drafter.name,
          records: [{ kind: 'relation', id: relation.id, label: relation.kind, year: relation.toYear }],
        }),
      );
    }
  }

  if (candidate.declaredConflict) {
    flags.push(
      flag('declared_conflict', {
        en: `Declared: ${candidate.declaredConflict.text}`,
        vi: `Tự khai: ${candidate.declaredConflict.text}`,
        drafterName: null,
        records: [
          { kind: 'declaration', id: candidate.id, label: candidate.declaredConflict.text, year: null },
        ],
      }),
    );
  }
  return flags;
}

interface OrganizationRole {
  en: string;
  vi: string;
  drafterName: string | null;
}

/** The requesting organization and each drafter's, once each (the requester first). */
function organizationsOf(subject: ConflictSubject): Map<string, OrganizationRole> {
  const roles = new Map<string, OrganizationRole>([
    [
      subject.requestingOrganizationId,
      { en: 'the requesting organization', vi: 'cơ quan đặt hàng', drafterName: null },
    ],
  ]);
  for (const drafter of subject.drafters) {
    for (const id of drafter.organizationIds) {
      if (!roles.has(id)) {
        roles.set(id, {
          en: `organization of drafter ${drafter.name}`,
          vi: `cơ quan của người soạn thảo ${drafter.name}`,
          drafterName: drafter.name,
        });
      }
    }
  }
  return roles;
}

/** A DOI compared case-insensitively, without its resolver prefix (https://doi.org/, doi:). */
export function normalDoi(doi: string): string {
  return doi
    .trim()
    .toLowerCase()
    .replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/, '');
}

/** A title folded for comparison: case, diacritics, đ, punctuation and spacing ignored. */
export function normalTitle(title: string): string {
  return foldVietnamese(title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function sameWork(a: WorkFacts, b: WorkFacts): boolean {
  if (a.doi && b.doi && normalDoi(a.doi) === normalDoi(b.doi)) return true;
  return a.year === b.year && normalTitle(a.title) === normalTitle(b.title);
}

function sameProject(a: ProjectFacts, b: ProjectFacts): boolean {
  if (a.code && b.code && normalTitle(a.code) === normalTitle(b.code)) return true;
  return normalTitle(a.title) === normalTitle(b.title);
}

/** The most serious flag's severity, or null without flags. */
export function worstSeverity(flags: readonly ConflictFlag[]): ConflictSeverity | null {
  if (flags.some((f) => f.severity === 'block')) return 'block';
  return flags.length > 0 ? 'warn' : null;
}
