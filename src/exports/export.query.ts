import { StaffListFilter } from '../intellectuals';

/** Filters of an export: exactly those of the staff list (its sort and page aside). */
export class ExportQuery extends StaffListFilter {}
