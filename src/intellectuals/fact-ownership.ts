import { DomainError } from '../common/errors/domain-error';
import { FactGroup, Source } from './entities/provenance';
import type { PartKind } from './profile-parts';

/**
 * Who owns a group of facts (README "Who owns which facts"):
 * - `records`: the personnel records of Sở Nội vụ (HR import, officers). Once they hold a value, the
 *   person changes it only through a correction request; the person may declare it while they don't.
 * - `person`: what only the person knows. The person changes it at any time, whoever wrote it first;
 *   an HR import fills it only while the person has not declared it, and never overwrites their value.
 */
export type FactOwner = 'records' | 'person';

/** The one ownership table, over the top-level fact groups and the part kinds. */
export const FACT_OWNERSHIP: Readonly<Record<FactGroup | PartKind, FactOwner>> = {
  identity: 'records',
  residence: 'records',
  titles: 'records',
  employment: 'records',
  contact: 'person',
  expertise: 'person',
  overseas: 'person',
  educations: 'records',
  employments: 'records',
  // declared relations feed conflict-of-interest checks: one recorded by others stays until corrected
  relations: 'records',
  publications: 'person',
  intellectualProperties: 'person',
  researchProjects: 'person',
  awards: 'person',
  supervisions: 'person',
  memberships: 'person',
};

/** Whether the person may change a group or item whose value came from `source` (undefined: none yet). */
export function personMayChange(what: FactGroup | PartKind, source: Source | undefined): boolean {
  return FACT_OWNERSHIP[what] === 'person' || source === undefined || source === 'self_declared';
}

/** Whether an HR import may write a group whose value came from `source`. */
export function importMayWrite(group: FactGroup, source: Source | undefined): boolean {
  return FACT_OWNERSHIP[group] === 'records' || source !== 'self_declared';
}

/**
 * 409 FACTS_PROTECTED for facts the records own, naming each one and saying how to ask for the change:
 * `fields` are top-level fields (`position`) or part items (`educations.{id}`).
 */
export function protectedFacts(fields: string[]): DomainError {
  const detail = {
    en: 'These facts are kept in the official records (HR import, an officer or the association); ask for the change with a correction request: POST /api/v1/me/correction-requests',
    vi: 'Các thông tin này thuộc hồ sơ chính thức (dữ liệu nhân sự, do cán bộ hoặc Liên hiệp hội ghi nhận); hãy đề nghị thay đổi bằng yêu cầu đính chính: POST /api/v1/me/correction-requests',
  };
  return new DomainError(
    'FACTS_PROTECTED',
    detail,
    fields.map((field) => {
      const [kind, id] = field.split('.');
      return id === undefined
        ? {
            field,
            message: `${field} is kept in the official records; send { "changes": { "${field}": … }, "reason": … } to POST /api/v1/me/correction-requests`,
            messageVi: `${field} thuộc hồ sơ chính thức; hãy gửi { "changes": { "${field}": … }, "reason": … } tới POST /api/v1/me/correction-requests`,
          }
        : {
            field,
            message: `This item is kept in the official records; send { "parts": [{ "part": "${kind}", "id": "${id}", "action": … }], "reason": … } to POST /api/v1/me/correction-requests`,
            messageVi: `Mục này thuộc hồ sơ chính thức; hãy gửi { "parts": [{ "part": "${kind}", "id": "${id}", "action": … }], "reason": … } tới POST /api/v1/me/correction-requests`,
          };
    }),
  );
}
