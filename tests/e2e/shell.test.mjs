// Smoke suite for the app shell: routes, languages, theme, persistence, and a clean page
// (no console error, no CSP violation, no request to another origin).
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, assertClean, expectAttr, expectText, openApp, ready, serveStatic, withPageAndBrowser } from './harness.mjs';

const HEADINGS = {
  start: { en: 'Onboard a customer, step by step', ja: '顧客のオンボーディング手順' },
  consent: { en: 'Admin consent links', ja: '管理者の同意リンク' },
  token: { en: 'Token inspector', ja: 'アクセス トークンの検査' },
  incidents: { en: 'Incidents explorer', ja: 'インシデント エクスプローラー' },
  migrate: { en: 'Move to the Graph security API', ja: 'Graph セキュリティ API への移行' },
  about: { en: 'About Defender Partner Kit', ja: 'Defender Partner Kit について' },
};

const env = await withPageAndBrowser();

test('every route renders its heading in both languages, with a clean page', async (t) => {
  const s = await openApp(env.browser, env.server.url, '#/about');
  for (const lang of ['en', 'ja']) {
    await s.page.selectOption('[data-testid=lang-switch]', lang);
    for (const [route, names] of Object.entries(HEADINGS)) {
      await s.page.click(`[data-testid=nav-link][data-route=${route}]`);
      await expectText(s.page, '[data-testid=page-heading]', names[lang]);
      await expectAttr(s.page, `[data-testid=nav-link][data-route=${route}]`, 'aria-current', 'page');
    }
    await expectAttr(s.page, 'html', 'lang', lang);
  }
  await assertClean(t, s, env.server.url);
  await s.ctx.close();
});

test('the landing page is the onboarding loop: five steps, each linking to the page that does it', async (t) => {
  const s = await openApp(env.browser, env.server.url, '#/');
  await expectText(s.page, '[data-testid=page-heading]', HEADINGS.start.en);
  const steps = await s.page.$$eval('[data-testid=start-step]', (els) => els.map((e) => [e.dataset.route, e.querySelector('a').getAttribute('href')]));
  assert.deepEqual(steps, [['consent', '#/consent'], ['consent', '#/consent'], ['consent', '#/consent'], ['token', '#/token'], ['incidents', '#/incidents']]);
  assert.match(await s.page.textContent('[data-testid=retirement-note]'), /2027/);
  await s.page.click('[data-testid=start-step][data-route=token] a');
  await expectText(s.page, '[data-testid=page-heading]', HEADINGS.token.en);
  await assertClean(t, s, env.server.url);
  await s.ctx.close();
});

test('the language follows the browser, then the choice persists across reloads', async (t) => {
  const s = await openApp(env.browser, env.server.url, '#/about', { locale: 'ja-JP' });
  await expectText(s.page, '[data-testid=page-heading]', HEADINGS.about.ja);
  await s.page.selectOption('[data-testid=lang-switch]', 'en');
  await expectText(s.page, '[data-testid=page-heading]', HEADINGS.about.en);
  await s.page.reload();
  await ready(s.page);
  await expectText(s.page, '[data-testid=page-heading]', HEADINGS.about.en);
  assert.equal(await s.page.inputValue('[data-testid=lang-switch]'), 'en');
  await assertClean(t, s, env.server.url);
  await s.ctx.close();
});

test('the theme follows prefers-color-scheme, and a manual choice overrides and persists', async (t) => {
  const s = await openApp(env.browser, env.server.url, '#/about', { colorScheme: 'dark' });
  const bg = () => s.page.evaluate(() => getComputedStyle(document.querySelector('[data-testid=app]')).backgroundColor);
  const darkBg = await bg();
  await s.page.selectOption('[data-testid=theme-switch]', 'light');
  await expectAttr(s.page, '[data-testid=app]', 'data-theme', 'light');
  const lightBg = await bg();
  assert.notEqual(darkBg, lightBg, 'system dark and manual light differ');
  await s.page.reload();
  await ready(s.page);
  await expectAttr(s.page, '[data-testid=app]', 'data-theme', 'light');
  assert.equal(await bg(), lightBg);
  await s.page.selectOption('[data-testid=theme-switch]', 'dark');
  await expectAttr(s.page, '[data-testid=app]', 'data-theme', 'dark');
  assert.equal(await bg(), darkBg);
  await assertClean(t, s, env.server.url);
  await s.ctx.close();
});

