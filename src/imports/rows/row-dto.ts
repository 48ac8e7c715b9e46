import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { toFieldProblems } from '../../common/validation/validation-problems';
import { CreateIntellectualDto } from '../../intellectuals/dto/profile.dto';
import { ColumnKey, HEADER_OF } from './import-columns';
import { ImportRow, RowProblem } from './import-row';

/** The profile facts a row sets, as the profile API's create body; empty cells are left out. */
export function toCreateDto(row: ImportRow): CreateIntellectualDto {
  const plain = {
    source: 'hr_import',
    fullName: row.fullName,
    gender: row.gender,
    birthDate: row.birthDate,
    nationalId: row.nationalId,
    ethnicGroupCode: row.ethnicGroupCode,
    communeCode: row.communeCode,
    provinceName: row.provinceName,
    countryCode: row.countryCode,
    email: row.email,
    phone: row.phone,
    primaryFieldCode: row.primaryFieldCode,
    fieldCodes: row.primaryFieldCode ? [row.primaryFieldCode] : null,
    academicTitle: row.academicTitle,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    position: row.position,
    status: row.status,
    educations: row.education ? [row.education] : null,
  };
  return plainToInstance(
    CreateIntellectualDto,
    Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== null)),
  );
}

/** The DTO field each column fills, to report the profile API's validation on the right column. */
const COLUMN_OF_FIELD: Record<string, ColumnKey> = {
  fullName: 'fullName',
  gender: 'gender',
  birthDate: 'birthDate',
  nationalId: 'nationalId',
  ethnicGroupCode: 'ethnicGroup',
  communeCode: 'commune',
  provinceName: 'province',
  countryCode: 'country',
  email: 'email',
  phone: 'phone',
  primaryFieldCode: 'field',
  fieldCodes: 'field',
  'academicTitle.code': 'academicTitle',
  'academicTitle.year': 'academicTitleYear',
  organizationId: 'organization',
  organizationName: 'organization',
  position: 'position',
  status: 'status',
  'educations.0.level': 'degreeLevel',
  'educations.0.institution': 'institution',
  'educations.0.year': 'graduationYear',
};

/** Checks the body with the same rules the profile API applies to its HTTP requests. */
export async function validateCreateDto(dto: CreateIntellectualDto): Promise<RowProblem[]> {
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  return toFieldProblems(errors).map(({ field, message, messageVi }) => ({
    column: columnOfField(field),
    message,
    messageVi,
  }));
}

/** The column header for a profile field (or the field name when no column fills it). */
export function columnOfField(field: string): string {
  const key = COLUMN_OF_FIELD[field];
  return key ? HEADER_OF[key] : field;
}
