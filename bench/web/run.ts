import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { chromium, type Page } from 'playwright-core';
import { ensureTraversableDir } from '../../src/platform/embedded/local-files';
import { findProjectRoot } from '../../src/platform/project-root';
import { login } from '../api-client';
import { startApi } from '../api-process';
import { parseArgs } from '../args';
import { bulkLoad } from '../bulk-load';
import { machineInfo } from '../machine';
import { waitUntilSearchable } from '../phases/indexing';
import { QuerySource } from '../queries';
import { startBenchServices } from '../services';
import { percentile } from '../stats';
import { weigh, type ScriptWeight } from './bundle-size';
import { NETWORK, timePageLoad, type PageTimings } from './page-timings';

/**
 * `npm run bench:web`: the web app at 100k profiles (or --size), in Debian's Chromium. Measures the
 * JavaScript the landing page and the expert search page load (gzip), and the time from the last
 * keystroke of a query to its results on screen, and from that search request's start.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const QUERIES = Number(process.env.BENCH_WEB_QUERIES ?? 60);
const PAGE_LOADS = 5;
const STAFF_PASSWORD = 'bench-association-2026';

interface Timing {
  /** keydown of the last key → results for the whole query rendered. */
  total: number;
  /** the search request's start → results rendered: the API, Meilisearch and React's render. */
  fromRequest: number;
}

async function main(): Promise<void> {
  const root = findProjectRoot(__dirname);
  const args = parseArgs(process.argv.slice(2), join(root, 'bench', 'results'));
  const dir = await mkdtemp(join(tmpdir(), 'tkh-bench-web-'));
  await ensureTraversableDir(dir);
  const step = (message: string) => console.log(`[bench:web] ${message}`);
  const services = await startBenchServices(dir, process.env);
  const api = await startApi(root, services);
  const pool = new Pool({ connectionString: services.databaseUrl, max: 4 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const origin = api.baseUrl.replace(/\/api\/v1$/, '');
    const admin = await login(api.baseUrl, api.adminEmail, api.adminPassword);
    step(`bulk-loading ${args.profiles} generated profiles`);
    const source = new QuerySource(Math.max(1, Math.floor(args.profiles / 2_000)));
    await bulkLoad(
      pool,
      { seed: args.seed, asOfYear: new Date().getFullYear() },
      args.profiles,
      (p, ids, from) => source.add(p, ids, from),
    );
    await waitUntilSearchable(admin, args.profiles, 60_000 + args.profiles * 30);
    const staff = { email: 'bench-association@trithuc.khanhhoa.local', password: STAFF_PASSWORD };
    const created = await admin.send('POST', '/accounts', {
      ...staff,
      displayName: 'Bench association staff',
      roles: ['association_staff'],
    });
    if (created.status !== 201) throw new Error(`creating the staff account: ${created.status}`);

    const context = await browser.newContext({ baseURL: origin, viewport: { width: 1280, height: 900 } });
    const signedIn = await context.request.post('/api/v1/auth/session', { data: staff });
    if (!signedIn.ok()) throw new Error(`sign-in: ${signedIn.status()} ${await signedIn.text()}`);
    const page = await context.newPage();
    const webRoot = join(root, 'dist', 'web');

    step('weighing the JavaScript of the landing page and the search page');
    const landing = await scriptsOf(page, webRoot, '/', async () => {
      await page.getByRole('heading', { level: 1 }).waitFor();
    });
    const search = await scriptsOf(page, webRoot, '/experts', async () => {
      await page
        .getByRole('status')
        .getByText(/Tìm thấy/)
        .waitFor();
    });

    step(`timing ${PAGE_LOADS} cold loads of each page (Lighthouse desktop network: 40 ms, 10 Mbit/s)`);
    const resultsShown = async (loaded: Page) => {
      await loaded
        .getByRole('status')
        .getByText(/Tìm thấy/)
        .waitFor();
    };
    const headingShown = async (loaded: Page) => {
      await loaded.getByRole('heading', { level: 1 }).waitFor();
    };
    const pageTimings = {
      network: NETWORK,
      landing: medianTimings(await repeat(PAGE_LOADS, () => timePageLoad(context, '/', headingShown))),
      search: medianTimings(await repeat(PAGE_LOADS, () => timePageLoad(context, '/experts', resultsShown))),
    };

    const queries = source
      .mix(QUERIES * 3, args.seed)
      .filter((spec) => spec.q && Object.keys(spec.filters).length === 0 && spec.q.length >= 3)
      .slice(0, QUERIES)
      .map((spec) => spec.q!);
    step(`typing ${queries.length} queries into /experts and timing the last keystroke to results`);
    const timings: Timing[] = [];
    for (const q of queries) timings.push(await timeLastKeystroke(page, q));

    const summary = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const round = (value: number) => Math.round(value * 10) / 10;
      return {
        p50: round(percentile(sorted, 50)),
        p95: round(percentile(sorted, 95)),
        max: round(sorted.at(-1)!),
      };
    };
    const report = {
      startedAt: new Date().toISOString(),
      profiles: args.profiles,
      machine: machineInfo(),
      // a shared machine: the 1-minute load average says how much else ran beside the browser
      loadAverageAtEnd: loadavg()[0],
      scripts: { landing, search },
      pageTimings,
      keystrokeToResults: {
        queries: timings.length,
        totalMs: summary(timings.map((timing) => timing.total)),
        fromRequestMs: summary(timings.map((timing) => timing.fromRequest)),
      },
    };
    console.log(JSON.stringify(report, null, 2));
    await mkdir(join(root, 'bench', 'results'), { recursive: true });
    const file = join(
      root,
      'bench',
      'results',
      `bench-web-${args.label}-${report.startedAt.replace(/[:.]/g, '-')}.json`,
    );
    await writeFile(file, JSON.stringify(report, null, 2));
    step(`results: ${file}`);
  } finally {
    await browser.close();
    await pool.end();
    await api.stop();
    await services.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function repeat<T>(times: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < times; i++) results.push(await run());
  return results;
}

/** Each figure's median over the loads (Lighthouse reports one run; the median steadies a shared machine). */
function medianTimings(runs: PageTimings[]): PageTimings {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return Math.round(percentile(sorted, 50) * 1000) / 1000;
  };
  return {
    fcp: median(runs.map((run) => run.fcp)),
    lcp: median(runs.map((run) => run.lcp)),
    tbt: median(runs.map((run) => run.tbt)),
    cls: median(runs.map((run) => run.cls)),
  };
}

