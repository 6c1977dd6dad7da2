// Accessibility: axe-core on every page in both languages and both themes (zero serious or
// critical violations), labels on every input, visible focus, and keyboard-only navigation.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { axeSeriousViolations, expectAttr, expectText, openApp, withPageAndBrowser } from './harness.mjs';

const ROUTES = ['consent', 'token', 'incidents', 'migrate', 'about', 'no-such-page'];
const env = await withPageAndBrowser();

for (const colorScheme of ['light', 'dark']) {
  for (const locale of ['en-US', 'ja-JP']) {
    test(`axe: no serious or critical violation on any page (${locale}, ${colorScheme})`, async () => {
      const s = await openApp(env.browser, env.server.url, '#/about', { locale, colorScheme });
      for (const route of ROUTES) {
        await s.page.evaluate((r) => { location.hash = `#/${r}`; }, route);
        await s.page.waitForSelector('[data-testid=page-heading]');
        await s.page.waitForTimeout(50);
        const violations = await axeSeriousViolations(s.page);
        assert.deepEqual(violations, [], `${route}: ${JSON.stringify(violations, null, 1)}`);
      }
      await s.ctx.close();
    });
  }
}

test('every form control has an accessible name on every page', async () => {
  const s = await openApp(env.browser, env.server.url, '#/about');
  for (const route of ROUTES) {
    await s.page.evaluate((r) => { location.hash = `#/${r}`; }, route);
    await s.page.waitForSelector('[data-testid=page-heading]');
    const unnamed = await s.page.evaluate(() => [...document.querySelectorAll('input, select, textarea, button')]
      .filter((el) => el.type !== 'hidden')
      .filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el.tagName === 'BUTTON' && el.textContent.trim())))
      .map((el) => el.outerHTML.slice(0, 120)));
    assert.deepEqual(unnamed, [], route);
  }
  await s.ctx.close();
});

test('the shell works with the keyboard alone, with a visible focus ring', async () => {
  const s = await openApp(env.browser, env.server.url, '#/about');
  const { page } = s;
  // Tab to the first navigation link and follow the links with Enter.
  const seen = [];
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { route: el.dataset.route ?? null, testid: el.dataset.testid ?? null, outline: style.outlineStyle, width: style.outlineWidth };
    });
    seen.push(focused);
    assert.notEqual(focused.outline, 'none', `focus ring visible on ${JSON.stringify(focused)}`);
    if (focused.route === 'token') break;
  }
  assert.equal(seen.at(-1).route, 'token', `reached the token link by Tab: ${JSON.stringify(seen)}`);
  await page.keyboard.press('Enter');
  await expectText(page, '[data-testid=page-heading]', 'Token inspector');
  // The language switch is reachable and operable from the keyboard.
  await page.focus('[data-testid=lang-switch]');
  await page.keyboard.press('ArrowDown');
  await expectAttr(page, 'html', 'lang', 'ja');
  await expectText(page, '[data-testid=page-heading]', 'アクセス トークンの検査');
  await s.ctx.close();
});
