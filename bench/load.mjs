// Load to interactive in headless Chromium on localhost: the shipped page and a static HTML page of
// the same byte size, served the same way, loaded in turn (interleaved, so that the shared
// machine's drift hits both alike), median of each and their ratio. The ratio is the figure:
// absolute milliseconds on a shared machine are noise.
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

async function timeLoad(browser, url) {
  const ctx = await browser.newContext(); // cold cache every run
  const page = await ctx.newPage();
  await page.addInitScript(watchInteractive);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__dpkInteractive !== undefined, null, { timeout: 30_000 });
  const t = await page.evaluate(() => window.__dpkInteractive);
  await ctx.close();
  return t;
}

/** Returns { ours, static, ratio, runs }: medians in ms of `runs` interleaved cold loads each. */
export async function measureLoad(browser, distDir, rawBytes, runs = 21) {
  const app = await serveStatic(distDir);
  const dir = await mkdtemp(join(tmpdir(), 'dpk-static-'));
  const head = '<!doctype html><html lang=en><meta charset=utf-8><title>static</title><body><div data-testid=app>static</div><!--';
  const tail = '--></body></html>';
  const filler = 'x'.repeat(Math.max(0, rawBytes - head.length - tail.length));
  await writeFile(join(dir, 'index.html'), head + filler + tail);
  const stat = await serveStatic(dir);
  try {
    for (let i = 0; i < 2; i += 1) { await timeLoad(browser, app.url); await timeLoad(browser, stat.url); } // warm the browser process, not the cache
    const ours = [];
    const base = [];
    for (let i = 0; i < runs; i += 1) {
      ours.push(await timeLoad(browser, app.url));
      base.push(await timeLoad(browser, stat.url));
    }
    return { ours: median(ours), static: median(base), ratio: median(ours) / median(base), runs };
  } finally {
    await app.close();
    await stat.close();
  }
}
