import type { FormInstance } from 'antd';
import { ApiProblem } from './problem';

/**
 * A server field path as antd's name path: class-validator's dotted `rounds.1.deadline` and the
 * services' `rounds[1].deadline` both become ['rounds', 1, 'deadline'].
 */
export function namePathOf(field: string): Array<string | number> {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((key) => key !== '')
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

/**
 * Puts the server's field problems on the form's fields and returns what no field shows, for an
 * alert above the form.
 */
export function showFieldErrors(form: FormInstance, error: unknown): ApiProblem | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  const known = new Set(form.getFieldsError().map((field) => field.name.join('.')));
  const entries = Object.entries(error.fieldErrors).map(
    ([field, message]) => [namePathOf(field), message] as const,
  );
  const shown = entries.filter(([path]) => known.has(path.join('.')));
  form.setFields(shown.map(([name, message]) => ({ name, errors: [message] })));
  return shown.length === entries.length && entries.length > 0 ? undefined : error;
}
