// End-to-end: the Migrate page against the release build. Paste an app registration manifest
// with Microsoft Threat Protection roles, a token with WindowsDefenderATP roles (typed here and
// taken from the token inspector's memory) and a malformed manifest; check the rows, the new
// requiredResourceAccess, the Graph consent link of each roster customer and the error. Nothing
// is requested from another origin and the token is stored nowhere.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { assertClean, axeSeriousViolations, expectAttr, expectText, openApp, storedEverywhere, withPageAndBrowser } from './harness.mjs';

const APP = '11112222-3333-4444-5555-666677778888';
const TENANT = 'fa00d692-e9c7-4460-a743-29f2956fd429';
const TENANT_GOV = 'a8990e1f-ff32-408a-9f8e-78d3b9139b95';
const MTP = '8ee8fdad-f234-4243-8f3b-15c294843740';
const WDATP = 'fc780465-2017-40d4-a0c5-307022471b92';
const GRAPH = '00000003-0000-0000-c000-000000000000';
const EXCHANGE = '00000002-0000-0ff1-ce00-000000000000';

const MANIFEST = {
  id: '99990000-1111-2222-3333-444455556666',
  appId: APP,
  displayName: 'Contoso SOC connector',
  requiredResourceAccess: [
    { resourceAppId: GRAPH, resourceAccess: [{ id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' }] },
    { resourceAppId: MTP, resourceAccess: [
      { id: 'a9790345-4595-42e4-971a-ccdc79f19b7c', type: 'Role' }, // Incident.Read.All
      { id: '8d90f441-09cf-4fdc-ab45-e874fa3a28e8', type: 'Role' }, // Incident.ReadWrite.All
      { id: '7734e8e5-8dde-42fc-b5ae-6eafea078693', type: 'Role' }, // AdvancedHunting.Read.All
    ] },
    { resourceAppId: EXCHANGE, resourceAccess: [{ id: 'dc50a0fb-09a3-484d-be87-e023b12c6440', type: 'Role' }] },
  ],
};

const b64url = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const JWT = `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({
  aud: 'https://api.securitycenter.microsoft.com',
  iss: `https://sts.windows.net/${TENANT}/`,
  tid: TENANT,
  appid: APP,
  ver: '1.0',
  roles: ['Alert.ReadWrite.All', 'Machine.Isolate', 'Machine.LiveResponse'],
})}.c2lnbmF0dXJl`;

const ROSTER = JSON.stringify({
  kind: 'dpk-roster', version: 1, customers: [
    { name: 'Contoso', tenant_id: TENANT, cloud: 'global', status: 'granted', date: '2026-11-30', notes: '' },
    { name: 'Fabrikam', tenant_id: TENANT_GOV, cloud: 'usgov', status: 'granted', date: '2026-11-30', notes: '' },
  ],
});

const env = await withPageAndBrowser();

/** `[from, resource, to, status]` of every report row. */
function rows(page) {
  return page.$$eval('[data-testid=migration-row]', (els) => els.map((e) =>
    [e.dataset.from, e.dataset.resource, e.dataset.to, e.dataset.status]));
}

async function manifest(page) {
  return JSON.parse(await page.textContent('[data-testid=migration-manifest]'));
}

test('a manifest with Microsoft Threat Protection roles: rows, new manifest, consent links, mark', async (t) => {
  const s = await openApp(env.browser, env.server.url, '#/');
  await s.page.evaluate((r) => localStorage.setItem('dpk.roster', r), ROSTER);
  await s.page.click('[data-testid=start-migrate] a');
  await expectText(s.page, '[data-testid=page-heading]', 'Move to the Graph security API');
  await expectAttr(s.page, '[data-testid=nav-link][data-route=migrate]', 'aria-current', 'page');
  const before = s.requests.length;

  await s.page.fill('[data-testid=migration-input]', JSON.stringify(MANIFEST, null, 2));
  await s.page.waitForSelector('[data-testid=migration-row]');
  assert.deepEqual(await rows(s.page), [
    ['Incident.Read.All', 'xdr', 'SecurityIncident.Read.All', 'successor'],
    ['Incident.ReadWrite.All', 'xdr', 'SecurityIncident.ReadWrite.All', 'successor'],
    ['AdvancedHunting.Read.All', 'xdr', 'ThreatHunting.Read.All', 'successor'],
  ]);
  assert.deepEqual(await manifest(s.page), [
    { resourceAppId: GRAPH, resourceAccess: [
      { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' },
      { id: '45cc0394-e837-488b-a098-1918f48d186c', type: 'Role' },
      { id: '34bf0e97-1971-4929-b999-9e2442d941d7', type: 'Role' },
      { id: 'dd98c7f5-2d42-42d3-a0e4-633161547251', type: 'Role' },
    ] },
    MANIFEST.requiredResourceAccess[2],
  ]);
  assert.match(await s.page.textContent('[data-testid=snippet][data-lang=az]'),
    new RegExp(`az ad app permission add --id ${APP} --api ${GRAPH} --api-permissions 45cc0394-e837-488b-a098-1918f48d186c=Role`));

  // Consent links need the redirect URI; the application ID comes from the manifest.
  assert.equal(await s.page.inputValue('[data-testid=migration-client-id]'), APP);
  assert.equal(await s.page.locator('a[data-testid=migration-consent-link]').count(), 0);
  await s.page.fill('[data-testid=migration-redirect-uri]', 'https://partner.example/consent');
  await s.page.waitForSelector('a[data-testid=migration-consent-link]');
  const links = await s.page.$$eval('a[data-testid=migration-consent-link]', (els) => els.map((e) => e.getAttribute('href')));
  assert.equal(links.length, 2);
  assert.match(links[0], new RegExp(`^https://login\\.microsoftonline\\.com/${TENANT}/v2\\.0/adminconsent\\?client_id=${APP}&scope=https%3A%2F%2Fgraph\\.microsoft\\.com%2F\\.default&redirect_uri=https%3A%2F%2Fpartner\\.example%2Fconsent&state=[A-Za-z0-9_-]+$`));
  assert.match(links[1], new RegExp(`^https://login\\.microsoftonline\\.us/${TENANT_GOV}/v2\\.0/adminconsent\\?.*scope=https%3A%2F%2Fgraph\\.microsoft\\.us%2F\\.default`));

  // The calls compare the explorer's own requests.
  assert.match(await s.page.textContent('[data-testid=migration-calls]'), /lastUpdateDateTime%20ge%202026-12-01T00:00:00Z/);

  // Mark every customer; the mark survives a reload.
  await s.page.click('[data-testid=migration-mark-all]');
  await expectAttr(s.page, '[data-testid=migration-customer]', 'data-needs-graph', 'true');
  const stored = await s.page.evaluate(() => JSON.parse(localStorage.getItem('dpk.roster')));
  assert.deepEqual(stored.customers.map((c) => c.needs_graph_consent), [true, true]);
  assert.equal(s.requests.length, before, 'nothing requested while reading and building');
  await assertClean(t, s, env.server.url);
  await s.ctx.close();
});

