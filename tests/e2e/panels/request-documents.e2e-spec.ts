import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { CatalogEntry } from '../../../src/catalog/catalog-entry.entity';
import { RequestDocumentsService } from '../../../src/panels/documents';
import { scannedPdf, textPdf, windowsProgram, wordDocument, zipArchive } from '../../support/documents';
import { someOrganizations } from '../../support/factories/panel.factory';
import { ReviewFlow } from '../../support/panels/review-flow';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem } from '../foundation/problem';

const PROPOSAL_TEXT = 'Đề án ứng dụng công nghệ nuôi biển xa bờ tại vịnh Vân Phong, Khánh Hòa.';
const PDF_LINE = 'Giải pháp lồng nuôi HDPE chịu sóng cấp 12 cho cá mú và tôm hùm';
const DOCX_LINE = 'Đánh giá tác động môi trường vùng nuôi: chất lượng nước, trầm tích đáy';
const TXT_LINE = 'Kế hoạch đào tạo ngư dân chuyển đổi nghề, hợp tác xã thủy sản Vạn Ninh';

/** A supertest parser that keeps the body as bytes. */
function bytes(response: IncomingMessage, done: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('review request documents', () => {
  let app: TestApp;
  let agency: TestAccount;
  let otherAgency: TestAccount;
  let staff: TestAccount;
  let officer: TestAccount;

  /** Every stored file under DATA_DIR/files (temporary ones included); startTestApp gives each app its own. */
  const storedFiles = async () =>
    (
      await readdir(join(app.config.dataDir, 'files'), { recursive: true, withFileTypes: true }).catch(
        () => [],
      )
    )
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);

  async function newRequest(by: TestAccount = agency): Promise<string> {
    const field = await app.dataSource.manager.findOneOrFail(CatalogEntry, {
      where: { catalog: 'fields' },
      order: { code: 'ASC' },
    });
    const response = await app.http
      .post('/api/v1/review-requests')
      .set(bearer(by.token))
      .send({
        kind: 'critique',
        title: 'Phản biện đề án nuôi biển Vân Phong',
        summary: 'Đề án phát triển nuôi biển công nghệ cao',
        proposalText: PROPOSAL_TEXT,
        fieldCodes: [field.code],
        panelSizeMin: 5,
        panelSizeMax: 7,
        deadline: '2099-01-31',
      });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  /** Submits the agency's draft: staff meet a request once it is submitted, not while the agency drafts it. */
  async function submitted(requestId: string): Promise<string> {
    const read = await app.http.get(`/api/v1/review-requests/${requestId}`).set(bearer(agency.token));
    await app.http
      .post(`/api/v1/review-requests/${requestId}/submit`)
      .set(bearer(agency.token))
      .set('If-Match', read.headers.etag)
      .expect(200);
    return requestId;
  }

  const upload = (requestId: string, content: Buffer, fileName: string, by: TestAccount = agency) =>
    app.http
      .post(`/api/v1/review-requests/${requestId}/documents`)
      .set(bearer(by.token))
      .attach('file', content, { filename: fileName, contentType: 'application/octet-stream' });

  const download = (requestId: string, documentId: string, by: TestAccount = agency) =>
    app.http
      .get(`/api/v1/review-requests/${requestId}/documents/${documentId}/content`)
      .set(bearer(by.token))
      .buffer(true)
      .parse(bytes as never);

  /** A download that is expected to be refused: its problem body is JSON. */
  const refusedDownload = (requestId: string, documentId: string, by: TestAccount = agency) =>
    app.http
      .get(`/api/v1/review-requests/${requestId}/documents/${documentId}/content`)
      .set(bearer(by.token));

  beforeAll(async () => {
    app = await startTestApp();
    const [own, other] = await someOrganizations(app.dataSource, 2);
    agency = await app.account(['agency'], { organizationId: own.id });
    otherAgency = await app.account(['agency'], { organizationId: other.id });
    staff = await app.account(['association_staff']);
    officer = await app.account(['personnel_officer']);
  });
  afterAll(() => app?.close());

  it('reads the text of a PDF, a DOCX and a TXT upload, lists them with previews, and gives matching the whole text', async () => {
    const requestId = await submitted(await newRequest());
    const pdf = await textPdf([[PDF_LINE]]);
    const uploaded = await upload(requestId, pdf, 'Đề án nuôi biển.pdf');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toEqual({
      id: expect.any(String),
      reviewRequestId: requestId,
      fileName: 'Đề án nuôi biển.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha256(pdf),
      textStatus: 'extracted',
      textLength: PDF_LINE.length,
      preview: PDF_LINE,
      notice: null,
      createdBy: agency.id,
      createdAt: expect.any(String),
    });
    expect((await upload(requestId, await wordDocument([DOCX_LINE]), 'danh-gia.docx', staff)).status).toBe(
      201,
    );
    expect((await upload(requestId, Buffer.from(TXT_LINE), 'ke-hoach.txt')).status).toBe(201);

    const list = await app.http
      .get(`/api/v1/review-requests/${requestId}/documents`)
      .set(bearer(agency.token));
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 3, limit: 20, offset: 0 });
    const items = list.body.items as Array<{ mediaType: string; preview: string }>;
    expect(items.map((d) => [d.mediaType, d.preview])).toEqual([
      ['application/pdf', PDF_LINE],
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', DOCX_LINE],
      ['text/plain; charset=utf-8', TXT_LINE],
    ]);

    expect(await app.app.get(RequestDocumentsService).textOf(requestId)).toBe(
      [PROPOSAL_TEXT, PDF_LINE, DOCX_LINE, TXT_LINE].join('\n\n'),
    );
    const audited = await app.dataSource.query(
      `SELECT action, actor_account_id AS actor, changes->'documents'->'after'->>'fileName' AS "fileName"
         FROM audit_event WHERE entity_id = $1 AND action LIKE 'review_request.document%' ORDER BY at, id`,
      [requestId],
    );
    expect(audited).toEqual([
      { action: 'review_request.document_add', actor: agency.id, fileName: 'Đề án nuôi biển.pdf' },
      { action: 'review_request.document_add', actor: staff.id, fileName: 'danh-gia.docx' },
      { action: 'review_request.document_add', actor: agency.id, fileName: 'ke-hoach.txt' },
    ]);
  });

  it('downloads the bytes as uploaded, with the detected type, the file name and the SHA-256', async () => {
    const requestId = await submitted(await newRequest());
    const docx = await wordDocument([DOCX_LINE]);
    const { body } = await upload(requestId, docx, 'C:\\fakepath\\Báo cáo đánh giá.docx');
    expect(body.fileName).toBe('Báo cáo đánh giá.docx');

    for (const reader of [agency, staff]) {
      const response = await download(requestId, body.id as string, reader);
      expect(response.status).toBe(200);
      expect(Buffer.compare(response.body as Buffer, docx)).toBe(0);
      expect(response.headers).toMatchObject({
        'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'content-length': String(docx.length),
        'content-disposition': `attachment; filename="Bao cao danh gia.docx"; filename*=UTF-8''${encodeURIComponent('Báo cáo đánh giá.docx')}`,
        'repr-digest': `sha-256=:${createHash('sha256').update(docx).digest('base64')}:`,
      });
    }
  });

  it('refuses a ZIP archive named .pdf and a program named .txt (415, in both languages), keeping nothing', async () => {
    const requestId = await newRequest();
    const before = await storedFiles();
    for (const [content, name] of [
      [await zipArchive(), 'de-an.pdf'],
      [windowsProgram(), 'ghi-chu.txt'],
    ] as const) {
      const response = await upload(requestId, content, name);
      expectProblem(response, 415, 'UNSUPPORTED_FILE', { fields: ['file'] });
      expect(response.body.detailVi).toContain('chỉ nhận tệp PDF, Word (.docx) và văn bản UTF-8 (.txt)');
    }
    expect(await storedFiles()).toEqual(before);
    expect(
      await app.dataSource.query('SELECT 1 FROM review_request_document WHERE review_request_id = $1', [
        requestId,
      ]),
    ).toEqual([]);
  });

  it('refuses a file over 20 MB with 413 and keeps nothing', async () => {
    const requestId = await newRequest();
    const before = await storedFiles();
    const response = await upload(requestId, Buffer.alloc(20 * 1024 * 1024 + 1, 0x61), 'lon.txt');
    expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
    expect(await storedFiles()).toEqual(before);
  });

  it('keeps a scanned PDF and reports that it has no text, leaving it out of the matching text', async () => {
    const requestId = await newRequest();
    const response = await upload(requestId, await scannedPdf(), 'ban-quet.pdf');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      textStatus: 'no_text',
      textLength: 0,
      preview: null,
      notice: { en: expect.stringContaining('scanned'), vi: expect.stringContaining('bản quét') },
    });
    expect(await app.app.get(RequestDocumentsService).textOf(requestId)).toBe(PROPOSAL_TEXT);
  });

  it('answers another organization’s agency 404 on every document route, and a role without requests 403', async () => {
    const requestId = await newRequest();
    const { body } = await upload(requestId, Buffer.from(TXT_LINE), 'ke-hoach.txt');
    const documents = `/api/v1/review-requests/${requestId}/documents`;
    const other = bearer(otherAgency.token);
    expectProblem(await app.http.get(documents).set(other), 404, 'NOT_FOUND');
    expectProblem(await refusedDownload(requestId, body.id as string, otherAgency), 404, 'NOT_FOUND');
    expectProblem(await upload(requestId, Buffer.from('x'), 'x.txt', otherAgency), 404, 'NOT_FOUND');
    expectProblem(await app.http.delete(`${documents}/${body.id}`).set(other), 404, 'NOT_FOUND');
    expectProblem(await app.http.get(documents).set(bearer(officer.token)), 403, 'FORBIDDEN');
    // a document of another request is not reachable through this one
    const otherRequest = await newRequest();
    expectProblem(await refusedDownload(otherRequest, body.id as string), 404, 'NOT_FOUND');
    expect((await download(requestId, body.id as string)).status).toBe(200);
  });

  it('removes a document and its file while the request is open to changes, audited', async () => {
    const requestId = await newRequest();
    const { body } = await upload(requestId, Buffer.from(TXT_LINE), 'ke-hoach.txt');
    const before = await storedFiles();
    const removed = await app.http
      .delete(`/api/v1/review-requests/${requestId}/documents/${body.id}`)
      .set(bearer(agency.token));
    expect(removed.status).toBe(204);
    expect((await storedFiles()).length).toBe(before.length - 1);
    expectProblem(await refusedDownload(requestId, body.id as string), 404, 'NOT_FOUND');
    const [audit] = await app.dataSource.query(
      `SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'review_request.document_delete'`,
      [requestId],
    );
    expect(audit.changes).toEqual({
      documents: {
        before: expect.objectContaining({ id: body.id, fileName: 'ke-hoach.txt', sha256: body.sha256 }),
        after: null,
      },
    });
  });

  it('once staff accepted the request, refuses new or removed documents (409) and leaves no stored file behind', async () => {
    const requestId = await newRequest();
    const { body } = await upload(requestId, Buffer.from(TXT_LINE), 'ke-hoach.txt');
    await new ReviewFlow(app, staff).submitAndAccept(agency, requestId);
    const before = await storedFiles();
    expectProblem(await upload(requestId, Buffer.from(TXT_LINE), 'them.txt'), 409, 'REQUEST_NOT_EDITABLE');
    expect(await storedFiles()).toEqual(before);
    expectProblem(
      await app.http
        .delete(`/api/v1/review-requests/${requestId}/documents/${body.id}`)
        .set(bearer(agency.token)),
      409,
      'REQUEST_NOT_EDITABLE',
    );
    expect((await download(requestId, body.id as string)).status).toBe(200);
  });
});
