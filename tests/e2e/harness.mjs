// End-to-end harness: serves the release build (dist/) on 127.0.0.1, drives Debian's Chromium
// with playwright-core (which never downloads a browser), and records everything a test needs to
// assert that the page is clean: console errors, page errors, CSP violations, every request.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const DIST = resolve(process.env.DPK_DIST ?? 'dist');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` as a static site on 127.0.0.1 (a free port). Returns { url, close, requests }. */
export async function serveStatic(root = DIST) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const s = await stat(file);
      if (!s.isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((ok) => server.close(ok)) };
}

/** Launches Debian's Chromium headless with the flags this machine's closed network needs. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

// Every session openApp opens is checked after each test (see the afterEach below): a console
// error or warning, or an uncaught page error, fails the test unless the test said it expects
// that message with expectConsole.
const SESSIONS = new Set();

/**
 * Declares that the current test expects console errors or warnings matching `pattern` in
 * `session` (e.g. Chromium's "Failed to load resource" line for an API answering 500), and why.
 * They no longer fail the test; a declared pattern that never appears does.
 */
export function expectConsole(session, pattern, why) {
  if (!why) throw new Error('expectConsole needs a reason');
  session.expectedConsole.push({ pattern, why, seen: false });
}

/** The entries of `messages` that no expectConsole of the session explains (marks the ones seen). */
function unexpectedConsole(session, messages) {
  return messages.filter((m) => {
    const e = session.expectedConsole.find((x) => x.pattern.test(m));
    if (e) e.seen = true;
    return !e;
  });
}

/**
 * The checks every test gets: no console error or warning and no page error in any page it
 * opened, beyond the ones it declared; and every declared one appeared. Messages are checked once
 * (a page shared by several tests is checked after each for what is new).
 */
export function consoleProblems() {
  const problems = [];
  for (const s of SESSIONS) {
    const fresh = s.console.slice(s.checked);
    s.checked = s.console.length;
    const errors = s.pageErrors.slice(s.checkedErrors);
    s.checkedErrors = s.pageErrors.length;
    for (const m of unexpectedConsole(s, fresh)) problems.push(`console ${m}`);
    for (const e of errors) problems.push(`page error: ${e}`);
    for (const e of s.expectedConsole) if (!e.seen) problems.push(`expected console message never came: ${e.pattern} (${e.why})`);
    s.expectedConsole = [];
    if (s.page.isClosed()) SESSIONS.delete(s);
  }
  return problems;
}

// Registered for every test file that imports the harness under node's test runner (scripts that
// import it, such as the benchmarks, are left alone).
if (process.env.NODE_TEST_CONTEXT || /\.test\.mjs$/.test(process.argv[1] ?? '')) {
  const { afterEach } = await import('node:test');
  afterEach(() => {
    const problems = consoleProblems();
    if (problems.length) throw new Error(`the page was not clean:\n${problems.join('\n')}`);
  });
}

/**
 * Opens the page at `url` + `hash` in a fresh context (fresh storage) and records:
 * `console` (errors and warnings), `pageErrors`, `csp` (securitypolicyviolation events), `requests` (URLs).
 * Options: locale (e.g. 'ja-JP'), colorScheme ('light' | 'dark'), context (reuse one).
 */
export async function openApp(browser, url, hash = '#/', { locale = 'en-US', colorScheme = 'light', context } = {}) {
  const ctx = context ?? await browser.newContext({ locale, colorScheme });
  const page = await ctx.newPage();
  const session = { ctx, page, console: [], pageErrors: [], requests: [], expectedConsole: [], checked: 0, checkedErrors: 0 };
  page.on('console', (msg) => { if (['error', 'warning'].includes(msg.type())) session.console.push(`${msg.type()}: ${msg.text()}`); });
  page.on('pageerror', (err) => session.pageErrors.push(String(err)));
  SESSIONS.add(session);
  page.on('request', (req) => session.requests.push(req.url()));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url + hash);
  await ready(page);
  return session;
}

/** Waits until the app has mounted (the shell carries data-testid=app). */
export async function ready(page) {
  await page.waitForSelector('[data-testid=app]', { timeout: 30_000 });
}

