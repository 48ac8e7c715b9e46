import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { toFieldProblems } from '../../common/validation/validation-problems';
import { CreateIntellectualDto } from '../../intellectuals';
import { ImportRow, RowProblem } from './import-row';
import { rowProblemOf } from './row-messages';

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

/** Checks the body with the same rules the profile API applies to its HTTP requests. */
export async function validateCreateDto(dto: CreateIntellectualDto): Promise<RowProblem[]> {
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  return toFieldProblems(errors).map(({ field, message, messageVi }) =>
    rowProblemOf(field, message, messageVi),
  );
}
