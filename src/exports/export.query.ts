import { IntellectualFilter } from '../intellectuals';

/** Filters of an export: exactly those of the staff list. */
export class ExportQuery extends IntellectualFilter {}
