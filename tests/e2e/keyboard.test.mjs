// Every flow with the keyboard alone: Tab reaches each control (no mouse, no programmatic
// focus), typing and arrow keys operate it, and Enter/Space press buttons.
import { after, before, test } from 'node:test';
import { strict as assert } from 'node:assert';
import { expectText, launchBrowser, openApp, serveStatic } from './harness.mjs';
import { startFakeApi } from '../fake-api/server.mjs';

const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const NOW = Math.floor(Date.now() / 1000);
const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const JWT = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({
  aud: 'https://api.security.microsoft.com', iss: `https://sts.windows.net/${TID}/`, tid: TID, ver: '1.0',
  appid: '11111111-2222-3333-4444-555555555555', idtyp: 'app', roles: ['Incident.Read.All'],
  iat: NOW - 60, nbf: NOW - 60, exp: NOW + 3600,
})}.c2lnbmF0dXJl`;

let server;
let api;
let browser;
before(async () => {
  server = await serveStatic();
  api = await startFakeApi({ total: 12 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await api?.close();
  await server?.close();
});

/** Presses Tab (at most `limit` times) until the focused element matches `selector`. */
async function tabTo(page, selector, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** With the select focused, moves through its options with the arrow keys until `value`. */
async function chooseByKeys(page, selector, value) {
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < 80; i += 1) {
      if (await page.inputValue(selector) === value) return;
      await page.keyboard.press(key);
    }
  }
  assert.equal(await page.inputValue(selector), value, selector);
}

async function typeAll(page, text) {
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

test('token flow: navigate, paste, pick an operation, read the verdict', async () => {
  const s = await openApp(browser, server.url, '#/about');
  const { page } = s;
  await tabTo(page, '[data-testid=nav-link][data-route=token]');
  await page.keyboard.press('Enter');
  await expectText(page, '[data-testid=page-heading]', 'Token inspector');
  await tabTo(page, '[data-testid=token-input]');
  await typeAll(page, JWT);
  await page.waitForSelector('[data-testid=decode-status][data-status=ok]');
  await tabTo(page, '[data-testid=operation-select]');
  // Pick "xdr.incidents.list" with the arrow keys only.
  await chooseByKeys(page, '[data-testid=operation-select]', 'xdr.incidents.list');
  await page.waitForSelector('[data-testid=permission-verdict][data-status=pass]');
  await s.ctx.close();
});

test('consent flow: fill the builder and reach the link', async () => {
  const s = await openApp(browser, server.url, '#/consent');
  const { page } = s;
  await tabTo(page, '[data-testid=client-id]');
  await typeAll(page, '11111111-2222-3333-4444-555555555555');
  await tabTo(page, '[data-testid=tenant]');
  await typeAll(page, 'contoso.onmicrosoft.com');
  await tabTo(page, '[data-testid=link-format]');
  await chooseByKeys(page, '[data-testid=link-format]', 'adminconsent');
  await tabTo(page, '[data-testid=redirect-uri]');
  await typeAll(page, 'https://partner.example/consent/callback');
  await tabTo(page, 'a[data-testid=consent-link]');
  const href = await page.getAttribute('a[data-testid=consent-link]', 'href');
  assert.match(href, /^https:\/\/login\.microsoftonline\.com\/contoso\.onmicrosoft\.com\/adminconsent\?client_id=11111111-2222-3333-4444-555555555555/);
  await tabTo(page, '[data-testid=callback-input]');
  await typeAll(page, `https://partner.example/consent/callback?admin_consent=True&tenant=${TID}&state=x`);
  await page.waitForSelector('[data-testid=callback-result][data-outcome=granted]');
  await s.ctx.close();
});

test('incidents flow: configure, fetch with Enter, read the rows', async () => {
  const s = await openApp(browser, server.url, '#/incidents');
  const { page } = s;
  await tabTo(page, '[data-testid=api-kind]');
  await chooseByKeys(page, '[data-testid=api-kind]', 'xdr');
  await tabTo(page, '[data-testid=api-base]');
  await typeAll(page, api.url);
  await tabTo(page, '[data-testid=proxy-mode]');
  await chooseByKeys(page, '[data-testid=proxy-mode]', 'none');
  await tabTo(page, '[data-testid=incidents-token]');
  await typeAll(page, JWT);
  await tabTo(page, '[data-testid=fetch-incidents]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=fetch-status][data-status=done]', { timeout: 20_000 });
  assert.equal(Number(await page.textContent('[data-testid=incident-count]')), 12);
  await tabTo(page, '[data-testid=export-csv]');
  // Open an incident with Enter: the focus lands on the panel's heading, Tab goes on inside the
  // panel, and Escape closes it and gives the focus back to the row it was opened from.
  await tabTo(page, '[data-testid=open-incident]');
  const opener = await page.evaluate(() => document.activeElement.closest('[data-testid=incident-row]').dataset.incidentId);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=incident-detail]');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'incident-detail-heading');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement?.closest('[data-testid=incident-detail]') !== null), 'Tab stays in the panel');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=incident-detail]', { state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-testid=incident-row]')?.dataset.incidentId), opener);
  assert.ok(await page.evaluate(() => document.activeElement?.matches('[data-testid=open-incident]')));
  await s.ctx.close();
});
