// Takes every README screenshot of the release build (dist/) in Debian's Chromium, each the first
// screen at 1280 x 900 unless it says otherwise:
//   trunk build index.html --release && node scripts/screenshots.mjs
// Japanese text needs a CJK font on the machine (Debian's fonts-noto-cjk).
import { launchBrowser, openApp, serveStatic } from '../tests/e2e/harness.mjs';

// An app-only Defender for Endpoint token like the guide's PowerShell snippet returns (unsigned:
// the inspector decodes and checks it without keys). Built here; nothing real.
const b64 = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const mdeToken = `${b64({ typ: 'JWT', alg: 'RS256', kid: 'k1' })}.${b64({
  aud: 'https://api.securitycenter.microsoft.com', iss: `https://sts.windows.net/${TID}/`, iat: now - 300,
  nbf: now - 300, exp: now + 3300, appid: '11111111-2222-3333-4444-555555555555', appidacr: '1',
  app_displayname: 'Contoso SOC connector', idtyp: 'app', oid: '99999999-0000-0000-0000-000000000001',
  roles: ['Machine.Read.All', 'Alert.Read.All'], sub: '99999999-0000-0000-0000-000000000001', tid: TID, ver: '1.0',
})}.${Buffer.from('not-a-real-signature').toString('base64url')}`;
const token = { '[data-testid=token-input]': mdeToken };
// An app registration's requiredResourceAccess with Microsoft Threat Protection roles (incidents
// read and write, advanced hunting) beside a Microsoft Graph delegated permission.
const manifest = JSON.stringify({ requiredResourceAccess: [
  { resourceAppId: '00000003-0000-0000-c000-000000000000', resourceAccess: [{ id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' }] },
  { resourceAppId: '8ee8fdad-f234-4243-8f3b-15c294843740', resourceAccess: [
    { id: 'a9790345-4595-42e4-971a-ccdc79f19b7c', type: 'Role' },
    { id: '8d90f441-09cf-4fdc-ab45-e874fa3a28e8', type: 'Role' },
    { id: '7734e8e5-8dde-42fc-b5ae-6eafea078693', type: 'Role' },
  ] },
] }, null, 2);

const shots = [
  { name: 'start-en', hash: '#/', locale: 'en-US', colorScheme: 'light' },
  { name: 'start-ja-dark', hash: '#/', locale: 'ja-JP', colorScheme: 'dark' },
  { name: 'token-en', hash: '#/token', locale: 'en-US', colorScheme: 'light', fill: token },
  { name: 'token-ja-dark', hash: '#/token', locale: 'ja-JP', colorScheme: 'dark', fill: token },
  { name: 'consent-en', hash: '#/consent', locale: 'en-US', colorScheme: 'light' },
  { name: 'consent-ja', hash: '#/consent', locale: 'ja-JP', colorScheme: 'light' },
  { name: 'incidents-en', hash: '#/incidents', locale: 'en-US', colorScheme: 'light' },
  { name: 'about-en-light', hash: '#/about', locale: 'en-US', colorScheme: 'light' },
  { name: 'about-ja-dark', hash: '#/about', locale: 'ja-JP', colorScheme: 'dark' },
  { name: 'signin-en', hash: '#/sign-in', locale: 'en-US', colorScheme: 'light', fullPage: true,
    fill: { '[data-testid=signin-client-id]': '11112222-3333-4444-5555-666677778888', '[data-testid=signin-tenant]': 'contoso.onmicrosoft.com' } },
  { name: 'migrate-en', hash: '#/migrate', locale: 'en-US', colorScheme: 'light', height: 1400,
    fill: { '[data-testid=migration-input]': manifest } },
  { name: 'migrate-ja-dark', hash: '#/migrate', locale: 'ja-JP', colorScheme: 'dark', fill: { '[data-testid=migration-input]': mdeToken } },
  ...(process.env.SHOTS ? JSON.parse(process.env.SHOTS) : []),
];
const server = await serveStatic();
const browser = await launchBrowser();
try {
  for (const shot of shots) {
    const s = await openApp(browser, server.url, shot.hash, shot);
    await s.page.setViewportSize({ width: 1280, height: shot.height ?? 900 });
    if (shot.script) await s.page.evaluate(shot.script);
    for (const [selector, value] of Object.entries(shot.fill ?? {})) await s.page.fill(selector, value);
    await s.page.waitForTimeout(300);
    await s.page.screenshot({ path: `docs/screenshots/${shot.name}.png`, fullPage: Boolean(shot.fullPage) });
    await s.ctx.close();
    console.log(`docs/screenshots/${shot.name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
