// End-to-end: signing in from the page against a fake Microsoft identity platform
// (tests/fake-auth/server.mjs). The whole round trip — authorization code + PKCE, the answer
// taken out of the address before anything renders, the code redeemed, the token shown by the
// inspector and used by the incidents page, renewed, signed out — and every bad path, each a
// clear message with nothing lost. Afterwards no code, verifier, state or token remains in
// storage, the address or the console.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { startFakeAuth, USER_TENANT, OTHER_TENANT } from '../fake-auth/server.mjs';
import { startFakeApi } from '../fake-api/server.mjs';
import { assertClean, expectAttr, expectConsole, expectText, openApp, storedEverywhere, withPageAndBrowser } from './harness.mjs';

const APP = '11112222-3333-4444-5555-666677778888';
const env = await withPageAndBrowser();
let auth;
let api;
const { before, after, beforeEach } = await import('node:test');
before(async () => {
  auth = await startFakeAuth();
  api = await startFakeApi({ total: 25 });
});
after(async () => { await auth?.close(); await api?.close(); });

/** Registers the app at the fake: by default a multitenant SPA whose redirect URI is this page. */
async function register({ platform = 'spa', redirectUris = [env.server.url], home = USER_TENANT, multitenant = true, mode = 'ok', webReadable = false } = {}) {
  await auth.reset({ clients: { [APP]: { redirectUris, platform, home, multitenant } }, mode, webReadable });
}
beforeEach(() => register());

const status = (p) => p.getAttribute('[data-testid=signin-status]', 'data-status');
const waitStatus = (p, wanted, timeout = 15_000) => p.waitForFunction(
  (w) => w.includes(document.querySelector('[data-testid=signin-status]')?.dataset.status),
  wanted, { timeout },
);

/** Fills the settings on #/sign-in (coming from `from`) and presses Sign in. */
async function signIn({ from = '/token', tenant = 'organizations', scope = '', context } = {}) {
  const s = await openApp(env.browser, env.server.url, `#/sign-in?return=${from}`, { context });
  const p = s.page;
  await p.selectOption('[data-testid=lang-switch]', 'en');
  assert.equal(await status(p), 'signed-out');
  await p.fill('[data-testid=signin-client-id]', APP);
  await p.fill('[data-testid=signin-tenant]', tenant);
  await p.fill('[data-testid=signin-authority]', auth.url);
  if (scope) await p.fill('[data-testid=signin-scope]', scope);
  await expectText(p, '[data-testid=signin-redirect-uri]', env.server.url);
  await p.click('[data-testid=sign-in]');
  return s;
}

