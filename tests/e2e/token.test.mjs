// Token inspector, end to end against the release build: paste app-only and delegated, v1 and v2,
// expired, wrong-audience, wrong-tenant and malformed tokens; read the verdicts through the test
// hooks; and check that nothing leaves the page and nothing keeps the token afterwards.
// Every token here is built in this file (unsigned base64url of JSON) — never a real token.
import { after, before, test } from 'node:test';
import { strict as assert } from 'node:assert';
import { assertClean, expectAttr, expectText, launchBrowser, openApp, serveStatic, storedEverywhere } from './harness.mjs';

const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER_TID = '00000000-1111-2222-3333-444444444444';
const now = () => Math.floor(Date.now() / 1000);
const b64 = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const jwt = (header, claims, signature = 'not-a-real-signature') => `${b64(header)}.${b64(claims)}.${b64(signature)}`;

const appV1 = ({ aud = 'https://api.security.microsoft.com', roles = ['Incident.Read.All'], exp = now() + 3600, tid = TID } = {}) => jwt(
  { typ: 'JWT', alg: 'RS256', x5t: 'k1', kid: 'k1' },
  {
    aud, iss: `https://sts.windows.net/${tid}/`, iat: now() - 300, nbf: now() - 300, exp,
    appid: '11111111-2222-3333-4444-555555555555', appidacr: '1', app_displayname: 'Contoso SOC connector',
    idtyp: 'app', oid: '99999999-0000-0000-0000-000000000001', roles, sub: '99999999-0000-0000-0000-000000000001',
    tid, ver: '1.0',
  },
);

const delegatedV2 = ({ scp = 'SecurityIncident.Read.All User.Read' } = {}) => jwt(
  { typ: 'JWT', alg: 'RS256', kid: 'k2', nonce: 'graph-nonce' },
  {
    aud: '00000003-0000-0000-c000-000000000000', iss: `https://login.microsoftonline.com/${TID}/v2.0`,
    iat: now() - 60, nbf: now() - 60, exp: now() + 3600, azp: '6e74172b-be56-4843-9ff4-e66a39bb12e3', azpacr: '0',
    name: '山田 太郎', preferred_username: 'yamada@contoso.example', scp, tid: TID, ver: '2.0',
  },
);

const delegatedV1Mde = () => jwt(
  { typ: 'JWT', alg: 'RS256', kid: 'k3' },
  {
    aud: 'https://api.securitycenter.microsoft.com', iss: `https://sts.windows.net/${TID}/`,
    iat: now() - 60, nbf: now() - 60, exp: now() + 3600, appid: '22222222-3333-4444-5555-666666666666', appidacr: '0',
    scp: 'Machine.Read Machine.Isolate', upn: 'analyst@contoso.example', name: 'SOC Analyst', tid: TID, ver: '1.0',
  },
);

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

const INPUT = '[data-testid=token-input]';
const STATUS = '[data-testid=decode-status]';
const FACTS = '[data-testid=token-facts]';
const VERDICT = '[data-testid=permission-verdict]';
const check = (name) => `[data-testid=check][data-check=${name}]`;

async function paste(page, text) {
  await page.fill(INPUT, text);
}

test('app-only v1 token: facts, checks and the verdict per operation', async (t) => {
  const s = await openApp(browser, server.url, '#/token');
  await expectAttr(s.page, STATUS, 'data-status', 'empty');
  const token = appV1();
  await paste(s.page, `Authorization: Bearer ${token.slice(0, 50)}\n${token.slice(50)}`);
  await expectAttr(s.page, STATUS, 'data-status', 'ok');
  await expectAttr(s.page, FACTS, 'data-version', '1.0');
  await expectAttr(s.page, FACTS, 'data-kind', 'app');
  await expectAttr(s.page, FACTS, 'data-resource', 'xdr');
  await expectAttr(s.page, FACTS, 'data-tenant', TID);
  const payload = JSON.parse(await s.page.textContent('[data-testid=payload-json]'));
  assert.deepEqual(payload.roles, ['Incident.Read.All']);
  assert.equal(JSON.parse(await s.page.textContent('[data-testid=header-json]')).alg, 'RS256');

  await s.page.selectOption('[data-testid=operation-select]', 'xdr.incidents.list');
  await expectAttr(s.page, VERDICT, 'data-status', 'pass');
  await expectAttr(s.page, VERDICT, 'data-missing', '');
  await expectAttr(s.page, check('audience'), 'data-status', 'pass');
  await expectAttr(s.page, check('lifetime'), 'data-status', 'pass');
  await expectAttr(s.page, check('issuer'), 'data-status', 'pass');
  await expectAttr(s.page, check('token-use'), 'data-status', 'pass');
  await expectAttr(s.page, check('algorithm'), 'data-status', 'pass');
  await expectAttr(s.page, check('signature'), 'data-status', 'skip');
  await expectText(s.page, VERDICT, /2027-02-01/);
  await expectText(s.page, VERDICT, /SecurityIncident\.Read\.All/);

  await s.page.selectOption('[data-testid=operation-select]', 'xdr.incidents.update');
  await expectAttr(s.page, VERDICT, 'data-status', 'fail');
  await expectAttr(s.page, VERDICT, 'data-missing', 'Incident.ReadWrite.All');
  await expectAttr(s.page, check('permissions'), 'data-status', 'fail');
  await assertClean(t, s, server.url);
  await s.ctx.close();
});

