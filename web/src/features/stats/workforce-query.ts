import type { Schemas } from '../../api/client';

export type DimensionKey = Schemas['WorkforceDimensionView']['key'];
export type WorkforceSource = 'staff' | 'open-data';

/** A key per dimension of the contract: the type check fails when the API gains or loses one. */
const DIMENSIONS: Record<DimensionKey, true> = {
  field: true,
  subfield: true,
  degree: true,
  academicTitle: true,
  commune: true,
  sector: true,
  organization: true,
  gender: true,
  ageBand: true,
  status: true,
  overseasCountry: true,
  originElsewhere: true,
  ethnicMinority: true,
  disability: true,
};
/** Every dimension in the order the forms list them; the sensitive ones only for who may. */
export const DIMENSION_KEYS = Object.keys(DIMENSIONS) as DimensionKey[];
export const SENSITIVE_KEYS: readonly DimensionKey[] = ['ethnicMinority', 'disability'];

/** A breakdown as the address bar holds it: `?by=field,gender&at=2026-01-01&purpose=…`. */
export interface WorkforceParams {
  rows?: DimensionKey;
  columns?: DimensionKey;
  at?: string;
  purpose?: string;
}

const isKey = (value: string | undefined): value is DimensionKey =>
  value !== undefined && (DIMENSION_KEYS as readonly string[]).includes(value);

export function readWorkforceParams(params: URLSearchParams): WorkforceParams {
  const [rows, columns] = (params.get('by') ?? '').split(',');
  return {
    rows: isKey(rows) ? rows : undefined,
    columns: isKey(rows) && isKey(columns) && columns !== rows ? columns : undefined,
    at: params.get('at') || undefined,
    purpose: params.get('purpose') || undefined,
  };
}

/** The API's query (and the page's address) for these choices; empty values are left out. */
export function toSearchParams(choice: WorkforceParams): URLSearchParams {
  const params = new URLSearchParams();
  const by = [choice.rows, choice.columns].filter(Boolean).join(',');
  if (by) params.set('by', by);
  if (choice.at) params.set('at', choice.at);
  if (choice.purpose && usesSensitive(choice)) params.set('purpose', choice.purpose);
  return params;
}

export function usesSensitive(choice: WorkforceParams): boolean {
  return [choice.rows, choice.columns].some((key) => key !== undefined && SENSITIVE_KEYS.includes(key));
}

/** The workbook of the same breakdown: the session cookie authorizes the download. */
export function workbookHref(source: WorkforceSource, choice: WorkforceParams): string {
  const base = source === 'staff' ? '/api/v1/stats/workforce.xlsx' : '/api/v1/open-data/workforce.xlsx';
  return `${base}?${toSearchParams(choice).toString()}`;
}
