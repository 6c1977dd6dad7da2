// Load to interactive in headless Chromium on localhost, median of 10 cold loads, and its ratio
// to a static HTML page of the same byte size served the same way.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../tests/e2e/harness.mjs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

async function timeLoads(browser, url, runs) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const ctx = await browser.newContext(); // cold cache every run
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('[data-testid=app]', { timeout: 30_000 });
    // Interactive: the app has mounted its controls and the main thread is free to answer input.
    times.push(await page.evaluate(() => new Promise((ok) => setTimeout(() => ok(performance.now()), 0))));
    await ctx.close();
  }
  return times;
}

/** Returns { ours, static, ratio } medians in ms. */
export async function measureLoad(browser, distDir, rawBytes, runs = 10) {
  const app = await serveStatic(distDir);
  const dir = await mkdtemp(join(tmpdir(), 'dpk-static-'));
  const head = '<!doctype html><html lang=en><meta charset=utf-8><title>static</title><body><div data-testid=app>static</div><!--';
  const tail = '--></body></html>';
  const filler = 'x'.repeat(Math.max(0, rawBytes - head.length - tail.length));
  await writeFile(join(dir, 'index.html'), head + filler + tail);
  const stat = await serveStatic(dir);
  try {
    await timeLoads(browser, app.url + '#/about', 2); // warm the browser process, not the cache
    const ours = median(await timeLoads(browser, app.url + '#/about', runs));
    const base = median(await timeLoads(browser, stat.url, runs));
    return { ours, static: base, ratio: ours / base };
  } finally {
    await app.close();
    await stat.close();
  }
}
