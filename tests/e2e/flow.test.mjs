// The onboarding loop across pages: a token pasted in the inspector is offered to the incidents
// page from memory only (not from storage, not from the URL), and a reload forgets it.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { assertClean, expectText, openApp, storedEverywhere, withPageAndBrowser } from './harness.mjs';

const b64url = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url');
const NOW = Math.floor(Date.now() / 1000);
const JWT = [
  b64url({ typ: 'JWT', alg: 'RS256', kid: 'k1' }),
  b64url({ aud: 'https://graph.microsoft.com', iss: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
    tid: '72f988bf-86f1-41af-91ab-2d7cd011db47', appid: '11111111-2222-3333-4444-555555555555', idtyp: 'app',
    roles: ['SecurityIncident.Read.All'], ver: '1.0', iat: NOW - 60, nbf: NOW - 60, exp: NOW + 3600 }),
  'c2lnbmF0dXJl',
].join('.');

const env = await withPageAndBrowser();

test('a token pasted in the inspector is offered to the incidents page, in memory only', async (t) => {
  const s = await openApp(env.browser, env.server.url, '#/token');
  await s.page.fill('[data-testid=token-input]', `Authorization: Bearer ${JWT}`);
  await s.page.click('[data-testid=nav-link][data-route=incidents]');
  await expectText(s.page, '[data-testid=page-heading]', 'Incidents explorer');
  // One session token (issue #13): the incidents page shows exactly what the inspector holds.
  assert.equal(await s.page.inputValue('[data-testid=incidents-token]'), `Authorization: Bearer ${JWT}`);
  // Back on the inspector, the pasted text is still there (same tab, same memory).
  await s.page.click('[data-testid=nav-link][data-route=token]');
  await expectText(s.page, '[data-testid=page-heading]', 'Token inspector');
  assert.equal(await s.page.inputValue('[data-testid=token-input]'), `Authorization: Bearer ${JWT}`);
  const stored = await storedEverywhere(s);
  assert.ok(!stored.includes(JWT.split('.')[1]), 'no token byte stored or in the URL');
  await s.page.reload();
  await s.page.waitForSelector('[data-testid=token-input]');
  assert.equal(await s.page.inputValue('[data-testid=token-input]'), '', 'a reload forgets the token');
  await assertClean(t, s, env.server.url);
  await s.ctx.close();
});