test('the whole round trip: signed in, the inspector shows the delegated token, nothing of the flow remains', async (t) => {
  const s = await signIn();
  const p = s.page;
  await waitStatus(p, ['signed-in']);
  // Landed where the user started, with nothing of the answer in the address.
  assert.equal(new URL(p.url()).hash, '#/token');
  assert.equal(new URL(p.url()).search, '');
  await expectText(p, '[data-testid=signin-status-text]', /^Signed in; the token expires at \d{4}-\d\d-\d\d \d\d:\d\d/);

  // The authorize request carried PKCE S256, state, nonce, fragment mode and this page as redirect URI.
  const authorize = new URL(s.requests.find((u) => u.includes('/oauth2/v2.0/authorize')));
  const q = authorize.searchParams;
  assert.equal(authorize.pathname, '/organizations/oauth2/v2.0/authorize');
  assert.equal(q.get('client_id'), APP);
  assert.equal(q.get('response_type'), 'code');
  assert.equal(q.get('response_mode'), 'fragment');
  assert.equal(q.get('redirect_uri'), env.server.url);
  assert.equal(q.get('code_challenge_method'), 'S256');
  assert.match(q.get('code_challenge'), /^[A-Za-z0-9_-]{43}$/);
  assert.match(q.get('state'), /^[A-Za-z0-9_-]{22}$/);
  assert.match(q.get('nonce'), /^[A-Za-z0-9_-]{22}$/);
  assert.equal(q.get('scope'), 'https://graph.microsoft.com/.default openid profile offline_access');
  assert.equal(q.get('code_verifier'), null);
  const log = await auth.log();
  assert.deepEqual(log.filter((r) => r.kind === 'token').map((r) => [r.grant, r.result, r.origin]),
    [['authorization_code', 'tokens', new URL(env.server.url).origin]]);

  // The inspector shows and checks the delegated token.
  await expectAttr(p, '[data-testid=token-facts]', 'data-kind', 'delegated');
  assert.equal(await p.getAttribute('[data-testid=token-facts]', 'data-resource'), 'graph');
  assert.equal(await p.getAttribute('[data-testid=token-facts]', 'data-tenant'), USER_TENANT);
  await expectText(p, '[data-testid=token-facts]', /megan@contoso\.onmicrosoft\.com/);

  // The status is on every page.
  await p.click('[data-testid=nav-link][data-route=about]');
  assert.equal(await status(p), 'signed-in');

  // Nothing of the flow in storage or the address; nothing in the console.
  const stored = await storedEverywhere(s);
  assert.doesNotMatch(stored, /code=|state=|verifier|dpk\.signin\.pending|eyJ/);
  const token = await p.evaluate(() => document.querySelector('[data-testid=token-input]')?.value ?? '');
  assert.equal(token, '', 'the about page shows no token');
  assert.equal(await p.evaluate(() => sessionStorage.length), 0);
  await assertClean(t, s, env.server.url, [auth.url]);
  await s.ctx.close();
});

test('renew refreshes with the refresh token; sign-out forgets everything', async (t) => {
  const s = await signIn();
  const p = s.page;
  await waitStatus(p, ['signed-in']);
  const first = await p.inputValue('textarea[data-testid=token-input]');
  assert.match(first, /^eyJ/);
  await p.click('[data-testid=signin-renew]');
  await p.waitForFunction((old) => document.querySelector('textarea[data-testid=token-input]')?.value !== old, first);
  const grants = (await auth.log()).filter((r) => r.kind === 'token').map((r) => `${r.grant}:${r.result}`);
  assert.deepEqual(grants, ['authorization_code:tokens', 'refresh_token:tokens']);
  assert.equal(await status(p), 'signed-in');

  await p.click('[data-testid=sign-out]');
  await waitStatus(p, ['signed-out']);
  assert.equal(await p.inputValue('textarea[data-testid=token-input]'), '');
  assert.equal(await p.locator('[data-testid=signin-renew]').count(), 0);
  await assertClean(t, s, env.server.url, [auth.url]);
  await s.ctx.close();
});

test('the incidents page lists through the signed-in token (Graph, direct)', async (t) => {
  const s = await signIn({ from: '/incidents' });
  const p = s.page;
  await waitStatus(p, ['signed-in']);
  assert.equal(new URL(p.url()).hash, '#/incidents');
  await p.selectOption('[data-testid=api-kind]', 'graph');
  await p.fill('[data-testid=api-base]', api.url);
  await p.selectOption('[data-testid=proxy-mode]', 'none');
  assert.match(await p.inputValue('[data-testid=incidents-token]'), /^eyJ/, 'the signed-in token, not pasted');
  await p.click('[data-testid=fetch-incidents]');
  await p.waitForFunction(() => ['done', 'error'].includes(document.querySelector('[data-testid=fetch-status]')?.dataset.status), null, { timeout: 20_000 });
  assert.equal(await p.getAttribute('[data-testid=fetch-status]', 'data-status'), 'done');
  assert.equal(Number(await p.textContent('[data-testid=incident-count]')), 25);
  await assertClean(t, s, env.server.url, [auth.url, api.url]);
  await s.ctx.close();
});