/** CSP violations seen by the page so far. */
export function cspViolations(page) {
  return page.evaluate(() => window.__csp ?? []);
}

/** Requests to any origin other than the page's own (and `allowed` extra origins). */
export function foreignRequests(session, pageUrl, allowed = []) {
  const origins = new Set([new URL(pageUrl).origin, ...allowed]);
  return session.requests.filter((u) => !u.startsWith('data:') && !origins.has(new URL(u).origin));
}

/** Asserts the page stayed clean: no console error or warning, page error, CSP violation or foreign request. */
export async function assertClean(t, session, pageUrl, allowedOrigins = []) {
  const { strict: assert } = await import('node:assert');
  assert.deepEqual(session.pageErrors, [], 'page errors');
  assert.deepEqual(unexpectedConsole(session, session.console), [], 'console errors and warnings');
  assert.deepEqual(await cspViolations(session.page), [], 'CSP violations');
  assert.deepEqual(foreignRequests(session, pageUrl, allowedOrigins), [], 'requests to other origins');
}

/** Every string the page stored: localStorage, sessionStorage, cookies, IndexedDB names, URL. */
export async function storedEverywhere(session) {
  const { page, ctx } = session;
  const web = await page.evaluate(async () => {
    const dump = (s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`);
    const dbs = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [];
    return { local: dump(localStorage), session: dump(sessionStorage), cookie: document.cookie, idb: dbs, url: location.href };
  });
  const cookies = (await ctx.cookies()).map((c) => `${c.name}=${c.value}`);
  return [...web.local, ...web.session, web.cookie, ...web.idb, web.url, ...cookies].join('\n');
}

/**
 * Waits (up to `timeout` ms) until the first element matching `selector` has exactly `expected`
 * as text (a RegExp is matched instead), then returns it; on timeout fails with the actual text.
 * The page re-renders asynchronously after input, so assertions wait instead of sleeping.
 */
export async function expectText(page, selector, expected, timeout = 5_000) {
  const { strict: assert } = await import('node:assert');
  const matches = (text) => (expected instanceof RegExp ? expected.test(text ?? '') : text === expected);
  const deadline = Date.now() + timeout;
  let text;
  while (Date.now() < deadline) {
    text = await page.locator(selector).first().textContent({ timeout }).catch(() => null);
    if (matches(text)) return text;
    await page.waitForTimeout(25);
  }
  if (expected instanceof RegExp) assert.match(text ?? '', expected, selector);
  else assert.equal(text, expected, selector);
  return text;
}

/** Like expectText, for an attribute. */
export async function expectAttr(page, selector, name, expected, timeout = 5_000) {
  const { strict: assert } = await import('node:assert');
  const deadline = Date.now() + timeout;
  let value;
  while (Date.now() < deadline) {
    value = await page.locator(selector).first().getAttribute(name, { timeout }).catch(() => null);
    if (value === expected) return value;
    await page.waitForTimeout(25);
  }
  assert.equal(value, expected, `${selector} [${name}]`);
  return value;
}

/**
 * Runs axe-core (from node_modules, evaluated through the DevTools protocol, so the page's CSP
 * is untouched) on the current page; returns the serious and critical violations.
 */
export async function axeSeriousViolations(page) {
  const { readFile } = await import('node:fs/promises');
  const source = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Registers the usual suite set-up: the release build served on 127.0.0.1 and one Chromium, both
 * closed after the suite. With `fakeApi`, also the fake incidents API (`env.api`), reset to its
 * defaults before each test. Returns an object whose fields are set before tests run.
 */
export async function withPageAndBrowser({ fakeApi = false } = {}) {
  const { before, after, beforeEach } = await import('node:test');
  const env = {};
  before(async () => {
    env.server = await serveStatic();
    if (fakeApi) env.api = await (await import('../fake-api/server.mjs')).startFakeApi();
    env.browser = await launchBrowser();
  });
  if (fakeApi) beforeEach(async () => { await env.api.reset(); });
  after(async () => {
    await env.browser?.close();
    await env.api?.close();
    await env.server?.close();
  });
  return env;
}
