import type { BrowserContext } from 'playwright-core';

/** Lighthouse's desktop preset: 40 ms round trip, 10 Mbit/s both ways, no CPU slowdown. */
export const NETWORK = { latencyMs: 40, downloadKbps: 10_240, uploadKbps: 10_240, cpuSlowdown: 1 };

export interface PageTimings {
  /** First Contentful Paint, ms from navigation start. */
  fcp: number;
  /** Largest Contentful Paint, ms. */
  lcp: number;
  /** Total Blocking Time: the part of every long task after FCP beyond 50 ms, summed. */
  tbt: number;
  /** Cumulative Layout Shift (shifts not caused by input). */
  cls: number;
}

/**
 * Collects paint, long-task and layout-shift entries from the first script on (plain JavaScript:
 * the bench compiles without the DOM types).
 */
const OBSERVE = `(() => {
  const perf = (window.__benchPerf = { lcp: 0, cls: 0, longTasks: [] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) perf.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) perf.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) perf.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
})()`;

const READ = `(() => {
  const perf = window.__benchPerf;
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
  const tbt = perf.longTasks
    .filter((task) => task.start + task.duration > fcp)
    .reduce((sum, task) => sum + Math.max(0, task.start + task.duration - Math.max(task.start, fcp) - 50), 0);
  return { fcp, lcp: perf.lcp, tbt, cls: perf.cls };
})()`;

/**
 * One cold load of `path` (empty cache) under NETWORK, until `ready` and two quiet seconds after it
 * (so late long tasks and shifts count), in a page of its own.
 */
export async function timePageLoad(
  context: BrowserContext,
  path: string,
  ready: (page: import('playwright-core').Page) => Promise<void>,
): Promise<PageTimings> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: NETWORK.latencyMs,
      downloadThroughput: (NETWORK.downloadKbps * 1024) / 8,
      uploadThroughput: (NETWORK.uploadKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: NETWORK.cpuSlowdown });
    await page.addInitScript(OBSERVE);
    await page.goto(path);
    await ready(page);
    await page.waitForTimeout(2_000);
    return await page.evaluate<PageTimings>(READ);
  } finally {
    await page.close();
  }
}