/** Signs in expecting a failure; returns the session after checking the common promises. */
async function expectFailure(t, { error, aadsts, mode, ...reg }, check = async () => {}) {
  await register({ mode, ...reg });
  const s = await signIn();
  const p = s.page;
  await waitStatus(p, ['error']);
  assert.equal(await p.getAttribute('[data-testid=signin-status]', 'data-error'), error);
  // Back on the sign-in page with the settings kept and the answer out of the address.
  assert.equal(new URL(p.url()).hash, '#/sign-in');
  assert.equal(await p.inputValue('[data-testid=signin-client-id]'), APP);
  assert.equal(await p.inputValue('[data-testid=signin-authority]'), auth.url);
  await expectAttr(p, '[data-testid=signin-error]', 'data-error-kind', error);
  if (aadsts) await expectText(p, '[data-testid=signin-error] .advice', new RegExp(`AADSTS${aadsts}\\b`));
  assert.equal(await p.evaluate(() => sessionStorage.length), 0, 'the round-trip record is gone');
  assert.doesNotMatch(await storedEverywhere(s), /code=|state=|error=|eyJ/);
  await check(p);
  return s;
}

test('user cancels: said plainly, nothing to fix', async (t) => {
  const s = await expectFailure(t, { mode: 'cancel', error: 'access_denied', aadsts: '' }, async (p) => {
    await expectText(p, '[data-testid=signin-error] .error-message', 'You cancelled the sign-in.');
  });
  await assertClean(t, s, env.server.url, [auth.url]);
  await s.ctx.close();
});

test('AADSTS65001 consent required: offers the consent link for this app', async (t) => {
  const s = await expectFailure(t, { mode: 'consent', error: 'consent_required', aadsts: '65001' }, async (p) => {
    await expectText(p, '[data-testid=signin-error] .advice', /AADSTS65001: no one has consented/);
    const href = await p.getAttribute('[data-testid=signin-consent-link]', 'href');
    assert.equal(href, `#/consent?client_id=${APP}&tenant=organizations`);
    await p.click('[data-testid=signin-consent-link]');
    await expectAttr(p, '[data-testid=client-id]', 'value', APP).catch(async () => {
      assert.equal(await p.inputValue('[data-testid=client-id]'), APP);
    });
  });
  await assertClean(t, s, env.server.url, [auth.url]);
  await s.ctx.close();
});

test('AADSTS700016: a single-tenant app used from another tenant', async (t) => {
  const s = await expectFailure(t, { multitenant: false, home: OTHER_TENANT, error: 'unauthorized_client', aadsts: '700016' }, async (p) => {
    await expectText(p, '[data-testid=signin-error] .advice', /AADSTS700016: the application was not found in the tenant/);
  });
  await assertClean(t, s, env.server.url, [auth.url]);
  await s.ctx.close();
});

test('AADSTS50020: an account from another tenant', async (t) => {
  const s = await expectFailure(t, { mode: 'guest', error: 'access_denied', aadsts: '50020' }, async (p) => {
    await expectText(p, '[data-testid=signin-error] .advice', /AADSTS50020: your account is not a user of this tenant/);
    await expectText(p, '[data-testid=signin-description]', /does not exist in tenant/);
  });
  await assertClean(t, s, env.server.url, [auth.url]);
  await s.ctx.close();
});

test('state mismatch: the answer is ignored and no code is redeemed', async (t) => {
  const s = await expectFailure(t, { mode: 'bad-state', error: 'state_mismatch' });
  assert.equal((await auth.log()).filter((r) => r.kind === 'token').length, 0, 'no token request');
  await assertClean(t, s, env.server.url, [auth.url]);
  await s.ctx.close();
});

