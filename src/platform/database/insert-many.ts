import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Inserts many entities with one statement and one parameter, the rows as a JSON array expanded by
 * json_populate_recordset. TypeORM's multi-row INSERT binds one parameter per cell, and building
 * those cost the API more CPU than PostgreSQL spent storing a 500-row import batch (BENCHMARKS.md).
 *
 * As with TypeORM, a property left undefined gets the column's database default and null stores
 * NULL; the version column starts at 1. Generated ids are not returned: set them beforehand. Values
 * travel as JSON, so this is only for entities whose columns have no TypeORM transformer.
 */
export async function insertMany<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: Array<Partial<T>>,
): Promise<void> {
  const metadata = manager.connection.getMetadata(target);
  const table = `"${metadata.tableName}"`;
  const defaulted = metadata.columns.filter((column) => !column.isVersion && hasDefault(column));
  // Rows that leave different defaulted columns out go in separate statements that omit them.
  const groups = new Map<string, { columns: ColumnMetadata[]; rows: Array<Partial<T>> }>();
  for (const row of rows) {
    const omitted = defaulted.filter((column) => column.getEntityValue(row) === undefined);
    const key = omitted.map((column) => column.databaseName).join();
    const group = groups.get(key) ?? {
      columns: metadata.columns.filter((column) => !omitted.includes(column)),
      rows: [],
    };
    group.rows.push(row);
    groups.set(key, group);
  }
  for (const { columns, rows: members } of groups.values()) {
    const records = members.map((row) => {
      const record: Record<string, unknown> = {};
      for (const column of columns) record[column.databaseName] = valueOf(column, row);
      return record;
    });
    const names = columns.map((column) => `"${column.databaseName}"`).join(', ');
    await manager.query(
      `INSERT INTO ${table} (${names}) SELECT ${names} FROM json_populate_recordset(NULL::${table}, $1)`,
      [JSON.stringify(records)],
    );
  }
}

function hasDefault(column: ColumnMetadata): boolean {
  return column.default !== undefined || column.isGenerated || column.isCreateDate || column.isUpdateDate;
}

function valueOf(column: ColumnMetadata, row: ObjectLiteral): unknown {
  const value: unknown = column.getEntityValue(row);
  if (column.isVersion) return value ?? 1;
  return value ?? null;
}