test('delegated tokens: v2 Graph in Japanese, v1 Defender for Endpoint with the portal role', async (t) => {
  const s = await openApp(browser, server.url, '#/token', { locale: 'ja-JP' });
  await expectText(s.page, '[data-testid=page-heading]', 'アクセス トークンの検査');
  await paste(s.page, delegatedV2());
  await expectAttr(s.page, FACTS, 'data-version', '2.0');
  await expectAttr(s.page, FACTS, 'data-kind', 'delegated');
  await expectAttr(s.page, FACTS, 'data-resource', 'graph');
  await expectText(s.page, '[data-testid=payload-json]', /山田 太郎/);
  await s.page.selectOption('[data-testid=operation-select]', 'graph.security.incidents.update');
  await expectAttr(s.page, VERDICT, 'data-status', 'fail');
  await expectAttr(s.page, VERDICT, 'data-missing', 'SecurityIncident.ReadWrite.All');
  await expectText(s.page, VERDICT, /委任されたアクセス許可/);
  // Graph tokens carry a nonce: "not verifiable by design", a skip, not a failure.
  await s.page.fill('[data-testid=jwks-input]', '{"keys":[{"kty":"RSA","kid":"k2","n":"AQAB","e":"AQAB"}]}');
  await expectAttr(s.page, check('signature'), 'data-status', 'skip');
  await expectText(s.page, check('signature'), /設計上/);

  await paste(s.page, delegatedV1Mde());
  await expectAttr(s.page, FACTS, 'data-version', '1.0');
  await expectAttr(s.page, FACTS, 'data-resource', 'mde');
  await s.page.selectOption('[data-testid=operation-select]', 'mde.machines.isolate');
  await expectAttr(s.page, VERDICT, 'data-status', 'pass');
  await expectText(s.page, VERDICT, /アクティブな修復アクション/);
  await s.page.selectOption('[data-testid=operation-select]', 'mde.indicators.delete');
  await expectAttr(s.page, VERDICT, 'data-status', 'fail');
  await expectAttr(s.page, VERDICT, 'data-missing', 'Ti.ReadWrite');
  await assertClean(t, s, server.url);
  await s.ctx.close();
});

test('expired, wrong-audience and wrong-tenant tokens fail the right check', async (t) => {
  const s = await openApp(browser, server.url, '#/token');
  await paste(s.page, appV1({ exp: now() - 600 }));
  await expectAttr(s.page, check('lifetime'), 'data-status', 'fail');
  await expectText(s.page, check('lifetime'), /Expired 10 min/);

  await paste(s.page, appV1({ aud: 'https://api.securitycenter.microsoft.com', roles: ['Machine.Read.All'] }));
  await expectAttr(s.page, FACTS, 'data-resource', 'mde');
  await s.page.selectOption('[data-testid=operation-select]', 'xdr.incidents.list');
  await expectAttr(s.page, check('audience'), 'data-status', 'fail');
  await expectText(s.page, check('audience'), /https:\/\/api\.security\.microsoft\.com\/\.default/);
  await expectAttr(s.page, VERDICT, 'data-status', 'fail');
  await expectAttr(s.page, VERDICT, 'data-missing', 'Incident.Read.All');

  await paste(s.page, appV1({ aud: 'api://contoso-own-api' }));
  await expectAttr(s.page, FACTS, 'data-resource', 'other');
  await expectAttr(s.page, check('audience'), 'data-status', 'fail');

  await paste(s.page, appV1({ tid: OTHER_TID }));
  await s.page.fill('[data-testid=expected-tenant]', TID);
  await expectAttr(s.page, check('tenant'), 'data-status', 'fail');
  await s.page.fill('[data-testid=expected-tenant]', OTHER_TID.toUpperCase());
  await expectAttr(s.page, check('tenant'), 'data-status', 'pass');
  await assertClean(t, s, server.url);
  await s.ctx.close();
});