test('a replayed code: invalid_grant AADSTS54005, sign in again', async (t) => {
  const s = await expectFailure(t, { mode: 'replay', error: 'invalid_grant', aadsts: '54005' }, async (p) => {
    await expectText(p, '[data-testid=signin-error] .advice', /already redeemed/);
  });
  // The browser logs the 400 of the token endpoint; nothing else.
  s.console = s.console.filter((m) => !/status of 400/.test(m));
  await assertClean(t, s, env.server.url, [auth.url]);
  await s.ctx.close();
});

test('token endpoint without CORS (the redirect URI registered as "Web"): detected and said', async (t) => {
  const s = await expectFailure(t, { platform: 'web', error: 'cors' }, async (p) => {
    await expectText(p, '[data-testid=signin-error] .error-message', /registered under Web instead of Single-page application/);
  });
  // The browser reports the CORS refusal in the console itself; nothing else may appear there.
  expectConsole(s, /blocked by CORS policy/, 'the fake token endpoint refuses this origin on purpose (a "Web" redirect URI)');
  expectConsole(s, /net::ERR_FAILED/, 'the refused token request, as Chromium logs it');
  expectConsole(s, /status of 405/, "the page's no-cors probe of the token endpoint gets a 405 (GET)");
  await s.ctx.close();
});

test('AADSTS9002326 when the token endpoint lets the page read the refusal', async (t) => {
  const s = await expectFailure(t, { platform: 'web', webReadable: true, error: 'invalid_request', aadsts: '9002326' }, async (p) => {
    await expectText(p, '[data-testid=signin-error] .advice', /AADSTS9002326: the redirect URI is registered under Web/);
  });
  s.console = s.console.filter((m) => !/status of 400/.test(m));
  await assertClean(t, s, env.server.url, [auth.url]);
  await s.ctx.close();
});

test('AADSTS50011: Entra shows its own page; coming back, the page says what to register', async (t) => {
  await register({ redirectUris: ['https://partner.example/kit/'] });
  const s = await signIn();
  const p = s.page;
  await p.waitForURL((u) => u.origin === auth.url);
  await expectAttr(p, '#aadsts', 'data-code', '50011');
  // The user comes back with the Back button (from the back/forward cache or not).
  await p.goBack();
  await p.waitForSelector('[data-testid=signin-status][data-status=error]');
  assert.equal(await p.getAttribute('[data-testid=signin-status]', 'data-error'), 'no_answer');
  await expectText(p, '[data-testid=signin-error] .advice', /AADSTS50011: this page's address is not a redirect URI/);
  assert.equal(await p.inputValue('[data-testid=signin-client-id]'), APP);
  await expectText(p, '[data-testid=signin-redirect-uri]', env.server.url);
  assert.equal(await p.evaluate(() => sessionStorage.length), 0);
  expectConsole(s, /status of 400/, "the fake's error page for the unregistered redirect URI answers 400, as Entra does");
  expectConsole(s, /status of 404/, "the fake's error page has no favicon");
  await s.ctx.close();
});

test('a forged answer opened in a fresh tab is refused (no round trip started here)', async (t) => {
  const s = await openApp(env.browser, env.server.url, '#code=stolen-code&state=guess');
  await s.page.waitForSelector('[data-testid=signin-status][data-status=error]');
  assert.equal(await s.page.getAttribute('[data-testid=signin-status]', 'data-error'), 'state_mismatch');
  assert.equal(new URL(s.page.url()).hash, '#/sign-in');
  assert.equal((await auth.log()).filter((r) => r.kind === 'token').length, 0);
  await assertClean(t, s, env.server.url);
  await s.ctx.close();
});

test('Japanese: the registration steps use the portal wording', async () => {
  const s = await openApp(env.browser, env.server.url, '#/sign-in', { locale: 'ja-JP' });
  await s.page.selectOption('[data-testid=lang-switch]', 'ja');
  await expectText(s.page, '[data-testid=signin-register]', /\[シングルページ アプリケーション\]/);
  await expectText(s.page, '[data-testid=signin-register]', /\[認証\]/);
  await s.ctx.close();
});