test('a token with WindowsDefenderATP roles: no-successor rows stay on the Defender API', async (t) => {
  const s = await openApp(env.browser, env.server.url, '#/migrate');
  await s.page.fill('[data-testid=migration-input]', `Bearer ${JWT}`);
  await s.page.waitForSelector('[data-testid=migration-row]');
  await expectAttr(s.page, '[data-testid=migration-kind]', 'data-kind', 'token');
  assert.deepEqual(await rows(s.page), [
    ['Alert.ReadWrite.All', 'mde', 'SecurityAlert.ReadWrite.All', 'successor'],
    ['Machine.Isolate', 'mde', '', 'none'],
    ['Machine.LiveResponse', 'mde', '', 'none'],
  ]);
  assert.match(await s.page.textContent('[data-testid=migration-row][data-from="Machine.Isolate"]'), /defender-endpoint\/api\/isolate-machine\.md/);
  assert.deepEqual(await manifest(s.page), [
    { resourceAppId: GRAPH, resourceAccess: [{ id: 'ed4fca05-be46-441f-9803-1873825f8fdb', type: 'Role' }] },
    { resourceAppId: WDATP, resourceAccess: [
      { id: '7e4e1300-e1b9-4102-88ba-f0cb6e6d5974', type: 'Role' },
      { id: '1629b959-c0af-42a1-92f0-f6162060bdf1', type: 'Role' },
    ] },
  ]);
  assert.equal(await s.page.locator('a[data-testid=migration-consent-link]').count(), 0, 'no roster, no link');
  await s.page.waitForSelector('[data-testid=migration-no-roster]');
  await assertClean(t, s, env.server.url);
  await s.ctx.close();
});

