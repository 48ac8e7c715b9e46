import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { FieldChanges } from '../audit';
import { DomainError } from '../common/errors/domain-error';
import { insertMany } from '../platform/database/insert-many';
import { Provenance, Source } from './entities/provenance';
import { personMayChange, protectedFacts } from './fact-ownership';
import { PartEntity, PartKind, PARTS, partFacts } from './profile-parts';
import { partItemView, PartItemView } from './profile-view';
import { ProfileUnit } from './profile-writer';
import { partProblems } from './validation/profile-rules';
import { invalidInput, partReferences, ReferenceChecker } from './validation/reference-checker';
import { validateBody } from './validation/validate-body';

/** Who is changing a part: officers change any item, the person what FACT_OWNERSHIP leaves them. */
export type PartEditor = 'officer' | 'self';

/**
 * Adds, changes and removes part items inside a profile write (ProfileWriter), with their rules,
 * provenance and audit. The same code serves officers, the person and approved corrections.
 */
@Injectable()
export class ProfilePartsService {
  constructor(private readonly references: ReferenceChecker) {}

  /** Validates a body for a new item of `kind` (types, then that referenced codes exist). */
  async parseNew(kind: PartKind, body: unknown, path = ''): Promise<Record<string, unknown>> {
    const item = { ...(await validateBody(PARTS[kind].dto, body, path)) } as Record<string, unknown>;
    await this.references.assertExist(partReferences(kind, item, path || kind));
    return item;
  }

  /** Validates a partial body for an existing item: the merged item must satisfy the whole DTO. */
  async parseChange(kind: PartKind, current: PartEntity, body: unknown): Promise<Record<string, unknown>> {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return this.parseNew(kind, body);
    const merged = { ...partFacts(current), ...(body as Record<string, unknown>) };
    const item = await this.parseNew(kind, merged);
    return Object.fromEntries(Object.keys(body).map((key) => [key, item[key]]));
  }

  async find(unit: ProfileUnit, kind: PartKind, partId: string): Promise<PartEntity> {
    const item = await unit.manager.findOne<PartEntity>(PARTS[kind].entity, {
      where: { id: partId, intellectualId: unit.profile.id },
    });
    if (!item) throw DomainError.notFound(PARTS[kind].label.en, PARTS[kind].label.vi);
    return item;
  }

  /** Inserts items (already parsed); `path` names them in problems (educations → educations.0). */
  async add(
    unit: ProfileUnit,
    kind: PartKind,
    items: Record<string, unknown>[],
    source: Source,
    path: (index: number) => string,
    provenance: Provenance = unverified(source),
  ): Promise<PartEntity[]> {
    if (items.length === 0) return [];
    const existing = await unit.manager.count(PARTS[kind].entity, {
      where: { intellectualId: unit.profile.id },
    });
    const rows = newRows(unit, kind, items, provenance, path, existing);
    await insertMany(unit.manager, PARTS[kind].entity, rows);
    return rows;
  }

  /**
   * add() for profiles created in the same transaction (ProfileWriter.createMany), which hold no items
   * yet: one INSERT for all of them. Returns each unit's rows, in the order of `batch`.
   */
  async addToNew(
    kind: PartKind,
    batch: Array<{ unit: ProfileUnit; items: Record<string, unknown>[] }>,
    source: Source,
    path: (index: number) => string,
  ): Promise<PartEntity[][]> {
    const rows = batch.map(({ unit, items }) => newRows(unit, kind, items, unverified(source), path, 0));
    const all = rows.flat();
    if (all.length) await insertMany(batch[0].unit.manager, PARTS[kind].entity, all);
    return rows;
  }

  /**
   * One new item. `options.provenance` for an item verified as it is written (an award the registry's
   * own honor campaign gave); `options.purpose` is recorded with the audit event.
   */
  async addOne(
    unit: ProfileUnit,
    kind: PartKind,
    item: Record<string, unknown>,
    source: Source,
    options: { provenance?: Provenance; purpose?: string } = {},
  ): Promise<PartItemView> {
    const [inserted] = await this.add(unit, kind, [item], source, () => kind, options.provenance);
    const row = await this.find(unit, kind, inserted.id); // with the columns the body left out
    unit.record(`intellectual.${kind}.add`, itemChanges(kind, row.id, {}, partFacts(row)), options.purpose);
    return partItemView(row);
  }

