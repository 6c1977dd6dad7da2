// Hostile input: tokens, redirects and incident fields carrying HTML, <script>, javascript: URLs,
// SVG handlers, RTL and zero-width characters, 1 MB values and deeply nested JSON. Nothing may
// execute (no dialog, no injected element, no CSP violation) and nothing may hang the page for
// more than a second. Also a privacy walk: no token byte in storage, the URL or the console.
// Times are measured in the page (performance.now() around the work), not from this process, so
// a busy machine's round trips do not count; the limits leave a wide margin over the figures of
// an idle one (a few ms for a token, about 100 ms for 1 MB).
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { assertClean, expectText, openApp, storedEverywhere, withPageAndBrowser } from './harness.mjs';

const XSS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  'javascript:window.__pwned=3',
  '<svg onload="window.__pwned=4"></svg>',
  '"><iframe src="javascript:window.__pwned=5">',
  '\u202Eevil\u202C \u200Bzero\u200Dwidth\uFEFF',
];
const b64 = (o) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)).toString('base64url');
const NOW = Math.floor(Date.now() / 1000);
const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const claims = (extra = {}) => ({
  aud: 'https://api.security.microsoft.com', iss: `https://sts.windows.net/${TID}/`, tid: TID, ver: '1.0',
  appid: '11111111-2222-3333-4444-555555555555', idtyp: 'app', roles: ['Incident.ReadWrite.All'],
  iat: NOW - 60, nbf: NOW - 60, exp: NOW + 3600, ...extra,
});
const jwt = (payload, header = { alg: 'RS256', typ: 'JWT' }) => `${b64(header)}.${b64(payload)}.c2lnbmF0dXJl`;

const env = await withPageAndBrowser({ fakeApi: true });

