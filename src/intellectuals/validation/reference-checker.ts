import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CatalogName, CatalogService, Organization } from '../../catalog';
import { DomainError, FieldProblem } from '../../common/errors/domain-error';
import { Intellectual } from '../entities/intellectual.entity';
import { PartKind } from '../profile-parts';

/** A code or id some field of the input refers to. */
export interface Reference {
  field: string;
  target: CatalogName | 'organizations' | 'intellectuals';
  value: string;
}

/** The references the top-level facts make (catalog codes and the organization). */
export function factReferences(facts: Record<string, unknown>): Reference[] {
  const refs: Reference[] = [];
  const add = (field: string, target: Reference['target'], value: unknown) => {
    if (typeof value === 'string' && value) refs.push({ field, target, value });
  };
  add('ethnicGroupCode', 'ethnic-groups', facts.ethnicGroupCode);
  add('hometown.communeCode', 'communes', (facts.hometown as { communeCode?: string } | null)?.communeCode);
  add('communeCode', 'communes', facts.communeCode);
  add('countryCode', 'countries', facts.countryCode);
  add('primaryFieldCode', 'fields', facts.primaryFieldCode);
  ((facts.fieldCodes as string[] | undefined) ?? []).forEach((code, i) =>
    add(`fieldCodes.${i}`, 'fields', code),
  );
  ((facts.honoraryTitles as Array<{ code: string }> | undefined) ?? []).forEach((title, i) =>
    add(`honoraryTitles.${i}.code`, 'honorary-titles', title.code),
  );
  add(
    'civilService.rankCode',
    'civil-service-ranks',
    (facts.civilService as { rankCode?: string } | null)?.rankCode,
  );
  add('organizationId', 'organizations', facts.organizationId);
  return refs;
}

/** The references one part item makes; `path` names the item (educations.0). */
export function partReferences(kind: PartKind, item: Record<string, unknown>, path: string): Reference[] {
  const refs: Reference[] = [];
  const add = (field: string, target: Reference['target']) => {
    const value = item[field];
    if (typeof value === 'string' && value) refs.push({ field: `${path}.${field}`, target, value });
  };
  switch (kind) {
    case 'educations':
      add('level', 'degree-levels');
      add('fieldCode', 'fields');
      add('countryCode', 'countries');
      break;
    case 'employments':
    case 'memberships':
      add('organizationId', 'organizations');
      break;
    case 'awards':
      add('prizeCode', 'prizes');
      break;
    case 'relations':
      add('relatedIntellectualId', 'intellectuals');
      break;
    case 'publications':
    case 'intellectualProperties':
    case 'researchProjects':
    case 'supervisions':
      break;
  }
  return refs;
}

/** Checks that referenced catalog codes, organizations and intellectuals exist. */
@Injectable()
export class ReferenceChecker {
  constructor(
    private readonly catalog: CatalogService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async problems(refs: Reference[]): Promise<FieldProblem[]> {
    const byTarget = new Map<Reference['target'], Reference[]>();
    for (const ref of refs) byTarget.set(ref.target, [...(byTarget.get(ref.target) ?? []), ref]);
    const unknown = new Set<string>();
    for (const [target, group] of byTarget) {
      const values = [...new Set(group.map((ref) => ref.value))];
      for (const value of await this.unknown(target, values)) unknown.add(`${target}:${value}`);
    }
    return refs
      .filter((ref) => unknown.has(`${ref.target}:${ref.value}`))
      .map((ref) => ({
        field: ref.field,
        message: `${ref.field}: ${ref.value} is not in ${ref.target}`,
        messageVi: `${ref.field}: ${ref.value} không có trong danh mục ${ref.target}`,
      }));
  }

  /** Throws one 400 naming every field whose reference does not exist. */
  async assertExist(refs: Reference[]): Promise<void> {
    const problems = await this.problems(refs);
    if (problems.length) throw invalidInput(problems);
  }

  private async unknown(target: Reference['target'], values: string[]): Promise<string[]> {
    if (target === 'organizations' || target === 'intellectuals') {
      const uuids = values.filter((value) => UUID.test(value));
      const entity = target === 'organizations' ? Organization : Intellectual;
      // soft-deleted intellectuals are excluded by find(), as they should be
      const found = uuids.length
        ? await this.dataSource.manager.find<{ id: string }>(entity, {
            select: { id: true },
            where: { id: In(uuids) },
          })
        : [];
      const known = new Set(found.map((row) => row.id));
      return values.filter((value) => !known.has(value));
    }
    return this.catalog.unknownCodes(target, values);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function invalidInput(problems: FieldProblem[]): DomainError {
  const fields = [...new Set(problems.map((p) => p.field))].join(', ');
  return new DomainError(
    'VALIDATION_FAILED',
    { en: `Invalid value for: ${fields}`, vi: `Giá trị không hợp lệ ở: ${fields}` },
    problems,
  );
}
