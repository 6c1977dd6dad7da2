// Takes the README's screenshots of the release build (dist/) in Debian's Chromium:
//   trunk build index.html --release && node scripts/screenshots.mjs
import { launchBrowser, openApp, serveStatic } from '../tests/e2e/harness.mjs';

const shots = [
  { name: 'about-en-light', hash: '#/about', locale: 'en-US', colorScheme: 'light' },
  { name: 'about-ja-dark', hash: '#/about', locale: 'ja-JP', colorScheme: 'dark' },
  { name: 'signin-en', hash: '#/sign-in', locale: 'en-US', colorScheme: 'light', fullPage: true,
    fill: { '[data-testid=signin-client-id]': '11112222-3333-4444-5555-666677778888', '[data-testid=signin-tenant]': 'contoso.onmicrosoft.com' } },
  ...(process.env.SHOTS ? JSON.parse(process.env.SHOTS) : []),
];
const server = await serveStatic();
const browser = await launchBrowser();
try {
  for (const shot of shots) {
    const s = await openApp(browser, server.url, shot.hash, shot);
    await s.page.setViewportSize({ width: 1280, height: shot.height ?? 800 });
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