  async change(
    unit: ProfileUnit,
    kind: PartKind,
    item: PartEntity,
    changes: Record<string, unknown>,
    provenance: Provenance,
    purpose?: string,
  ): Promise<PartItemView> {
    const before = partFacts(item);
    const after = { ...before, ...changes };
    const problems = partProblems(kind, after, kind, {
      birthDate: unit.profile.birthDate,
      selfId: unit.profile.id,
    });
    if (problems.length) throw invalidInput(problems);
    Object.assign(item, changes, {
      source: provenance.source,
      verification: provenance.verification,
      verifiedBy: provenance.verifiedBy,
      verifiedAt: provenance.verifiedAt ? new Date(provenance.verifiedAt) : null,
      updatedAt: new Date(),
    });
    await unit.manager.save(PARTS[kind].entity, item);
    if (kind === 'relations') {
      unit.alsoChanged(before.relatedIntellectualId as string);
      unit.alsoChanged(item.relatedIntellectualId as string);
    }
    unit.record(`intellectual.${kind}.update`, itemChanges(kind, item.id, before, partFacts(item)), purpose);
    return partItemView(item);
  }

  async remove(unit: ProfileUnit, kind: PartKind, item: PartEntity, purpose?: string): Promise<void> {
    await unit.manager.delete(PARTS[kind].entity, { id: item.id, intellectualId: unit.profile.id });
    if (kind === 'relations') unit.alsoChanged(item.relatedIntellectualId as string);
    unit.record(`intellectual.${kind}.delete`, itemChanges(kind, item.id, partFacts(item), {}), purpose);
  }

  /** The person changes items of the kinds they own, and of the others only those they declared. */
  requireEditableBy(editor: PartEditor, kind: PartKind, item: PartEntity): void {
    if (editor === 'self' && !personMayChange(kind, item.source))
      throw protectedFacts([`${kind}.${item.id}`]);
  }
}

export function unverified(source: Source): Provenance {
  return { source, verification: 'unverified', verifiedBy: null, verifiedAt: null };
}

/** Audit changes of one item, keyed `kind.id.field`. */
function itemChanges(
  kind: PartKind,
  id: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      changes[`${kind}.${id}.${key}`] = { before: before[key] ?? null, after: after[key] ?? null };
    }
  }
  return changes;
}

/** Checks items against the part's rules and limit and builds their rows (not yet inserted). */
function newRows(
  unit: ProfileUnit,
  kind: PartKind,
  items: Record<string, unknown>[],
  provenance: Provenance,
  path: (index: number) => string,
  existing: number,
): PartEntity[] {
  const spec = PARTS[kind];
  const problems = items.flatMap((item, index) =>
    partProblems(kind, item, path(index), { birthDate: unit.profile.birthDate, selfId: unit.profile.id }),
  );
  if (problems.length) throw invalidInput(problems);
  if (existing + items.length > spec.maxItems) {
    throw new DomainError('UNPROCESSABLE', {
      en: `A profile may hold at most ${spec.maxItems} ${spec.label.en} items`,
      vi: `Mỗi hồ sơ có tối đa ${spec.maxItems} mục ${spec.label.vi}`,
    });
  }
  const now = Date.now();
  // a millisecond apart, so that items keep the order they were given in (views sort by createdAt)
  const rows = items.map((item, index) =>
    unit.manager.create(spec.entity, {
      ...item,
      id: randomUUID(),
      intellectualId: unit.profile.id,
      ...provenance,
      verifiedAt: provenance.verifiedAt ? new Date(provenance.verifiedAt) : null,
      createdAt: new Date(now + index),
      updatedAt: new Date(now + index),
    }),
  );
  if (kind === 'relations') rows.forEach((row) => unit.alsoChanged(row.relatedIntellectualId as string));
  return rows;
}
