import { createHash } from 'node:crypto';
import { vietnamToday } from '../../../src/honors/nominations/nomination-rules';
import { IntellectualsService } from '../../../src/intellectuals/intellectuals.service';
import { textPdf, windowsProgram } from '../../support/documents';
import { day, openCampaign, transition } from '../../support/factories/honor-campaign.factory';
import { intellectualInput } from '../../support/factories/intellectual.factory';
import { binary } from '../../support/fixtures/imports/run-import';
import { bearer, TestAccount, TestApp, startTestApp } from '../../support/test-app';

jest.setTimeout(90_000);

const NOMINATIONS = '/api/v1/nominations';

describe('nomination attachments', () => {
  let t: TestApp;
  let staff: TestAccount;
  let agency: TestAccount;
  let otherAgency: TestAccount;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await t.account(['association_staff']);
    const [ntu, other] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name IN ('NTU', 'SKHCN') ORDER BY short_name`,
    );
    agency = await t.account(['agency'], { organizationId: ntu.id });
    otherAgency = await t.account(['agency'], { organizationId: other.id });
  });
  afterAll(() => t.close());

  async function nominee() {
    const created = await t.app
      .get(IntellectualsService)
      .create(intellectualInput() as never, undefined, 'self_declared');
    const id = created.body.id as string;
    return { id, account: await t.account(['intellectual'], { intellectualId: id }) };
  }

  const newCampaign = () =>
    openCampaign(t.http, staff.token, {
      kind: 'exemplary_intellectual',
      title: 'Trí thức tiêu biểu tỉnh Khánh Hòa',
      year: Number(vietnamToday().slice(0, 4)),
      organizerName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa',
      nominationsOpen: day(-10),
      nominationsClose: day(10),
      rounds: [{ name: 'Xét chọn', deadline: day(40) }],
      criteria: [{ kind: 'active' }],
    });

  const attach = (token: string, id: string, content: Buffer, filename: string) =>
    t.http
      .post(`${NOMINATIONS}/${id}/attachments`)
      .set(bearer(token))
      .attach('file', content, { filename, contentType: 'application/octet-stream' });

  it('the nominator attaches files checked by their bytes; readers download them, others cannot see them', async () => {
    const campaign = await newCampaign();
    const person = await nominee();
    const created = await t.http
      .post(NOMINATIONS)
      .set(bearer(agency.token))
      .send({ campaignId: campaign.id, nomineeId: person.id, nominatedBy: 'organization' })
      .expect(201);
    const id = created.body.id as string;

    const pdf = await textPdf([['Xác nhận hiệu quả ứng dụng tại vịnh Nha Trang']]);
    const uploaded = await attach(agency.token, id, pdf, 'Xác nhận ứng dụng.pdf').expect(201);
    expect(uploaded.body).toMatchObject({
      fileName: 'Xác nhận ứng dụng.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });

    // the bytes decide, not the name: a program called .pdf is refused and nothing is kept
    const program = await attach(agency.token, id, windowsProgram(), 'ho-so.pdf');
    expect(program.status).toBe(415);
    expect(program.body.detailVi).toBeTruthy();

    // a draft is the nominator's: another organization is told it does not exist, the nominee too
    await attach(otherAgency.token, id, pdf, 'x.pdf').expect(404);
    await t.http.get(`${NOMINATIONS}/${id}/attachments`).set(bearer(person.account.token)).expect(404);

    const submitted = await t.http
      .post(`${NOMINATIONS}/${id}/submit`)
      .set(bearer(agency.token))
      .set('If-Match', created.headers.etag)
      .expect(200);
    expect(submitted.body.state).toBe('submitted');

    // once submitted the nominee reads the files, and staff do
    const listed = await t.http
      .get(`${NOMINATIONS}/${id}/attachments`)
      .set(bearer(person.account.token))
      .expect(200);
    const names = (listed.body as Array<{ fileName: string }>).map((file) => file.fileName);
    expect(names).toEqual(['Xác nhận ứng dụng.pdf']);
    const download = await t.http
      .get(`${NOMINATIONS}/${id}/attachments/${uploaded.body.id}/content`)
      .set(bearer(staff.token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(download.body as Buffer, pdf)).toBe(0);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''X%C3%A1c");
    // only the nominator changes them
    await t.http
      .delete(`${NOMINATIONS}/${id}/attachments/${uploaded.body.id}`)
      .set(bearer(person.account.token))
      .expect(403);

    // a second file, then removing it: both audited with the file's identity
    const second = await attach(agency.token, id, await textPdf([['Bằng độc quyền giải pháp']]), 'bang.pdf');
    expect(second.status).toBe(201);
    await t.http
      .delete(`${NOMINATIONS}/${id}/attachments/${second.body.id}`)
      .set(bearer(agency.token))
      .expect(204);
    const audit = await t.dataSource.query<Array<{ action: string; changes: Record<string, unknown> }>>(
      `SELECT action, changes FROM audit_event WHERE entity_type = 'honor_nomination' AND entity_id = $1
        AND action LIKE 'honor_nomination.file_%' ORDER BY id`,
      [id],
    );
    expect(audit.map((entry) => entry.action)).toEqual([
      'honor_nomination.file_add',
      'honor_nomination.file_add',
      'honor_nomination.file_delete',
    ]);
    expect(audit[2].changes).toMatchObject({
      attachments: { before: { id: second.body.id, fileName: 'bang.pdf' }, after: null },
    });

    // the nominee accepts, so the nomination goes into the review; then what the council reads is fixed
    await t.http.post(`/api/v1/me/nominations/${id}/accept`).set(bearer(person.account.token)).expect(200);
    await transition(t.http, staff.token, campaign, 'in_review').expect(200);
    const late = await attach(agency.token, id, pdf, 'muon.pdf');
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('NOMINATIONS_CLOSED');
    const files = await t.http.get(`${NOMINATIONS}/${id}/attachments`).set(bearer(staff.token)).expect(200);
    expect(files.body).toHaveLength(1);
  });
});
