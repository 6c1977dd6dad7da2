// End-to-end: the consent page against the release build. Build a link and read its QR code,
// with no network request while typing; read a redirect back into the customer roster; reload
// and find the roster intact; nothing secret is stored anywhere.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { assertClean, expectAttr, expectText, openApp, ready, storedEverywhere, withPageAndBrowser } from './harness.mjs';

const APP = '11112222-3333-4444-5555-666677778888';
const TENANT = 'fa00d692-e9c7-4460-a743-29f2956fd429';
const TENANT2 = 'a8990e1f-ff32-408a-9f8e-78d3b9139b95';

const env = await withPageAndBrowser();

test('builds a link with its QR code, and requests nothing while doing so', async (t) => {
  const s = await openApp(env.browser, env.server.url, '#/consent');
  await s.page.selectOption('[data-testid=lang-switch]', 'en');
  await s.page.waitForSelector('[data-testid=consent-error]');
  const before = s.requests.length;

  await s.page.fill('[data-testid=client-id]', APP);
  await s.page.selectOption('[data-testid=link-format]', 'v2-adminconsent');
  await s.page.fill('[data-testid=tenant]', 'common');
  await expectText(s.page, '[data-testid=consent-error]', /common/);
  await s.page.fill('[data-testid=tenant]', TENANT);
  await s.page.fill('[data-testid=redirect-uri]', 'https://partner.example/consent/callback');
  await s.page.selectOption('[data-testid=api]', 'xdr');
  await s.page.selectOption('[data-testid=cloud]', 'usgov');
  await s.page.fill('[data-testid=state]', 'e2e-state');
  await expectAttr(s.page, 'a[data-testid=consent-link]', 'href',
    `https://login.microsoftonline.us/${TENANT}/v2.0/adminconsent?client_id=${APP}` +
    '&scope=https%3A%2F%2Fapi-gov.security.microsoft.us%2F.default' +
    '&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=e2e-state');
  assert.equal(await s.page.locator('[data-testid=consent-error]').count(), 0);

  const qr = s.page.locator('svg[data-testid=consent-qr]');
  assert.equal(await qr.count(), 1);
  const d = await qr.locator('path').getAttribute('d');
  assert.match(d, /^M4 4h7v1h-7z[Mhvz0-9 -]+$/, 'finder pattern drawn from numbers');
  const box = await qr.boundingBox();
  assert.ok(box.width > 100 && box.height > 100, 'the QR code is visible');

  // Snippets and the admin message follow along, still without a request.
  await expectText(s.page, '[data-testid=snippet][data-lang=curl]', /api-gov\.security\.microsoft\.us\/\.default/);
  await expectText(s.page, '[data-testid=admin-message]', /Global Administrator/);
  assert.deepEqual(s.requests.slice(before), [], 'no request while building the link');

  // The share link carries the non-secret inputs (never the state); the address bar is left
  // alone while typing, and opening the share link fills the form again.
  assert.equal(new URL(s.page.url()).hash, '#/consent');
  const share = await s.page.getAttribute('[data-testid=share-link]', 'href');
  assert.match(share, /^#\/consent\?format=v2-adminconsent&cloud=usgov&api=xdr&client_id=/);
  assert.doesNotMatch(share, /state/);
  await assertClean(t, s, env.server.url);
  const other = await openApp(env.browser, env.server.url, share, { context: s.ctx });
  assert.equal(await other.page.inputValue('[data-testid=tenant]'), TENANT);
  assert.equal(await other.page.inputValue('[data-testid=cloud]'), 'usgov');
  assert.notEqual(await other.page.inputValue('[data-testid=state]'), 'e2e-state', 'a new state, not a shared one');
  await s.ctx.close();
});

test('reads a redirect back into the roster, which survives a reload', async (t) => {
  const s = await openApp(env.browser, env.server.url, `#/consent?client_id=${APP}&cloud=global&api=graph`);
  await s.page.selectOption('[data-testid=lang-switch]', 'en');
  const state = await s.page.inputValue('[data-testid=state]');
  assert.match(state, /^[A-Za-z0-9_-]{22}$/, 'a fresh random state');

  await s.page.fill('[data-testid=callback-input]',
    `https://partner.example/consent/callback?admin_consent=True&error=consent_required&error_description=AADSTS65004%3a+declined&state=${state}`);
  await expectAttr(s.page, '[data-testid=callback-result]', 'data-outcome', 'error');
  await expectAttr(s.page, '[data-testid=callback-result]', 'data-aadsts', '65004');

  await s.page.fill('[data-testid=callback-input]',
    `https://partner.example/consent/callback#admin_consent=True&tenant=${TENANT}&state=${state}`);
  await expectAttr(s.page, '[data-testid=callback-result]', 'data-outcome', 'granted');
  await expectAttr(s.page, '[data-testid=callback-result]', 'data-tenant', TENANT);
  await expectAttr(s.page, '[data-testid=callback-result]', 'data-state', 'match');

  await s.page.click('[data-testid=roster-add-from-redirect]');
  assert.equal(await s.page.inputValue('[data-testid=customer-tenant]'), TENANT);
  await s.page.fill('[data-testid=customer-name]', 'Contoso');
  await s.page.click('[data-testid=customer-save]');
  await s.page.waitForSelector('[data-testid=roster-row]');
  assert.equal(await s.page.locator('[data-testid=roster-row]').count(), 1);

  await s.page.reload();
  await ready(s.page);
  await expectAttr(s.page, '[data-testid=roster-row]', 'data-tenant', TENANT);
  await expectAttr(s.page, '[data-testid=roster-row]', 'data-status', 'granted');
  assert.equal(await s.page.locator('[data-testid=roster-row]').count(), 1);
  assert.equal(await s.page.inputValue('[data-testid=callback-input]'), '', 'the pasted URL is not kept');
  assert.notEqual(await s.page.inputValue('[data-testid=state]'), state, 'a reload draws a new state');

  const stored = await storedEverywhere(s);
  assert.ok(stored.includes(TENANT), 'the roster is stored');
  assert.ok(!stored.includes(state), 'the state is stored nowhere');
  assert.ok(!stored.includes('admin_consent'), 'the redirect is stored nowhere');
  await assertClean(t, s, env.server.url);
  await s.ctx.close();
});

test('exports the roster as a file and imports it into an empty browser, reporting bad rows', async (t) => {
  const s = await openApp(env.browser, env.server.url, `#/consent?client_id=${APP}`);
  await s.page.selectOption('[data-testid=lang-switch]', 'en');
  await s.page.click('[data-testid=roster-new]');
  await s.page.fill('[data-testid=customer-name]', 'Fabrikam');
  await s.page.fill('[data-testid=customer-tenant]', TENANT2);
  await s.page.selectOption('[data-testid=customer-cloud]', 'usgov');
  await s.page.fill('[data-testid=customer-notes]', 'GCC High');
  await s.page.click('[data-testid=customer-save]');
  await s.page.waitForSelector('[data-testid=roster-row]');

  await s.page.click('details.import-export summary');
  const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid=roster-export]')]);
  assert.equal(download.suggestedFilename(), 'dpk-customers.json');
  // Read it now: the download is deleted with its browser context.
  const bytes = await readFile(await download.path());
  const exported = JSON.parse(bytes.toString('utf8'));
  assert.equal(exported.kind, 'dpk-roster');
  assert.deepEqual(exported.customers.map((c) => [c.name, c.tenant_id, c.cloud, c.notes]), [['Fabrikam', TENANT2, 'usgov', 'GCC High']]);
  await assertClean(t, s, env.server.url);
  await s.ctx.close();

  const fresh = await openApp(env.browser, env.server.url, '#/consent');
  await fresh.page.selectOption('[data-testid=lang-switch]', 'en');
  assert.equal(await fresh.page.locator('[data-testid=roster-row]').count(), 0, 'a new browser starts empty');
  await fresh.page.click('details.import-export summary');
  await fresh.page.setInputFiles('[data-testid=roster-import-file]',
    { name: 'dpk-customers.json', mimeType: 'application/json', buffer: bytes });
  await expectAttr(fresh.page, '[data-testid=roster-row]', 'data-tenant', TENANT2);
  await expectText(fresh.page, '[data-testid=import-result]', /1 added/);

  const bad = [{ name: 'No tenant', tenant_id: 'nope' }, { name: 'Leaky', tenant_id: TENANT, client_secret: 'x' }, { name: 'Good', tenant_id: TENANT }];
  await fresh.page.setInputFiles('[data-testid=roster-import-file]',
    { name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expectText(fresh.page, '[data-testid=import-errors]', /Row 1:[\s\S]*Row 2:.*client_secret/);
  await expectText(fresh.page, '[data-testid=import-result]', /1 added, 0 updated, 2 rejected/);
  assert.equal(await fresh.page.locator('[data-testid=roster-row]').count(), 2, 'good rows kept, earlier rows kept');
  await assertClean(t, fresh, env.server.url);
  await fresh.ctx.close();
});

test('an answer pasted after a reload is matched to the link sent to the customer', async (t) => {
  const hash = `#/consent?format=adminconsent&cloud=global&api=graph&client_id=${APP}&tenant=${TENANT}` +
    '&redirect_uri=https%3A%2F%2Fpartner.example%2Fcb';
  const s = await openApp(env.browser, env.server.url, hash);
  await s.page.selectOption('[data-testid=lang-switch]', 'en');
  await s.page.click('[data-testid=roster-new]');
  await s.page.fill('[data-testid=customer-name]', 'Contoso');
  await s.page.click('[data-testid=customer-save]');
  await s.page.waitForSelector('[data-testid=roster-row]');
  const state = await s.page.inputValue('[data-testid=state]');
  await s.page.click('[data-testid=record-link]');
  await expectText(s.page, '[data-testid=link-recorded]', /sent to Contoso on \d{4}-\d\d-\d\d/);

  // The admin answers days later; the partner's page was reloaded since (a new state drawn).
  await s.page.reload();
  await ready(s.page);
  assert.notEqual(await s.page.inputValue('[data-testid=state]'), state, 'a reload draws a new state');
  await s.page.fill('[data-testid=callback-input]',
    `https://partner.example/cb?admin_consent=True&tenant=${TENANT}&state=${state}`);
  await expectAttr(s.page, '[data-testid=callback-result]', 'data-state', 'match');
  await expectText(s.page, '[data-testid=callback-state]', /answer to the link sent to Contoso on \d{4}-\d\d-\d\d/);

  // A state this browser never issued, for a tenant it never sent a link to: unknown, explained.
  await s.page.fill('[data-testid=callback-input]',
    `https://partner.example/cb?admin_consent=True&tenant=${TENANT2}&state=someone-elses`);
  await expectAttr(s.page, '[data-testid=callback-result]', 'data-state', 'unknown');
  await expectText(s.page, '[data-testid=callback-state]', /never issued/);
  // A different state for the tenant the link went to: a mismatch.
  await s.page.fill('[data-testid=callback-input]',
    `https://partner.example/cb?admin_consent=True&tenant=${TENANT}&state=${state}x`);
  await expectAttr(s.page, '[data-testid=callback-result]', 'data-state', 'mismatch');

  const stored = await storedEverywhere(s);
  assert.ok(stored.includes(state), 'the state of the link sent is kept with the customer');
  assert.ok(!stored.includes('admin_consent'), 'the answer is stored nowhere');
  await assertClean(t, s, env.server.url);
  await s.ctx.close();
});

test('a customer added by domain gets its tenant ID from the sign-in service, on request only', async (t) => {
  const s = await openApp(env.browser, env.server.url, `#/consent?client_id=${APP}`);
  await s.page.selectOption('[data-testid=lang-switch]', 'en');
  const asked = [];
  await s.page.route('https://login.microsoftonline.com/**', (route) => {
    asked.push(route.request().url());
    const known = route.request().url().includes('/contoso.onmicrosoft.com/');
    route.fulfill({
      status: known ? 200 : 400,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify(known
        ? { issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`, cloud_instance_name: 'microsoftonline.com' }
        : { error: 'invalid_tenant', error_description: "AADSTS90002: Tenant 'nosuch.example' not found." }),
    });
  });
  await s.page.click('[data-testid=roster-new]');
  await s.page.fill('[data-testid=customer-name]', 'Contoso');
  await s.page.fill('[data-testid=customer-tenant]', 'nosuch.example');
  assert.deepEqual(asked, [], 'nothing is asked while typing');
  await s.page.click('[data-testid=tenant-lookup]');
  await expectText(s.page, '[data-testid=tenant-lookup-error]', /knows no tenant with the domain nosuch\.example/);

  await s.page.fill('[data-testid=customer-tenant]', 'contoso.onmicrosoft.com');
  await s.page.click('[data-testid=tenant-lookup]');
  await expectAttr(s.page, '[data-testid=tenant-lookup-result]', 'data-state', 'found');
  await expectText(s.page, '[data-testid=tenant-lookup-result]', new RegExp(`Found tenant ID ${TENANT}`));
  assert.equal(await s.page.inputValue('[data-testid=customer-tenant]'), TENANT, 'the ID is shown before saving');
  assert.equal(await s.page.inputValue('[data-testid=customer-domain]'), 'contoso.onmicrosoft.com');
  assert.equal(await s.page.locator('[data-testid=roster-row]').count(), 0, 'not saved yet');
  await s.page.click('[data-testid=customer-save]');
  await expectAttr(s.page, '[data-testid=roster-row]', 'data-tenant', TENANT);
  await expectText(s.page, '[data-testid=roster-domain]', 'contoso.onmicrosoft.com');
  assert.deepEqual(asked, [
    'https://login.microsoftonline.com/nosuch.example/v2.0/.well-known/openid-configuration',
    'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
  ], 'only the sign-in host of the chosen cloud, only when asked');

  // The network fails: a clear message, and what was typed is kept.
  await s.page.unroute('https://login.microsoftonline.com/**');
  await s.page.route('https://login.microsoftonline.com/**', (route) => route.abort('internetdisconnected'));
  await s.page.click('[data-testid=roster-new]');
  await s.page.fill('[data-testid=customer-name]', 'Fabrikam');
  await s.page.fill('[data-testid=customer-tenant]', 'fabrikam.onmicrosoft.com');
  await s.page.click('[data-testid=tenant-lookup]');
  await expectText(s.page, '[data-testid=tenant-lookup-error]', /could not be reached/);
  assert.equal(await s.page.inputValue('[data-testid=customer-tenant]'), 'fabrikam.onmicrosoft.com');
  // A failed fetch logs a network error in the console; that is the expected one here.
  s.console = s.console.filter((m) => !/login\.microsoftonline\.com|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(m));
  await assertClean(t, s, env.server.url, ['https://login.microsoftonline.com']);
  await s.ctx.close();
});
