import ExcelJS from 'exceljs';
import loadHighs from 'highs';
import { createRng } from '../../../src/seed/prng';
import { WorkforceRefresher } from '../../../src/stats';
import {
  createProfile,
  softDeleteProfile,
  updateProfile,
} from '../../support/factories/search-profile.factory';
import { binary } from '../../support/fixtures/imports/run-import';
import { Highs, recoverable } from '../../support/table-attack';
import { bearer, startTestApp, TestApp } from '../../support/test-app';

jest.setTimeout(90_000);

interface Cell {
  value: number | null;
  suppression: 'small' | 'complementary' | null;
}
interface Table {
  at: string;
  rows: Array<{ key: string | null; label: string }>;
  columns: Array<{ key: string | null; label: string }>;
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
}

interface Problem {
  errors: Array<{ field: string; message: string; messageVi: string }>;
}

const SECTORS = ['university', 'research_institute', 'enterprise', 'state_agency'] as const;
const GENDERS = ['male', 'female'] as const;

/** A small generated registry: who each person is, for the hand count. */
interface Person {
  id: string;
  sector: (typeof SECTORS)[number];
  gender: (typeof GENDERS)[number];
  birthYear: number;
  minority: boolean;
}

describe('workforce statistics', () => {
  let t: TestApp;
  let officer: string;
  let staff: string;
  let highs: Highs;
  const people: Person[] = [];
  const drain = () => t.app.get(WorkforceRefresher).drain();
  const table = async (query: string, token = officer): Promise<Table> =>
    (await t.http.get(`/api/v1/stats/workforce?${query}`).set(bearer(token)).expect(200)).body as Table;
  const count = (match: (p: Person) => boolean) => people.filter(match).length;

  beforeAll(async () => {
    t = await startTestApp();
    officer = (await t.account(['personnel_officer'])).token;
    staff = (await t.account(['association_staff'])).token;
    highs = await loadHighs();
    const rng = createRng('workforce-stats');
    for (let i = 0; i < 90; i++) {
      const sector = rng.pick(SECTORS);
      const person = {
        sector,
        // few women in enterprises, so some cells are small
        gender: rng.chance(sector === 'enterprise' ? 0.85 : 0.5) ? 'male' : 'female',
        birthYear: rng.int(1955, 2000),
        minority: rng.chance(0.15),
      } as Omit<Person, 'id'>;
      const { id } = await createProfile(t.dataSource, {
        fullName: `Người Thống Kê ${i}`,
        sector,
        gender: person.gender,
        birthDate: `${person.birthYear}-06-15`,
        ethnicGroupCode: person.minority ? '02' : '01',
        // registered a month ago, so that "as it stood" has a past to look at
        createdAt: new Date(Date.now() - 30 * 86_400_000),
      });
      people.push({ id, ...person });
    }
    await drain();
  });
  afterAll(() => t.close());

  it('counts by two dimensions as a hand count does, withholding small cells and what would reveal them', async () => {
    const body = await table('by=sector,gender');
    expect(body.rows.map((row) => row.key)).toEqual([
      'state_agency',
      'public_service_unit',
      'university',
      'research_institute',
      'enterprise',
      'association',
      'overseas',
      'independent',
    ]);
    expect(body.columns.map((column) => column.key)).toEqual(['male', 'female']);
    expect(body.rows[0].label).toBe('Cơ quan nhà nước');
    body.rows.forEach((row, r) =>
      body.columns.forEach((column, c) => {
        const hand = count((p) => p.sector === row.key && p.gender === column.key);
        const cell = body.cells[r][c];
        if (hand > 0 && hand < 5) expect(cell).toEqual({ value: null, suppression: 'small' });
        else if (cell.suppression === null) expect(cell.value).toBe(hand);
        else expect(cell.suppression).toBe('complementary');
      }),
    );
    const withheld = body.cells.flat().map((cell) => cell.suppression);
    expect(withheld).toContain('small');
    expect(withheld).toContain('complementary');
    expect(body.total).toEqual({ value: people.length, suppression: null });
    expect(body.columnTotals.map((cell) => cell.value)).toEqual(
      GENDERS.map((gender) => count((p) => p.gender === gender)),
    );
    // the attacker's linear programmes over every published number recover no withheld cell
    expect(recoverable(highs, body)).toEqual([]);
  });

  it('counts by age band in the year of the date and filters on any dimension', async () => {
    const year = Number(new Date().toISOString().slice(0, 4));
    const body = await table('by=ageBand&gender=male');
    const under35 = count((p) => p.gender === 'male' && year - p.birthYear <= 34);
    expect(body.rows[0].key).toBe('under_35');
    expect(under35).toBeGreaterThanOrEqual(5);
    expect(body.cells[0][0]).toEqual({ value: under35, suppression: null });
    expect(body.total.value).toBe(count((p) => p.gender === 'male'));
  });

  it('shows the registry as it stood on a past date, from the history of changes', async () => {
    const moved = people.find((p) => p.sector === 'university')!;
    const gone = people.find((p) => p.sector === 'enterprise')!;
    await updateProfile(t.dataSource, moved.id, { sector: 'research_institute' });
    await softDeleteProfile(t.dataSource, gone.id);
    await drain();
    const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    const before = await table(`by=sector&at=${lastWeek}`);
    const now = await table('by=sector');
    const valueOf = (body: Table, key: string) =>
      body.cells[body.rows.findIndex((row) => row.key === key)][0].value;
    expect(before.at).toBe(lastWeek);
    expect(before.total.value).toBe(people.length);
    expect(valueOf(before, 'university')).toBe(count((p) => p.sector === 'university'));
    expect(now.total.value).toBe(people.length - 1);
    expect(valueOf(now, 'university')).toBe(count((p) => p.sector === 'university') - 1);
    expect(valueOf(now, 'research_institute')).toBe(count((p) => p.sector === 'research_institute') + 1);
    const longAgo = await table('by=sector&at=2020-01-01');
    expect(longAgo.total).toEqual({ value: 0, suppression: null });
    await updateProfile(t.dataSource, moved.id, { sector: 'university' });
    await t.dataSource.query(`UPDATE intellectual SET deleted_at = NULL WHERE id = $1`, [gone.id]);
    await updateProfile(t.dataSource, gone.id, { status: 'active' });
    await drain();
    expect((await table('by=sector')).total.value).toBe(people.length);
  });

  it('gives sensitive aggregates only to officers who say why, and records the purpose', async () => {
    await t.http.get('/api/v1/stats/workforce?by=ethnicMinority').set(bearer(staff)).expect(403);
    const missing = await t.http
      .get('/api/v1/stats/workforce?by=ethnicMinority')
      .set(bearer(officer))
      .expect(400);
    expect(missing.body.errors[0]).toMatchObject({
      field: 'purpose',
      messageVi: expect.stringContaining('mục đích'),
    });
    const purpose = 'Báo cáo Sở KH&CN về trí thức dân tộc thiểu số';
    const body = await table(`by=ethnicMinority&purpose=${encodeURIComponent(purpose)}`);
    expect(body.rows.map((row) => row.key)).toEqual(['true', 'false']);
    const minorities = count((p) => p.minority);
    expect(body.cells[0][0]).toEqual({ value: minorities, suppression: null });
    expect(
      await t.dataSource.query(`SELECT purpose FROM audit_event WHERE action = 'stats.workforce.sensitive'`),
    ).toEqual([{ purpose }]);
    // staff are not even told the dimension exists
    const dimensions = (await t.http.get('/api/v1/stats/dimensions').set(bearer(staff)).expect(200))
      .body as Array<{
      key: string;
    }>;
    expect(dimensions.map((d) => d.key)).not.toContain('ethnicMinority');
  });

  it('publishes the non-sensitive figures as open data to anyone, and never the sensitive ones', async () => {
    const open = await t.http.get('/api/v1/open-data/workforce?by=sector,gender').expect(200);
    expect(open.body).toEqual(await table('by=sector,gender'));
    const refused = await t.http.get('/api/v1/open-data/workforce?by=ethnicMinority').expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'ethnicMinority' });
    await t.http.get('/api/v1/open-data/workforce?by=gender&disability=true').expect(400);
  });

  it('refuses unknown dimensions, three at once and future dates, naming the field in both languages', async () => {
    const problems = await Promise.all(
      ['by=planet', 'by=sector,gender,status', 'by=sector&at=2999-01-01', '', 'by=gender,gender'].map(
        async (query) =>
          (await t.http.get(`/api/v1/stats/workforce?${query}`).set(bearer(officer)).expect(400))
            .body as Problem,
      ),
    );
    expect(problems.map((problem) => problem.errors[0].field)).toEqual(['by', 'by', 'at', 'by', 'by']);
    for (const problem of problems) {
      expect(problem.errors[0].message).toEqual(expect.any(String));
      expect(problem.errors[0].messageVi).toEqual(expect.any(String));
    }
  });

  it('downloads the breakdown as a workbook with Vietnamese headers, number cells and the withheld cells marked', async () => {
    const json = await table('by=sector,gender');
    const response = await t.http
      .get('/api/v1/stats/workforce.xlsx?by=sector,gender')
      .set(bearer(officer))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.body as ArrayBuffer);
    const sheet = book.getWorksheet('Số liệu')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Khu vực công tác', 'Nam', 'Nữ', 'Tổng cộng']);
    json.rows.forEach((row, r) => {
      const line = sheet.getRow(r + 2);
      expect(line.getCell(1).value).toBe(row.label);
      json.cells[r].forEach((cell, c) => {
        const expected = cell.suppression === 'small' ? '<5' : cell.suppression ? 'x' : cell.value;
        expect(line.getCell(c + 2).value).toBe(expected);
      });
    });
    expect(sheet.getRow(json.rows.length + 2).getCell(4).value).toBe(people.length);
    const notes = book.getWorksheet('Ghi chú')!;
    expect(notes.getRow(2).getCell(1).value).toBe(
      'Đội ngũ trí thức tỉnh Khánh Hòa theo khu vực công tác và giới tính',
    );
  });
});
