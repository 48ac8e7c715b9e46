import { IndexerService } from '../../src/search/indexer/indexer.service';
import { eventually } from '../support/eventually';
import { createProfile } from '../support/factories/search-profile.factory';
import { BrowserApp, expectAccessible, fitsViewport, PHONE, startBrowserApp } from './support/browser';

describe('The public directory in the browser', () => {
  let b: BrowserApp;
  let an: string;
  let hidden: string;

  beforeAll(async () => {
    b = await startBrowserApp();
    const { dataSource } = b.testApp;
    an = (
      await createProfile(dataSource, {
        fullName: 'Nguyễn Văn An',
        organization: 'NTU',
        position: 'Giảng viên chính',
        academicTitle: { code: 'associate_professor', year: 2015 },
        degrees: ['doctorate'],
        primaryFieldCode: '401',
        fieldCodes: ['401'],
        expertise: ['nuôi trồng thủy sản', 'vắc xin cho cá'],
        biography: 'Nghiên cứu bệnh cá biển và vắc xin thủy sản.',
        publicationTitles: ['Vắc xin bất hoạt phòng bệnh cho cá chẽm'],
      })
    ).id;
    await createProfile(dataSource, {
      fullName: 'Trần Thị Bích',
      degrees: ['master'],
      primaryFieldCode: '102',
      fieldCodes: ['102'],
      expertise: ['trí tuệ nhân tạo'],
    });
    hidden = (
      await createProfile(dataSource, {
        fullName: 'Lê Văn Kín',
        publicProfile: false,
        degrees: ['doctorate'],
        expertise: ['nuôi trồng thủy sản'],
      })
    ).id;
    for (let i = 1; i <= 21; i++) {
      await createProfile(dataSource, { fullName: `Đặng Thị Mẫu ${i}`, expertise: ['hải dương học'] });
    }
    await b.testApp.app.get(IndexerService).drain();
  });

  afterAll(async () => {
    await b?.close();
  });

  const resultLinks = (page: import('playwright-core').Page) =>
    page.getByRole('region', { name: 'Kết quả' }).getByRole('heading', { level: 3 }).getByRole('link');

  it('searches from the landing page into the directory, without diacritics', async () => {
    const { page } = await b.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Cơ sở dữ liệu trí thức tỉnh Khánh Hòa' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Tìm trí thức theo tên, lĩnh vực hoặc chuyên môn').fill('thuy san');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/directory\?q=thuy(\+|%20)san$/);
    await page.getByRole('status').getByText('Tìm thấy 1 người').waitFor();
    // the person who did not consent is not found, though the words match
    expect(await resultLinks(page).allTextContents()).toEqual(['Nguyễn Văn An']);
    await expect(page.getByLabel('Từ khóa tìm kiếm').inputValue()).resolves.toBe('thuy san');
  });

  it('keeps a hovered link and a focused button readable, with a visible focus ring (WCAG 1.4.3, 1.4.11)', async () => {
    const { page } = await b.newPage();
    await page.goto('/directory?q=thuy+san');
    await page.getByRole('status').getByText('Tìm thấy 1 người').waitFor();
    const link = resultLinks(page).first();
    await link.hover();
    // the theme's hover colour (colorLinkHover #08498c), darker than the link, not antd's lighter one
    await eventually(
      () => link.evaluate((element) => getComputedStyle(element).color),
      (color) => color === 'rgb(8, 73, 140)',
    );
    await expectAccessible(page);

    // a keyboard focus on a facet button: antd's ring in colorPrimaryBorder (#3f7fbf), 3 px
    await page.keyboard.press('Tab');
    const button = page.getByRole('group', { name: 'Học vị' }).getByRole('button').first();
    await button.focus();
    const ring = await eventually(
      () =>
        button.evaluate((element) => {
          const style = getComputedStyle(element);
          return {
            focused: element.matches(':focus-visible'),
            style: style.outlineStyle,
            color: style.outlineColor,
            width: style.outlineWidth,
          };
        }),
      ({ color }) => color === 'rgb(63, 127, 191)',
    );
    expect(ring).toEqual({ focused: true, style: 'solid', color: 'rgb(63, 127, 191)', width: '3px' });
    await button.hover();
    await expectAccessible(page);
  });

  it('filters by a facet, keeps the filter in the address, and opens a public profile', async () => {
    const { page } = await b.newPage();
    await page.goto('/directory');
    await page.getByRole('status').getByText('Tìm thấy 23 người').waitFor();
    await expectAccessible(page);
    const degree = page.getByRole('group', { name: 'Học vị' });
    await degree.getByRole('button', { name: 'Tiến sĩ (1)' }).click();
    await page.waitForURL(/degreeLevel=doctorate/);
    await page.getByRole('status').getByText('Tìm thấy 1 người').waitFor();
    expect(await resultLinks(page).allTextContents()).toEqual(['Nguyễn Văn An']);
    await expect(
      degree.getByRole('button', { name: 'Tiến sĩ (1)' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');

    // the address alone brings back the same filtered results
    const { page: again } = await b.newPage();
    await again.goto(page.url());
    await again.getByRole('status').getByText('Tìm thấy 1 người').waitFor();

    await resultLinks(page).first().click();
    await page.waitForURL(`**/directory/${an}`);
    await page.getByRole('heading', { level: 1, name: 'Nguyễn Văn An' }).waitFor();
    await page.getByText('Phó giáo sư, Tiến sĩ', { exact: true }).waitFor();
    await page.getByText('Vắc xin bất hoạt phòng bệnh cho cá chẽm').waitFor();
    expect(await page.title()).toBe('Nguyễn Văn An · Trí thức Khánh Hòa');
    await expectAccessible(page);
  });

  it('serves a shared profile link with its own title and description before any script runs', async () => {
    const { page } = await b.newPage();
    const response = await page.request.get(`/directory/${an}`, { headers: { Accept: 'text/html' } });
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>Nguyễn Văn An – Phó giáo sư, Tiến sĩ | Trí thức Khánh Hòa</title>');
    expect(html).toMatch(
      /<meta name="description" content="Giảng viên chính, Trường Đại học Nha Trang\. Lĩnh vực: [^"]+\. Chuyên môn: nuôi trồng thủy sản, vắc xin cho cá\." \/>/,
    );
  });

  it('tells apart nothing about a profile that is not public: not found, for the page and its link', async () => {
    const { page } = await b.newPage();
    const response = await page.goto(`/directory/${hidden}`);
    expect(response?.status()).toBe(404);
    expect(await response?.text()).not.toContain('Lê Văn Kín');
    await page.getByRole('heading', { level: 1, name: 'Không có hồ sơ công khai này' }).waitFor();
    await expect(page.getByText('Lê Văn Kín').count()).resolves.toBe(0);
    await expectAccessible(page);
  });

  it('pages through results, each page in the address', async () => {
    const { page } = await b.newPage();
    await page.goto('/directory?q=hai+duong+hoc');
    await page.getByRole('status').getByText('Tìm thấy 21 người').waitFor();
    const pages = page.getByRole('navigation', { name: 'Các trang kết quả' });
    await pages.getByText('Trang 1 / 2').waitFor();
    expect(await resultLinks(page).count()).toBe(20);
    await pages.getByRole('button', { name: 'Trang sau' }).click();
    await page.waitForURL(/page=2/);
    await pages.getByText('Trang 2 / 2').waitFor();
    // the first page stays on screen until the second arrives
    await resultLinks(page).nth(1).waitFor({ state: 'detached' });
    expect(await resultLinks(page).allTextContents()).toHaveLength(1);
    await page.goBack();
    await pages.getByText('Trang 1 / 2').waitFor();
    await resultLinks(page).nth(19).waitFor();
  });

  it('works on a phone: the directory and a profile fit 375 px', async () => {
    const { page } = await b.newPage({ viewport: PHONE });
    await page.goto('/directory?q=nguyen');
    await page.getByRole('status').getByText('Tìm thấy 1 người').waitFor();
    expect(await fitsViewport(page)).toBe(true);
    await expectAccessible(page);
    await page.goto(`/directory/${an}`);
    await page.getByRole('heading', { level: 1, name: 'Nguyễn Văn An' }).waitFor();
    expect(await fitsViewport(page)).toBe(true);
    await expectAccessible(page);
  });
});
