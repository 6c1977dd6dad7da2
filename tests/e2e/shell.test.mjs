// Smoke suite for the app shell: routes, languages, theme, persistence, and a clean page
// (no console error, no CSP violation, no request to another origin).
import { after, before, test } from 'node:test';
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, assertClean, launchBrowser, openApp, ready, serveStatic } from './harness.mjs';

const HEADINGS = {
  consent: { en: 'Admin consent links', ja: '管理者の同意リンク' },
  token: { en: 'Token inspector', ja: 'アクセス トークンの検査' },
  incidents: { en: 'Incidents explorer', ja: 'インシデント エクスプローラー' },
  about: { en: 'About Defender Partner Kit', ja: 'Defender Partner Kit について' },
};

let server;
let browser;
before(async () => {
  server = await serveStatic();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const heading = (page) => page.locator('[data-testid=page-heading]').textContent();

test('every route renders its heading in both languages, with a clean page', async (t) => {
  const s = await openApp(browser, server.url, '#/about');
  for (const lang of ['en', 'ja']) {
    await s.page.selectOption('[data-testid=lang-switch]', lang);
    for (const [route, names] of Object.entries(HEADINGS)) {
      await s.page.click(`[data-testid=nav-link][data-route=${route}]`);
      await s.page.waitForFunction((h) => location.hash === h, `#/${route}`);
      assert.equal(await heading(s.page), names[lang], `${route} in ${lang}`);
      assert.equal(await s.page.getAttribute(`[data-testid=nav-link][data-route=${route}]`, 'aria-current'), 'page');
    }
    assert.equal(await s.page.getAttribute('html', 'lang'), lang);
  }
  await assertClean(t, s, server.url);
  await s.ctx.close();
});

test('the language follows the browser, then the choice persists across reloads', async (t) => {
  const s = await openApp(browser, server.url, '#/about', { locale: 'ja-JP' });
  assert.equal(await heading(s.page), HEADINGS.about.ja);
  await s.page.selectOption('[data-testid=lang-switch]', 'en');
  assert.equal(await heading(s.page), HEADINGS.about.en);
  await s.page.reload();
  await ready(s.page);
  assert.equal(await heading(s.page), HEADINGS.about.en);
  assert.equal(await s.page.inputValue('[data-testid=lang-switch]'), 'en');
  await assertClean(t, s, server.url);
  await s.ctx.close();
});

test('the theme follows prefers-color-scheme, and a manual choice overrides and persists', async (t) => {
  const s = await openApp(browser, server.url, '#/about', { colorScheme: 'dark' });
  const bg = () => s.page.evaluate(() => getComputedStyle(document.querySelector('[data-testid=app]')).backgroundColor);
  const darkBg = await bg();
  await s.page.selectOption('[data-testid=theme-switch]', 'light');
  assert.equal(await s.page.getAttribute('[data-testid=app]', 'data-theme'), 'light');
  const lightBg = await bg();
  assert.notEqual(darkBg, lightBg, 'system dark and manual light differ');
  await s.page.reload();
  await ready(s.page);
  assert.equal(await s.page.getAttribute('[data-testid=app]', 'data-theme'), 'light');
  assert.equal(await bg(), lightBg);
  await s.page.selectOption('[data-testid=theme-switch]', 'dark');
  assert.equal(await bg(), darkBg);
  await assertClean(t, s, server.url);
  await s.ctx.close();
});

test('only settings are stored', async () => {
  const s = await openApp(browser, server.url, '#/about');
  await s.page.selectOption('[data-testid=lang-switch]', 'ja');
  await s.page.selectOption('[data-testid=theme-switch]', 'dark');
  const keys = await s.page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ['dpk.lang', 'dpk.theme']);
  await s.ctx.close();
});

test('an unknown route says so in the page and renders the path as text', async (t) => {
  const s = await openApp(browser, server.url, '#/<img src=x onerror=alert(1)>');
  const alert = s.page.locator('[role=alert]');
  assert.match(await alert.textContent(), /<img src=x onerror=alert\(1\)>/);
  assert.equal(await s.page.locator('main img').count(), 0);
  await assertClean(t, s, server.url);
  await s.ctx.close();
});

test('the built page has a strict CSP, no inline script and integrity on every script', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.ok(scriptSrc, 'script-src present');
  assert.doesNotMatch(scriptSrc, /unsafe-inline|'unsafe-eval'/);
  assert.match(csp, /default-src 'none'/);
  assert.match(html, /<meta name="referrer" content="no-referrer"/);
  for (const tag of html.match(/<script[^>]*>/g)) {
    assert.match(tag, /\bsrc="\.\//, `script is a same-origin file: ${tag}`);
    assert.match(tag, /integrity="sha384-/, `script carries integrity: ${tag}`);
  }
  assert.doesNotMatch(html, /https?:\/\/(?!127\.0\.0\.1|localhost)[^"' ]*\.(js|css|woff2?)/, 'no third-party asset');
});
