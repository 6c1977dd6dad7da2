// Load to interactive in headless Chromium on localhost, median of 10 cold loads, and its ratio
// to a static HTML page of the same byte size served the same way.
//
// "Interactive" is timed inside the page, from the navigation's start (performance.timeOrigin):
// an init script watches the DOM and, as soon as the app's root element
// ([data-testid=app]) exists, waits for the main thread to be free (a zero-delay timer) and
// records performance.now(). Reading the clock from the test driver instead would add two
// DevTools round trips (tens of ms on a small machine) to both figures.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../tests/e2e/harness.mjs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

function watchInteractive() {
  const seen = () => {
    if (!document.querySelector('[data-testid=app]')) return false;
    setTimeout(() => { window.__dpkInteractive = performance.now(); }, 0);
    return true;
  };
  const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
}

async function timeLoads(browser, url, runs) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const ctx = await browser.newContext(); // cold cache every run
    const page = await ctx.newPage();
    await page.addInitScript(watchInteractive);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__dpkInteractive !== undefined, null, { timeout: 30_000 });
    times.push(await page.evaluate(() => window.__dpkInteractive));
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
