import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { Organization } from '../../catalog';
import {
  Award,
  IntellectualProperty,
  Intellectual,
  Publication,
  ResearchProject,
  loadSummaries,
} from '../../intellectuals';
import { CatalogNames } from './catalog-names';
import { IntellectualDocument, toDocument } from './intellectual-document';

export interface DocumentChanges {
  upserts: IntellectualDocument[];
  /** Ids that must leave the index: deleted, merged into another record, or never existed. */
  deletions: string[];
}

/** Reads the current rows of intellectuals from PostgreSQL and maps them to search documents. */
@Injectable()
export class DocumentSource {
  constructor(private readonly catalogNames: CatalogNames) {}

  async load(manager: EntityManager, ids: string[]): Promise<DocumentChanges> {
    if (ids.length === 0) return { upserts: [], deletions: [] };
    const people = await manager.find(Intellectual, {
      where: { id: In(ids), mergedIntoId: IsNull() },
    });
    const found = people.map((person) => person.id);
    const byOwner = { intellectualId: In(found) };
    const organizationIds = [
      ...new Set(people.map((p) => p.organizationId).filter((id): id is string => !!id)),
    ];
    // One transaction is one connection: its queries run one after another.
    const summaries = await loadSummaries(manager, found);
    const publications = await manager.find(Publication, {
      select: { intellectualId: true, title: true },
      where: byOwner,
    });
    const properties = await manager.find(IntellectualProperty, {
      select: { intellectualId: true, title: true },
      where: byOwner,
    });
    const awards = await manager.find(Award, {
      select: { intellectualId: true, name: true },
      where: byOwner,
    });
    const projects = await manager.find(ResearchProject, {
      select: { intellectualId: true, title: true },
      where: byOwner,
    });
    const organizations = await manager.find(Organization, { where: { id: In(organizationIds) } });
    const catalogs = await this.catalogNames.get();
    // Grouped once: filtering every part list per person was O(people × parts) per batch.
    const grouped = new Map<unknown[], Map<string, unknown[]>>();
    const of = <T extends { intellectualId: string }>(rows: T[], id: string): T[] => {
      let byId = grouped.get(rows);
      if (!byId) {
        byId = new Map();
        for (const row of rows) {
          const list = byId.get(row.intellectualId);
          if (list) list.push(row);
          else byId.set(row.intellectualId, [row]);
        }
        grouped.set(rows, byId);
      }
      return (byId.get(id) as T[] | undefined) ?? [];
    };
    const organizationsById = new Map(organizations.map((org) => [org.id, org]));
    const upserts = people.map((intellectual) =>
      toDocument(
        {
          intellectual,
          summary: summaries.get(intellectual.id)!,
          publications: of(publications, intellectual.id),
          intellectualProperties: of(properties, intellectual.id),
          awards: of(awards, intellectual.id),
          researchProjects: of(projects, intellectual.id),
          organization: organizationsById.get(intellectual.organizationId ?? '') ?? null,
        },
        catalogs,
      ),
    );
    const kept = new Set(found);
    return { upserts, deletions: ids.filter((id) => !kept.has(id)) };
  }

  /** Ids of everyone who belongs in the index, in id order after `afterId` (keyset paging for rebuilds). */
  async idsAfter(manager: EntityManager, afterId: string | null, limit: number): Promise<string[]> {
    const rows = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM intellectual
       WHERE deleted_at IS NULL AND merged_into_id IS NULL AND ($1::uuid IS NULL OR id > $1::uuid)
       ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((row) => row.id);
  }

  async countIndexable(manager: EntityManager): Promise<number> {
    const [{ count }] = await manager.query<Array<{ count: string }>>(
      `SELECT count(*) AS count FROM intellectual WHERE deleted_at IS NULL AND merged_into_id IS NULL`,
    );
    return Number(count);
  }
}
