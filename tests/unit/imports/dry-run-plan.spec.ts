import { DryRunPlan } from '../../../src/imports/apply/dry-run-plan';
import type { CreateIntellectualDto } from '../../../src/intellectuals/dto/profile.dto';
import type { ImportRow } from '../../../src/imports/rows/import-row';

const row = (overrides: Partial<ImportRow>) =>
  ({ fullName: 'Nguyễn Thị Hợp', birthDate: '1970-05-06', nationalId: null, ...overrides }) as ImportRow;
const dto = (overrides: Partial<CreateIntellectualDto>) =>
  ({
    fullName: 'Nguyễn Thị Hợp',
    birthDate: '1970-05-06',
    communeCode: '22366',
    ...overrides,
  }) as CreateIntellectualDto;

describe('DryRunPlan: a dry run reports later rows about the same person as the real run would', () => {
  it('knows nothing before a row is planned', () => {
    expect(new DryRunPlan().outcomeFor(row({}), dto({}))).toBeUndefined();
  });

  it('by name (diacritics folded) and birth date: the same row is unchanged, a different one a possible duplicate', () => {
    const plan = new DryRunPlan();
    plan.created(row({}), dto({}));
    expect(plan.outcomeFor(row({ fullName: 'NGUYEN THI HOP' }), dto({}))).toBe('unchanged');
    expect(plan.outcomeFor(row({}), dto({ phone: '0912345678' }))).toBe('possible_duplicate');
    expect(plan.outcomeFor(row({ birthDate: '1971-01-01' }), dto({}))).toBeUndefined();
  });
});
