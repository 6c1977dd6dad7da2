// Decode + every check of a 16 KB token, median over 1 000 runs in the page (through the
// `bench_inspect` export), against the npm `jwt-decode` package decoding the same token in the
// same page. jwt-decode only decodes; ours also extracts, checks and judges, so "ours no slower"
// is a strict goal.
import { readFile } from 'node:fs/promises';
import { openApp, serveStatic } from '../tests/e2e/harness.mjs';

const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const SIG = Buffer.alloc(256, 7).toString('base64url'); // an RS256-sized signature

/** A realistic v1 app token padded with group claims to `bytes` characters. */
export function bigToken(bytes = 16 * 1024) {
  const now = Math.floor(Date.now() / 1000);
  const tid = '72f988bf-86f1-41af-91ab-2d7cd011db47';
  const claims = {
    aud: 'https://api.security.microsoft.com', iss: `https://sts.windows.net/${tid}/`, tid, ver: '1.0', idtyp: 'app',
    appid: '11111111-2222-3333-4444-555555555555', roles: ['Incident.Read.All'], iat: now - 60, nbf: now - 60, exp: now + 3600, groups: [],
  };
  const header = b64({ typ: 'JWT', alg: 'RS256', kid: 'k1' });
  let i = 0;
  while (`${header}.${b64(claims)}.${SIG}`.length < bytes) {
    claims.groups.push(`00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
    i += 1;
  }
  return `${header}.${b64(claims)}.${SIG}`;
}

export async function measureToken(browser, distDir, runs = 1000) {
  const server = await serveStatic(distDir);
  try {
    const s = await openApp(browser, server.url, '#/about');
    const cjs = await readFile(new URL('../node_modules/jwt-decode/build/cjs/index.js', import.meta.url), 'utf8');
    await s.page.evaluate(`(() => { const module = { exports: {} }; const exports = module.exports;\n${cjs}\nwindow.__jwtDecode = module.exports.jwtDecode; })()`);
    const token = bigToken();
    const result = await s.page.evaluate(({ token, runs }) => {
      const median = (xs) => { const v = [...xs].sort((a, b) => a - b); return v[v.length >> 1]; };
      const time = (f) => { const out = []; for (let i = 0; i < runs; i += 1) { const t = performance.now(); f(); out.push(performance.now() - t); } return out; };
      const now = Date.now() / 1000;
      const checks = window.wasmBindings.bench_inspect(token, now);
      if (!checks) throw new Error('bench_inspect did not check the token');
      for (let i = 0; i < 50; i += 1) { window.wasmBindings.bench_inspect(token, now); window.__jwtDecode(token); } // warm up
      const ours = time(() => window.wasmBindings.bench_inspect(token, now));
      const theirs = time(() => { window.__jwtDecode(token, { header: true }); window.__jwtDecode(token); });
      return { ours: median(ours), theirs: median(theirs), checks, length: token.length };
    }, { token, runs });
    await s.ctx.close();
    return result;
  } finally {
    await server.close();
  }
}
