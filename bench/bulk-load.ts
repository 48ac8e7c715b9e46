import { randomUUID } from 'node:crypto';
import { Pool, PoolClient } from 'pg';
import { FACT_GROUPS } from '../src/intellectuals/entities/provenance';
import { consumersOf } from '../src/platform/outbox/outbox-consumers';
import type { GeneratedProfile } from '../src/seed/generated-profile';
import { generateProfiles, GeneratorOptions } from '../src/seed/profile-generator';

/**
 * The documented bulk path: generated profiles go in with multi-row INSERTs (one JSON parameter per
 * table, expanded by json_populate_recordset), BATCH profiles per transaction, and each transaction
 * also inserts one outbox_event row per profile, exactly as the profile service would.
 */
export const BATCH = 2_000;

export interface LoadedSet {
  /** Id of each generated profile, by index. */
  ids: string[];
  rows: Record<string, number>;
  seconds: number;
}

const PROVENANCE = Object.fromEntries(
  FACT_GROUPS.map((group) => [
    group,
    { source: 'hr_import', verification: 'unverified', verifiedBy: null, verifiedAt: null },
  ]),
);

export async function bulkLoad(
  pool: Pool,
  options: GeneratorOptions,
  count: number,
  onBatch: (profiles: GeneratedProfile[], ids: string[], from: number) => void,
): Promise<LoadedSet> {
  const started = performance.now();
  const organizations = await organizationIds(pool);
  const ids: string[] = [];
  const rows: Record<string, number> = {};
  for (let from = 0; from < count; from += BATCH) {
    const profiles = generateProfiles(options, Math.min(BATCH, count - from), from);
    const batchIds = profiles.map(() => randomUUID());
    const tables = toRows(profiles, batchIds, organizations);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      for (const [table, values] of Object.entries(tables)) {
        await insertRows(client, table, values);
        rows[table] = (rows[table] ?? 0) + values.length;
      }
      await client.query(
        `INSERT INTO outbox_event (consumer, aggregate_type, aggregate_id)
         SELECT consumer, 'intellectual', id FROM unnest($2::text[]) consumer, unnest($1::uuid[]) id`,
        [batchIds, consumersOf('intellectual')],
      );
      rows.outbox_event = (rows.outbox_event ?? 0) + batchIds.length * consumersOf('intellectual').length;
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
    ids.push(...batchIds);
    onBatch(profiles, batchIds, from);
  }
  return { ids, rows, seconds: (performance.now() - started) / 1000 };
}

export async function organizationIds(pool: Pool): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ id: string; short_name: string }>(
    `SELECT id, short_name FROM organization WHERE short_name IS NOT NULL`,
  );
  return new Map(rows.map((row) => [row.short_name, row.id]));
}

async function insertRows(client: PoolClient, table: string, values: Array<Record<string, unknown>>) {
  if (values.length === 0) return;
  const columns = Object.keys(values[0])
    .map((c) => `"${c}"`)
    .join(', ');
  await client.query(
    `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(null::"${table}", $1::json)`,
    [JSON.stringify(values)],
  );
}

type Row = Record<string, unknown>;

function toRows(profiles: GeneratedProfile[], ids: string[], organizations: Map<string, string>) {
  const tables: Record<string, Row[]> = {
    intellectual: [],
    education: [],
    employment: [],
    publication: [],
    intellectual_property: [],
    research_project: [],
    award: [],
    membership: [],
  };
  const part = (table: string, id: string, values: Row) =>
    tables[table].push({ intellectual_id: id, source: 'hr_import', ...values });
  profiles.forEach((p, i) => {
    const id = ids[i];
    tables.intellectual.push({
      id,
      full_name: p.fullName,
      other_names: p.otherNames,
      gender: p.gender,
      birth_date: p.birthDate,
      ethnic_group_code: p.ethnicGroupCode,
      national_id: p.nationalId,
      hometown: p.hometown,
      commune_code: p.communeCode ?? null,
      province_name: p.provinceName ?? null,
      country_code: p.countryCode,
      email: p.email,
      phone: p.phone,
      biography: p.biography,
      expertise: p.expertise,
      languages: p.languages,
      primary_field_code: p.primaryFieldCode,
      field_codes: p.fieldCodes,
      academic_title: p.academicTitle ?? null,
      honorary_titles: p.honoraryTitles,
      organization_id: p.organizationShortName ? organizations.get(p.organizationShortName) : null,
      organization_name: p.organizationName ?? null,
      position: p.position ?? null,
      sector: p.sector,
      civil_service: p.civilService ?? null,
      status: p.status,
      overseas_info: p.overseasInfo ?? null,
      public_profile: p.publicProfile,
      public_profile_consented_at: p.publicProfile ? new Date().toISOString() : null,
      provenance: PROVENANCE,
      version: 1,
    });
    for (const e of p.educations) {
      part('education', id, {
        level: e.level,
        field_code: e.fieldCode,
        major: e.major,
        institution: e.institution,
        country_code: e.countryCode,
        year: e.year,
      });
    }
    for (const e of p.employments) {
      part('employment', id, {
        organization_id: e.organizationShortName ? organizations.get(e.organizationShortName) : null,
        organization_name: e.organizationName ?? null,
        position: e.position,
        from_year: e.fromYear,
        to_year: e.toYear ?? null,
      });
    }
    for (const x of p.publications) {
      part('publication', id, {
        title: x.title,
        year: x.year,
        venue: x.venue,
        doi: x.doi ?? null,
        index_class: x.indexClass,
        author_role: x.authorRole,
        co_authors: x.coAuthors,
      });
    }
    for (const x of p.intellectualProperties) part('intellectual_property', id, { ...x });
    for (const x of p.researchProjects) {
      part('research_project', id, {
        code: x.code,
        title: x.title,
        level: x.level,
        role: x.role,
        start_year: x.startYear,
        end_year: x.endYear,
        outcome: x.outcome,
      });
    }
    for (const x of p.awards) {
      part('award', id, {
        name: x.name,
        prize_code: x.prizeCode ?? null,
        level: x.level,
        issuer: x.issuer,
        year: x.year,
      });
    }
    for (const x of p.memberships) {
      part('membership', id, { association_name: x.associationName, role: x.role, from_year: x.fromYear });
    }
  });
  return tables;
}
