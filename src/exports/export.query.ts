import { IntellectualFilter } from '../intellectuals/dto/requests.dto';

/** Filters of an export: exactly those of the staff list. */
export class ExportQuery extends IntellectualFilter {}
