import type { FormInstance } from 'antd';
import { ApiProblem } from './problem';

/**
 * Puts the server's field problems on the form's fields (a dotted path becomes antd's name path) and
 * returns what no field shows, for an alert above the form.
 */
export function showFieldErrors(form: FormInstance, error: unknown): ApiProblem | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  const known = new Set(form.getFieldsError().map((field) => field.name.join('.')));
  const entries = Object.entries(error.fieldErrors);
  form.setFields(
    entries
      .filter(([path]) => known.has(path))
      .map(([path, message]) => ({
        name: path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
        errors: [message],
      })),
  );
  return entries.every(([path]) => known.has(path)) && entries.length > 0 ? undefined : error;
}