test('only settings are stored', async () => {
  const s = await openApp(env.browser, env.server.url, '#/about');
  await s.page.selectOption('[data-testid=lang-switch]', 'ja');
  await s.page.selectOption('[data-testid=theme-switch]', 'dark');
  await expectAttr(s.page, '[data-testid=app]', 'data-theme', 'dark');
  const keys = await s.page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ['dpk.lang', 'dpk.theme']);
  await s.ctx.close();
});

test('an unknown route says so in the page and renders the path as text', async (t) => {
  const s = await openApp(env.browser, env.server.url, '#/<img src=x onerror=alert(1)>');
  await expectText(s.page, '[role=alert]', /<img src=x onerror=alert\(1\)>/);
  assert.equal(await s.page.locator('main img').count(), 0);
  await assertClean(t, s, env.server.url);
  await s.ctx.close();
});

test('the served page has a strict CSP, no inline script and integrity on every script', async (t) => {
  const s = await openApp(env.browser, env.server.url, '#/about');
  const facts = await s.page.evaluate(() => ({
    csp: document.querySelector('meta[http-equiv=Content-Security-Policy]')?.content ?? '',
    referrer: document.querySelector('meta[name=referrer]')?.content,
    scripts: [...document.scripts].map((el) => ({ src: el.getAttribute('src'), integrity: el.integrity, inline: el.textContent.trim() })),
    styles: [...document.querySelectorAll('link[rel=stylesheet]')].map((el) => ({ href: el.href, integrity: el.integrity })),
  }));
  const scriptSrc = facts.csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.ok(scriptSrc, 'script-src present');
  assert.doesNotMatch(scriptSrc, /unsafe-inline|'unsafe-eval'/);
  assert.match(facts.csp, /default-src 'none'/);
  assert.equal(facts.referrer, 'no-referrer');
  assert.ok(facts.scripts.length >= 1);
  for (const el of facts.scripts) {
    assert.match(el.src ?? '', /^\.\//, 'script is a same-origin file');
    assert.match(el.integrity, /^sha384-/, 'script carries integrity');
    assert.equal(el.inline, '', 'no inline code');
  }
  for (const el of facts.styles) {
    assert.ok(el.href.startsWith(env.server.url), `stylesheet from the page's origin: ${el.href}`);
    assert.match(el.integrity, /^sha384-/);
  }
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handler');
  await assertClean(t, s, env.server.url);
  await s.ctx.close();
});

test('the WebAssembly is integrity-checked: one changed byte and the app does not start', async () => {
  const copy = await mkdtemp(join(tmpdir(), 'dpk-tampered-'));
  await cp(DIST, copy, { recursive: true });
  const wasm = (await readdir(copy)).find((f) => f.endsWith('.wasm'));
  const bytes = await readFile(join(copy, wasm));
  bytes[bytes.length - 10] ^= 1; // inside the code: still a valid-looking module
  await writeFile(join(copy, wasm), bytes);
  const server = await serveStatic(copy);
  const ctx = await env.browser.newContext();
  const page = await ctx.newPage();
  try {
    const refused = page.waitForEvent('console', { predicate: (msg) => /integrity/i.test(msg.text()), timeout: 15_000 });
    await page.goto(server.url + '#/about');
    await refused; // the browser refused the module before compiling it
    await page.waitForLoadState('load');
    assert.equal(await page.$('[data-testid=app]'), null, 'the tampered app must not mount');
  } finally {
    await ctx.close();
    await server.close();
    await rm(copy, { recursive: true, force: true });
  }
});