/** Opens a page that records dialogs and every console message (not only errors). */
async function open(hash) {
  const s = await openApp(env.browser, env.server.url, hash);
  s.dialogs = [];
  s.allConsole = [];
  s.page.on('dialog', (d) => { s.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  s.page.on('console', (m) => s.allConsole.push(m.text()));
  return s;
}

async function assertNothingRan(t, s, allowed = []) {
  assert.deepEqual(s.dialogs, [], 'no dialog opened');
  assert.equal(await s.page.evaluate(() => window.__pwned), undefined, 'no injected code ran');
  const injected = await s.page.evaluate(() => document.querySelectorAll('main script, main iframe, main img[onerror], main svg[onload], main [onerror], main [onload]').length);
  assert.equal(injected, 0, 'no injected element');
  const hrefs = await s.page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
  assert.ok(hrefs.every((h) => !/^\s*javascript:/i.test(h)), `no javascript: link: ${hrefs.filter((h) => /javascript:/i.test(h))}`);
  await assertClean(t, s, env.server.url, allowed);
}

/**
 * Does `action` in the page — `{ input: selector, text }` (the text put in as one input event,
 * as a paste is) or `{ click: selector }` — and returns how long, by the page's own clock, it took
 * until `doneSelector` matches and the next frame has been drawn. (No code is passed as a string:
 * the page's CSP forbids eval.)
 */
function timedInPage(page, action, doneSelector) {
  return page.evaluate(async ({ action, doneSelector }) => {
    const start = performance.now();
    if (action.input) {
      const el = document.querySelector(action.input);
      el.value = action.text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      document.querySelector(action.click).click();
    }
    await new Promise((resolve, reject) => {
      const poll = () => {
        if (document.querySelector(doneSelector)) resolve();
        else if (performance.now() - start > 30_000) reject(new Error(`${doneSelector} never appeared`));
        else requestAnimationFrame(poll);
      };
      poll();
    });
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    return performance.now() - start;
  }, { action, doneSelector });
}

/** Puts `text` into the field as a paste would and times the page's answer. */
const timedFill = (page, selector, text, doneSelector) => timedInPage(page, { input: selector, text }, doneSelector);

test('token claims carrying markup, scripts, URLs and bidi characters render as text', async (t) => {
  const s = await open('#/token');
  const payload = claims({ name: XSS.join(' '), upn: XSS[2], [XSS[0]]: XSS[3], groups: XSS, app_displayname: XSS[5] });
  const header = { alg: 'RS256', typ: 'JWT', kid: XSS[1], jku: 'javascript:window.__pwned=6', x5u: XSS[2] };
  const ms = await timedFill(s.page, '[data-testid=token-input]', jwt(payload, header), '[data-testid=decode-status][data-status=ok]');
  t.diagnostic(`hostile token decoded and shown in ${ms.toFixed(1)} ms (in the page)`);
  assert.ok(ms < 1000, `decoded in ${ms.toFixed(1)} ms (in the page)`);
  await expectText(s.page, '[data-testid=payload-json]', /<script>window\.__pwned=2<\/script>/);
  await expectText(s.page, '[data-testid=header-json]', /javascript:window\.__pwned=6/);
  await assertNothingRan(t, s);
  await s.ctx.close();
});

test('a 1 MB claim and 1 000-deep nesting neither crash nor hang the page', async (t) => {
  const s = await open('#/token');
  const big = jwt(claims({ blob: 'A'.repeat(1024 * 1024) }));
  const ms = await timedFill(s.page, '[data-testid=token-input]', big, '[data-testid=decode-status][data-status=ok]');
  t.diagnostic(`1 MB token decoded and shown in ${ms.toFixed(1)} ms (in the page)`);
  assert.ok(ms < 3000, `1 MB token decoded and shown in ${ms.toFixed(1)} ms (in the page)`);
  let nested = '1';
  for (let i = 0; i < 1000; i += 1) nested = `{"a":${nested}}`;
  const deep = `${b64({ alg: 'RS256' })}.${b64(`{"x":${nested}}`)}.c2ln`;
  const ms2 = await timedFill(s.page, '[data-testid=token-input]', deep, '[data-testid=decode-status][data-status=error]');
  t.diagnostic(`1 000-deep nesting refused in ${ms2.toFixed(1)} ms (in the page)`);
  assert.ok(ms2 < 1000, `deep nesting refused in ${ms2.toFixed(1)} ms (in the page)`);
  assert.equal(await s.page.getAttribute('[data-testid=decode-status]', 'data-error-kind'), 'json');
  const huge = `${b64({ alg: 'RS256' })}.${b64('{"n":' + '9'.repeat(5000) + '}')}.c2ln`;
  await timedFill(s.page, '[data-testid=token-input]', huge, '[data-testid=decode-status]:not([data-status=empty])');
  await assertNothingRan(t, s);
  await s.ctx.close();
});

test('the consent redirect reader treats a hostile redirect as text', async (t) => {
  const s = await open('#/consent');
  const url = `https://partner.example/cb?error=${encodeURIComponent(XSS[1])}&error_description=${encodeURIComponent('AADSTS65001: ' + XSS[0] + XSS[5])}&admin_consent=True&tenant=${encodeURIComponent(XSS[2])}`;
  await s.page.fill('[data-testid=callback-input]', url);
  await s.page.waitForSelector('[data-testid=callback-result][data-outcome=error]');
  assert.match(await s.page.textContent('[data-testid=callback-result]'), /onerror=/, 'the description is shown as text');
  // A javascript: URL is read as text like any other address: its parameters say consent was
  // granted for TID, and nothing runs. (The outcome differs from the previous one, so the wait
  // below cannot be satisfied by the earlier result.)
  await s.page.fill('[data-testid=callback-input]', 'javascript:window.__pwned=7//?admin_consent=True&tenant=' + TID);
  await s.page.waitForSelector(`[data-testid=callback-result][data-outcome=granted][data-tenant="${TID}"]`);
  assert.equal(await s.page.getAttribute('[data-testid=callback-result]', 'data-state'), 'absent');
  assert.equal(await s.page.url(), `${env.server.url}#/consent`, 'the page did not navigate');
  await assertNothingRan(t, s);
  await s.ctx.close();
});

test('incident fields carrying markup and javascript: URLs render as text', async (t) => {
  const hostile = {
    incidentId: 4242, incidentName: XSS.join(' '), status: 'Active', severity: XSS[3], classification: XSS[1],
    determination: 'NotAvailable', assignedTo: XSS[2], createdTime: '2026-03-01T12:00:00Z', lastUpdateTime: '2026-03-01T12:00:00Z',
    tags: XSS, comments: [{ comment: XSS[0], createdBy: XSS[4], createdTime: '2026-03-01T12:00:00Z' }],
    incidentUri: 'javascript:window.__pwned=8', redirectIncidentId: null, alerts: [],
  };
  await env.api.fault({ status: 200, body: { value: [hostile] } });
  const s = await open('#/incidents');
  await s.page.selectOption('[data-testid=api-kind]', 'xdr');
  await s.page.fill('[data-testid=api-base]', env.api.url);
  await s.page.selectOption('[data-testid=proxy-mode]', 'none');
  const token = jwt(claims());
  await s.page.fill('[data-testid=incidents-token]', token);
  await s.page.click('[data-testid=fetch-incidents]');
  await s.page.waitForSelector('[data-testid=fetch-status][data-status=done]', { timeout: 20_000 });
  await s.page.waitForSelector('[data-testid=incident-row][data-incident-id="4242"]');
  await expectText(s.page, '[data-testid=incident-row]', /<script>window\.__pwned=2<\/script>/);
  // Open the detail (only open-incident does) so the hostile comments and tags are rendered too.
  await s.page.click('[data-testid=incident-row][data-incident-id="4242"] [data-testid=open-incident]');
  const detail = s.page.locator('[data-testid=incident-detail][data-incident-id="4242"]');
  await detail.waitFor();
  assert.match(await detail.locator('[data-testid=detail-name]').textContent(), /<svg onload="window\.__pwned=4"><\/svg>/);
  const comments = await detail.locator('[data-testid=detail-comments]').textContent();
  assert.ok(comments.includes(XSS[0]) && comments.includes(XSS[4]), `comments shown as text: ${comments}`);
  await assertNothingRan(t, s, [env.api.url]);
  // Privacy walk after the fetch: no token byte in storage, URL, cookies or any console message.
  const body = token.split('.')[1];
  assert.ok(!(await storedEverywhere(s)).includes(body), 'token not stored');
  assert.ok(s.allConsole.every((m) => !m.includes(body)), 'token not logged');
  await s.ctx.close();
});

test('a Graph incident whose incidentWebUrl is javascript: gets no link', async (t) => {
  const hostile = {
    id: '4343', displayName: XSS[0], status: 'active', severity: 'high', classification: 'unknown',
    determination: 'unknown', assignedTo: XSS[1], createdDateTime: '2026-03-01T12:00:00Z',
    lastUpdateDateTime: '2026-03-01T12:00:00Z', customTags: XSS, systemTags: [],
    incidentWebUrl: 'javascript:window.__pwned=9', comments: [{ comment: XSS[2], createdByDisplayName: XSS[3], createdDateTime: '2026-03-01T12:00:00Z' }],
  };
  await env.api.fault({ status: 200, body: { value: [hostile] } });
  const s = await open('#/incidents');
  await s.page.selectOption('[data-testid=api-kind]', 'graph');
  await s.page.fill('[data-testid=api-base]', env.api.url);
  await s.page.selectOption('[data-testid=proxy-mode]', 'none');
  await s.page.fill('[data-testid=incidents-token]', jwt(claims({ aud: 'https://graph.microsoft.com', roles: ['SecurityIncident.ReadWrite.All'] })));
  await s.page.click('[data-testid=fetch-incidents]');
  await s.page.waitForSelector('[data-testid=incident-row][data-incident-id="4343"]', { timeout: 20_000 });
  await s.page.click('[data-testid=incident-row][data-incident-id="4343"] [data-testid=open-incident]');
  const detail = s.page.locator('[data-testid=incident-detail][data-incident-id="4343"]');
  await detail.waitFor();
  assert.equal(await detail.locator('[data-testid=portal-link]').count(), 0, 'no portal link for a javascript: URL');
  assert.match(await detail.locator('[data-testid=detail-comments]').textContent(), /javascript:window\.__pwned=3/);
  await assertNothingRan(t, s, [env.api.url]);
  await s.ctx.close();
});

test('a 1 MB incident field does not hang the incidents table', async (t) => {
  const big = {
    incidentId: 777, incidentName: 'N'.repeat(1024 * 1024), status: 'Active', severity: 'High', classification: 'Unknown',
    determination: 'NotAvailable', assignedTo: 'a'.repeat(1024 * 1024), createdTime: '2026-03-01T12:00:00Z',
    lastUpdateTime: '2026-03-01T12:00:00Z', tags: ['t'.repeat(100_000)], comments: [], alerts: [],
  };
  await env.api.fault({ status: 200, body: { value: [big] } });
  const s = await open('#/incidents');
  await s.page.selectOption('[data-testid=api-kind]', 'xdr');
  await s.page.fill('[data-testid=api-base]', env.api.url);
  await s.page.selectOption('[data-testid=proxy-mode]', 'none');
  await s.page.fill('[data-testid=incidents-token]', jwt(claims()));
  await s.page.click('[data-testid=fetch-incidents]');
  await s.page.waitForSelector('[data-testid=incident-row][data-incident-id="777"]', { timeout: 20_000 });
  // Opening the detail of the 1 MB incident, and the next frame after it, timed in the page.
  const ms = await timedInPage(s.page, { click: '[data-testid=incident-row][data-incident-id="777"] [data-testid=open-incident]' },
    '[data-testid=incident-detail][data-incident-id="777"]');
  t.diagnostic(`detail of a 1 MB incident shown in ${ms.toFixed(1)} ms (in the page)`);
  assert.ok(ms < 3000, `detail of a 1 MB incident shown in ${ms.toFixed(1)} ms (in the page)`);
  // A search word that matches nothing: searching 2 MB of text, then the row leaves the table.
  const typed = await timedFill(s.page, '[data-testid=filter-search]', 'zzzz',
    'main:not(:has([data-testid=incident-row][data-incident-id="777"]))');
  t.diagnostic(`searching the 1 MB incident in ${typed.toFixed(1)} ms (in the page)`);
  assert.ok(typed < 1000, `searching the 1 MB incident in ${typed.toFixed(1)} ms (in the page)`);
  await assertNothingRan(t, s, [env.api.url]);
  await s.ctx.close();
});

test('privacy: reading a redirect with an authorization code and saving the customer stores no code', async (t) => {
  const s = await open('#/consent');
  const code = 'M.C507_SECRET-AUTH-CODE-0123456789abcdefghijklmnopqrstuvwxyz';
  await s.page.fill('[data-testid=callback-input]',
    `https://partner.example/cb?admin_consent=True&tenant=${TID}&code=${code}&session_state=s1&state=x`);
  await s.page.waitForSelector(`[data-testid=callback-result][data-outcome=code][data-tenant="${TID}"]`);
  // Save the customer from the redirect, so that the roster really holds a row when storage is read.
  await s.page.click('[data-testid=roster-add-from-redirect]');
  assert.equal(await s.page.inputValue('[data-testid=customer-tenant]'), TID);
  await s.page.fill('[data-testid=customer-name]', 'Contoso');
  await s.page.click('[data-testid=customer-save]');
  await s.page.waitForSelector(`[data-testid=roster-row][data-tenant="${TID}"]`);
  assert.equal(await s.page.locator('[data-testid=roster-row]').count(), 1);
  const saved = await storedEverywhere(s);
  assert.ok(saved.includes(TID) && saved.includes('Contoso'), 'the customer is stored');
  assert.ok(!saved.includes(code), 'the authorization code is not stored with the customer');
  await s.page.reload();
  await s.page.waitForSelector('[data-testid=page-heading]');
  await s.page.waitForSelector(`[data-testid=roster-row][data-tenant="${TID}"]`);
  const stored = await storedEverywhere(s);
  assert.ok(!stored.includes(code), 'the authorization code is not stored or in the URL');
  assert.ok(s.allConsole.every((m) => !m.includes(code)), 'the code is not logged');
  assert.equal(await s.page.locator('main').evaluate((m, c) => m.textContent.includes(c), code), false, 'the code is not shown after reload');
  await assertNothingRan(t, s);
  await s.ctx.close();
});
