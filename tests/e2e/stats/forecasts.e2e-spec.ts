import { createRng } from '../../../src/seed/prng';
import { WorkforceRefresher } from '../../../src/stats';
import { currentYear } from '../../../src/intellectuals';
import { retirementMonth } from '../../../src/stats/forecasts/retirement-age';
import { createProfile } from '../../support/factories/search-profile.factory';
import { bearer, startTestApp, TestApp } from '../../support/test-app';

jest.setTimeout(60_000);

interface Cell {
  value: number | null;
  suppression: string | null;
}
interface Table {
  rows: Array<{ key: string | null }>;
  columns: Array<{ key: string }>;
  cells: Cell[][];
  rowTotals: Cell[];
}

describe('retirement forecasts', () => {
  let t: TestApp;
  let officer: string;
  const people: Array<{ field: string; retires: number; doctor: boolean; young: boolean }> = [];
  const purpose = encodeURIComponent('Dự báo nhân lực năm 2027');

  beforeAll(async () => {
    t = await startTestApp();
    officer = (await t.account(['personnel_officer'])).token;
    const rng = createRng('forecasts');
    const year = currentYear();
    for (let i = 0; i < 120; i++) {
      const gender = rng.pick(['male', 'female'] as const);
      const birthDate = `${rng.int(1958, 1975)}-${String(rng.int(1, 12)).padStart(2, '0')}-10`;
      const field = rng.pick(['1', '2']);
      const doctor = rng.chance(0.5);
      await createProfile(t.dataSource, {
        fullName: `Dự Báo ${i}`,
        gender,
        birthDate,
        primaryFieldCode: field,
        degrees: doctor ? ['doctorate'] : ['master'],
      });
      people.push({
        field,
        retires: retirementMonth(gender, birthDate).year,
        doctor,
        young: year - Number(birthDate.slice(0, 4)) <= 34,
      });
    }
    // retired people and people without a date of birth are not forecast
    await createProfile(t.dataSource, {
      fullName: 'Đã Nghỉ Hưu',
      gender: 'male',
      birthDate: '1970-01-01',
      status: 'retired',
    });
    await createProfile(t.dataSource, { fullName: 'Không Rõ Tuổi', gender: 'female' });
    await t.app.get(WorkforceRefresher).drain();
  });
  afterAll(() => t.close());

  it('counts working people by field and the year they reach retirement age, as the roadmap says', async () => {
    const { body } = await t.http
      .get(`/api/v1/stats/forecasts?years=10&purpose=${purpose}`)
      .set(bearer(officer))
      .expect(200);
    const year = currentYear();
    expect(body.fromYear).toBe(year);
    expect(body.notForecast).toBe(1);
    const table = body.retirements as Table;
    expect(table.columns.map((c) => c.key)).toEqual([
      'past',
      ...Array.from({ length: 10 }, (_, i) => String(year + i)),
    ]);
    let compared = 0;
    table.rows.forEach((row, r) =>
      table.columns.forEach((column, c) => {
        const hand = people.filter(
          (p) =>
            p.field === row.key &&
            (column.key === 'past' ? p.retires < year : p.retires === Number(column.key)),
        ).length;
        const cell = table.cells[r][c];
        if (cell.suppression === null) {
          expect({ field: row.key, column: column.key, value: cell.value }).toEqual({
            field: row.key,
            column: column.key,
            value: hand,
          });
          compared++;
        } else if (cell.suppression === 'small') expect(hand).toBeLessThan(5);
      }),
    );
    expect(compared).toBeGreaterThan(5);
    // the people already past the age are shown apart, and some are
    expect(people.filter((p) => p.retires < year).length).toBeGreaterThan(0);
  });

  it('answers how many doctorates a field has and how many reach retirement age in the period', async () => {
    const { body } = await t.http
      .get(`/api/v1/stats/forecasts?years=5&field=1&purpose=${purpose}`)
      .set(bearer(officer))
      .expect(200);
    const table = body.pipeline as Table;
    expect(table.rows.map((row) => row.key)).toEqual(['1']);
    const last = currentYear() + 4;
    const field = people.filter((p) => p.field === '1');
    const expected = [
      field.filter((p) => p.doctor && p.retires <= last).length,
      field.filter((p) => p.doctor && p.retires > last).length,
      field.filter((p) => !p.doctor && p.young).length,
      field.filter((p) => !p.doctor && !p.young).length,
    ];
    table.cells[0].forEach((cell, c) => {
      if (cell.suppression === null) expect(cell.value).toBe(expected[c]);
      else expect(cell.suppression === 'complementary' || expected[c] < 5).toBe(true);
    });
    expect(table.rowTotals[0]).toEqual({ value: field.length, suppression: null });
    expect(body.notes[0].vi).toContain('Nghị định 135/2020/NĐ-CP');
  });

  it('needs a purpose, recorded in the audit, and is not for association staff', async () => {
    const missing = await t.http.get('/api/v1/stats/forecasts').set(bearer(officer)).expect(400);
    expect(missing.body.errors[0]).toMatchObject({ field: 'purpose' });
    const staff = (await t.account(['association_staff'])).token;
    await t.http.get(`/api/v1/stats/forecasts?purpose=${purpose}`).set(bearer(staff)).expect(403);
    const audited = await t.dataSource.query(
      `SELECT purpose FROM audit_event WHERE action = 'stats.forecasts'`,
    );
    expect(audited.length).toBeGreaterThanOrEqual(2);
    expect(audited[0]).toEqual({ purpose: 'Dự báo nhân lực năm 2027' });
  });
});
