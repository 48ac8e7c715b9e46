import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { Role } from '../../../src/common/access/roles';
import { startTestApp, TestAccount, TestApp, TestAppOptions } from '../../support/test-app';
import { RequestWatchdog } from './request-watchdog';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The accounts' password in tests/support/test-app.ts. */
export const TEST_PASSWORD = 'correct horse battery';

/**
 * Flags that let Debian's Chromium run as root in a sandboxless container with a closed network:
 * without the background-networking ones it keeps trying Google's hosts and gets refused.
 */
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

export const PHONE = { width: 375, height: 812 };
/** A larger phone (390×844), where a sideways-scrolling table was found out of the keyboard's reach. */
export const WIDE_PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export interface BrowserApp {
  baseUrl: string;
  testApp: TestApp;
  browser: Browser;
  /** A new browser context (its own cookies: a second person, or the same person on another device). */
  newContext(options?: {
    viewport?: { width: number; height: number };
    locale?: string;
  }): Promise<BrowserContext>;
  /** A page in a new context, optionally signed in (with an account made for these roles). */
  newPage(options?: {
    as?: Role[] | TestAccount;
    viewport?: { width: number; height: number };
  }): Promise<{ page: Page; context: BrowserContext; account?: TestAccount }>;
  /** Signs the context in through the session API, as the sign-in form does. */
  signIn(context: BrowserContext, as: Role[] | TestAccount): Promise<TestAccount>;
  close(): Promise<void>;
}

/** The real app (real PostgreSQL and Meilisearch, the built web app) on a port, with Chromium to drive it. */
export async function startBrowserApp(options: TestAppOptions = {}): Promise<BrowserApp> {
  const webRoot = join(__dirname, '..', '..', '..', 'dist', 'web', 'index.html');
  if (!existsSync(webRoot))
    throw new Error('The web app is not built: run `npm run build` before the browser tests');
  const testApp = await startTestApp(options);
  await testApp.app.listen(0, '127.0.0.1');
  const { port } = testApp.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  // Playwright gives every launch a new, empty user-data-dir of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });

  const watchdog = new RequestWatchdog(testApp.directDatabaseUrl);
  // Pages of finished tests would go on polling and rendering beside the next test's, starving it on
  // a loaded machine: a test's contexts are closed when the next test opens its first one.
  let contextsOf: string | undefined;
  let openContexts: BrowserContext[] = [];
  const newContext: BrowserApp['newContext'] = async (contextOptions = {}) => {
    const test = expect.getState().currentTestName;
    if (test !== contextsOf) {
      await Promise.all(openContexts.map((context) => context.close().catch(() => undefined)));
      openContexts = [];
      contextsOf = test;
    }
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: contextOptions.viewport ?? DESKTOP,
      locale: contextOptions.locale ?? 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      acceptDownloads: true,
    });
    openContexts.push(context);
    watchdog.watch(context);
    return context;
  };

  const signIn: BrowserApp['signIn'] = async (context, as) => {
    const account = Array.isArray(as) ? await testApp.account(as) : as;
    const response = await context.request.post(`${baseUrl}/api/v1/auth/session`, {
      data: { email: account.email, password: TEST_PASSWORD },
    });
    if (!response.ok()) throw new Error(`sign-in failed: ${response.status()} ${await response.text()}`);
    return account;
  };

  return {
    baseUrl,
    testApp,
    browser,
    newContext,
    signIn,
    async newPage(pageOptions = {}) {
      const context = await newContext({ viewport: pageOptions.viewport });
      const account = pageOptions.as ? await signIn(context, pageOptions.as) : undefined;
      return { page: await context.newPage(), context, account };
    },
    async close() {
      watchdog.stop();
      await browser.close();
      await testApp.close();
    },
  };
}

/** Waits for the page's h1 `name`; when it does not come, fails saying what the page shows instead. */
export async function expectHeading(page: Page, name: string): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name }).waitFor();
  } catch (error) {
    const shown = await page
      .locator('body')
      .innerText()
      .catch(() => '(nothing)');
    throw new Error(`no heading "${name}" at ${page.url()}; the page shows: ${shown.slice(0, 1500)}`, {
      cause: error,
    });
  }
}

/**
 * Waits until Ant Design's opening and closing animations have ended (endless ones, spinners, aside):
 * on a starved machine a click aimed at a dialog still zooming in lands where its target no longer is.
 */
export async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity,
      ),
  );
}

/**
 * Clicks `trigger` until `shown` appears: for buttons that open a dialog, a popconfirm or a menu (which
 * a second click does not undo). On a starved machine the page can shift between Playwright's
 * stability check and its click, which then lands beside the button and does nothing.
 */
export async function clickUntilShown(trigger: Locator, shown: Locator, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await trigger.click();
    try {
      await shown.waitFor({ timeout: 10_000 });
      break;
    } catch (error) {
      if (attempt === attempts) throw error;
    }
  }
  await animationsDone(shown.page());
}

/**
 * Opens the Ant Design select `combobox` and picks the option `option` (its whole text, or a pattern).
 */
export async function chooseOption(combobox: Locator, option: string | RegExp): Promise<void> {
  await clickUntilShown(combobox, listedOption(combobox.page(), option));
  await pickListedOption(combobox.page(), option);
}

/**
 * Picks `option` from the select list open now (opened by a click, or by typing in a searchable
 * select) once it has finished opening, then waits for the list to close, so the next click does not
 * land on a leftover option.
 */
export async function pickListedOption(page: Page, option: string | RegExp): Promise<void> {
  const item = listedOption(page, option);
  await item.waitFor();
  await animationsDone(page);
  await item.click();
  await page.locator(OPEN_SELECT_LIST).waitFor({ state: 'hidden' });
}

const OPEN_SELECT_LIST = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

function listedOption(page: Page, option: string | RegExp): Locator {
  const text = typeof option === 'string' ? new RegExp(`^${escapeRegExp(option)}$`) : option;
  return page.locator(OPEN_SELECT_LIST).locator('.ant-select-item-option').filter({ hasText: text }).first();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * WCAG 2.1 A and AA rules of axe-core on the page as it is now: fails listing every serious or critical
 * violation with the elements it found.
 */
export async function expectAccessible(page: Page): Promise<void> {
  // check the page at rest, not mid-fade: a closing dropdown's half-transparent options fail contrast
  await animationsDone(page);
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // an element Ant Design is still fading in or out (a toast that starts to leave just as the check
    // runs) is half transparent: its contrast says nothing about the page at rest
    .exclude('[class*="-enter"]')
    .exclude('[class*="-appear"]')
    .exclude('[class*="-leave"]')
    .analyze();
  const serious = violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  const report = serious.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(report).toEqual([]);
}

/** True when nothing on the page is wider than the viewport (no sideways scrolling on a phone). */
export async function fitsViewport(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