/** The scripts a fresh load of `path` fetches (no cache), weighed from dist/web. */
async function scriptsOf(
  page: Page,
  webRoot: string,
  path: string,
  ready: () => Promise<void>,
): Promise<ScriptWeight> {
  const urls: string[] = [];
  const onResponse = (response: { url(): string }) => {
    if (response.url().includes('/assets/') && response.url().endsWith('.js')) urls.push(response.url());
  };
  page.on('response', onResponse);
  await page.goto('about:blank');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  await page.goto(path);
  await ready();
  page.off('response', onResponse);
  return weigh(webRoot, urls);
}

/**
 * Types all but the last letter, waits for those results, then presses the last key and measures in
 * the page: keydown → the results region no longer busy with the response for the whole query.
 */
async function timeLastKeystroke(page: Page, q: string): Promise<Timing> {
  await page.goto(`/experts?q=${encodeURIComponent(q.slice(0, -1))}`);
  await page
    .getByRole('status')
    .getByText(/Tìm thấy/)
    .waitFor();
  await idle(page);
  const box = page.getByRole('searchbox');
  await box.focus();
  await box.press('End');
  const measured = page.evaluate<Timing>(`(${MEASURE_IN_PAGE})(${JSON.stringify(q)})`);
  await box.press(q.slice(-1) === ' ' ? 'Space' : q.slice(-1));
  return measured;
}

/** Lets the page settle between measurements (no request in flight, a frame drawn). */
async function idle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => resolve()))');
}

/**
 * Runs in the page (plain JavaScript: the bench compiles without the DOM types). Resolves once the
 * results of the whole query are on screen, timed from the keydown and from the start of the search
 * request for it (its Resource Timing entry, same clock).
 */
const MEASURE_IN_PAGE = `(query) => new Promise((resolve, reject) => {
  let keydown = 0;
  document.activeElement.addEventListener('keydown', () => (keydown = performance.now()), { once: true });
  const check = () => {
    // Resource Timing adds an entry when its response has arrived; the results region stops being
    // busy in the render that shows that response.
    const request = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.includes('/api/v1/search/intellectuals?') && new URL(entry.name).searchParams.get('q') === query);
    const section = document.querySelector('section[aria-busy]');
    if (!keydown || !request || section?.getAttribute('aria-busy') !== 'false') return;
    const rendered = performance.now();
    observer.disconnect();
    clearTimeout(timer);
    resolve({ total: rendered - keydown, fromRequest: rendered - request.startTime });
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const timer = setTimeout(() => reject(new Error('no results for ' + query + ' within 10 s')), 10000);
})`;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