test('malformed tokens: precise errors, padding as a warning, HTML as text', async (t) => {
  const s = await openApp(browser, server.url, '#/token');
  const cases = [
    ['abc.def', 'segments'],
    [`${b64({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.a.b.c.d`, 'encrypted'],
    [`${b64({ alg: 'none' })}.ab*c.`, 'base64'],
    [`${b64({ alg: 'none' })}.${Buffer.from('{"name":"Jos\xe9"}', 'latin1').toString('base64url')}.`, 'utf8'],
    [`${b64({ alg: 'none' })}.${b64('{"a":')}.`, 'json'],
    [`${b64({ alg: 'none' })}.${b64('[1,2]')}.`, 'not_object'],
    [`${b64({ alg: 'none' })}.${b64(`{"a":${'['.repeat(3000)}${']'.repeat(3000)}}`)}.`, 'json'],
  ];
  for (const [token, kind] of cases) {
    await paste(s.page, token);
    await expectAttr(s.page, STATUS, 'data-status', 'error');
    await expectAttr(s.page, STATUS, 'data-error-kind', kind);
  }
  await expectText(s.page, '[role=alert]', /nests more than 127 levels/);

  const padded = Buffer.from('{"alg":"none","t":123}').toString('base64');
  assert.ok(padded.endsWith('=='));
  await paste(s.page, `${padded}.e30.`);
  await expectAttr(s.page, STATUS, 'data-status', 'ok');
  await expectText(s.page, '[data-testid=decode-warnings]', /padding/);

  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await paste(s.page, jwt({ alg: 'RS256', kid: evil }, { aud: evil, name: evil, iss: evil }));
  await expectAttr(s.page, STATUS, 'data-status', 'ok');
  await expectText(s.page, '[data-testid=payload-claims]', /<script>window\.__pwned=2<\/script>/);
  assert.equal(await s.page.locator('main img').count(), 0);
  assert.equal(await s.page.locator('main script').count(), 0);
  assert.equal(await s.page.evaluate(() => window.__pwned), undefined);
  await assertClean(t, s, server.url);
  await s.ctx.close();
});

test('privacy: decoding makes no request, and nothing keeps the token', async (t) => {
  const s = await openApp(browser, server.url, '#/token');
  await s.page.waitForLoadState('networkidle');
  const before = s.requests.length;
  const tokens = [appV1(), delegatedV2(), delegatedV1Mde()];
  for (const token of tokens) {
    await paste(s.page, token);
    await expectAttr(s.page, STATUS, 'data-status', 'ok');
    await s.page.selectOption('[data-testid=operation-select]', 'xdr.incidents.list');
    await s.page.waitForSelector(`${VERDICT}:not([data-status=skip])`);
  }
  await s.page.fill('[data-testid=jwks-input]', '{"keys":[{"kty":"RSA","kid":"k1","n":"AQAB","e":"AQAB"}]}');
  await paste(s.page, tokens[0]);
  await expectAttr(s.page, STATUS, 'data-status', 'ok');
  await s.page.waitForTimeout(200);
  assert.deepEqual(s.requests.slice(before), [], 'no request after the page loaded');
  const stored = await storedEverywhere(s);
  for (const token of tokens) {
    for (const part of token.split('.')) assert.ok(!stored.includes(part), 'a token segment was stored or put in the URL');
  }
  await s.page.click('[data-testid=token-clear]');
  await expectAttr(s.page, STATUS, 'data-status', 'empty');
  assert.equal(await s.page.inputValue(INPUT), '');
  await assertClean(t, s, server.url);
  await s.ctx.close();
});

test("Microsoft's v1.0 and v2.0 sample tokens: facts and every check, the cut signature on the signature check", async (t) => {
  const { readFile } = await import('node:fs/promises');
  const s = await openApp(browser, server.url, '#/token');
  await s.page.selectOption('[data-testid=lang-switch]', 'en');
  for (const ver of ['v1', 'v2']) {
    const token = (await readFile(new URL(`../fixtures/jwt-conformance/ms_tokens/entra-docs-sample-${ver}.jwt`, import.meta.url), 'utf8')).trim();
    await paste(s.page, token);
    await expectAttr(s.page, STATUS, 'data-status', 'ok');
    await s.page.waitForSelector(FACTS);
    assert.equal(await s.page.locator('[data-testid=check]').count(), 8, `${ver}: every check`);
    await expectAttr(s.page, check('signature'), 'data-status', 'fail');
    await expectText(s.page, check('signature'), /signature[\s\S]*position 19/);
    await expectAttr(s.page, '[data-testid=decode-warnings]', 'data-codes', 'signature');
    // The v1.0 sample's issuer names another tenant than its tid: reported, not hidden.
    await expectAttr(s.page, check('issuer'), 'data-status', ver === 'v1' ? 'fail' : 'pass');
  }
  await assertClean(t, s, server.url);
  await s.ctx.close();
});

test('the catalog starts closed below the inspector and opens from the operation picker', async (t) => {
  const s = await openApp(browser, server.url, '#/token');
  await s.page.selectOption('[data-testid=lang-switch]', 'en');
  const catalog = s.page.locator('[data-testid=catalog-disclosure]');
  assert.equal(await catalog.getAttribute('open'), null, 'closed at first');
  assert.equal(await s.page.locator('[data-testid=catalog-table]').isVisible(), false);
  const height = await s.page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height < 4000, `the first screen is the inspector, not a 22 000 px table (${height} px)`);
  await s.page.click('[data-testid=catalog-open]');
  await s.page.waitForFunction(() => document.querySelector('[data-testid=catalog-disclosure]').open === true);
  assert.equal(await s.page.locator('[data-testid=catalog-table]').isVisible(), true);
  await s.page.fill('[data-testid=catalog-search]', 'isolate');
  await s.page.click("[data-operation='mde.machines.isolate'] button");
  assert.equal(await s.page.inputValue('[data-testid=operation-select]'), 'mde.machines.isolate');
  await assertClean(t, s, server.url);
  await s.ctx.close();
});