test('the token inspector\'s token is offered from memory, and stored nowhere', async (t) => {
  const s = await openApp(env.browser, env.server.url, '#/token');
  await s.page.fill('[data-testid=token-input]', JWT);
  await s.page.click('[data-testid=nav-link][data-route=migrate]');
  await s.page.click('[data-testid=migration-use-token]');
  await expectAttr(s.page, '[data-testid=migration-row]', 'data-from', 'Alert.ReadWrite.All');
  assert.ok(!(await storedEverywhere(s)).includes(JWT.split('.')[1]), 'the token is not stored');
  await assertClean(t, s, env.server.url);
  await s.ctx.close();
});

test('a malformed manifest gets a precise error in both languages and keeps what was typed', async (t) => {
  const s = await openApp(env.browser, env.server.url, '#/migrate');
  const broken = '{\n  "appId": "x",\n  "requiredResourceAccess": [\n    { "resourceAppId": "8ee8fdad-f234-4243-8f3b-15c294843740", }\n  ]\n}';
  await s.page.fill('[data-testid=migration-input]', broken);
  await expectAttr(s.page, '[data-testid=migration-error]', 'data-error-kind', 'json');
  await expectText(s.page, '[data-testid=migration-error]', /line 4, column \d+/);
  assert.equal(await s.page.locator('[data-testid=migration-row]').count(), 0);
  assert.equal(await s.page.inputValue('[data-testid=migration-input]'), broken);
  await s.page.selectOption('[data-testid=lang-switch]', 'ja');
  await expectText(s.page, '[data-testid=migration-error]', /4 行目/);
  // A wrong type is named exactly.
  await s.page.selectOption('[data-testid=lang-switch]', 'en');
  await s.page.fill('[data-testid=migration-input]', JSON.stringify([{ resourceAppId: MTP, resourceAccess: [{ id: 'a9790345-4595-42e4-971a-ccdc79f19b7c', type: 'Admin' }] }]));
  await expectAttr(s.page, '[data-testid=migration-error]', 'data-error-kind', 'access_type');
  await expectText(s.page, '[data-testid=migration-error]', /Item 1 of entry 1 has type “Admin”/);
  await assertClean(t, s, env.server.url);
  await s.ctx.close();
});

test('a filled report has no serious accessibility violation, in English and Japanese, light and dark', async (t) => {
  for (const [locale, colorScheme] of [['en-US', 'light'], ['ja-JP', 'dark']]) {
    const s = await openApp(env.browser, env.server.url, '#/', { locale, colorScheme });
    await s.page.evaluate((r) => localStorage.setItem('dpk.roster', r), ROSTER);
    await s.page.evaluate(() => { location.hash = '#/migrate'; });
    await s.page.fill('[data-testid=migration-input]', JSON.stringify(MANIFEST));
    await s.page.fill('[data-testid=migration-redirect-uri]', 'https://partner.example/consent');
    await s.page.waitForSelector('a[data-testid=migration-consent-link]');
    assert.deepEqual(await axeSeriousViolations(s.page), [], `${locale} ${colorScheme}`);
    await assertClean(t, s, env.server.url);
    await s.ctx.close();
  }
});
