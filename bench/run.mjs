// The benchmark command's figures, printed as a table. Never fails on a figure (budgets that
// are deterministic, like the bundle size, are enforced by scripts/test instead).
import os from 'node:os';
import { launchBrowser } from '../tests/e2e/harness.mjs';
import { GOAL, distSizes } from '../scripts/size-report.mjs';
import { measureLoad } from './load.mjs';
import { measureToken } from './token.mjs';

const rows = [];
const add = (figure, value, goal) => rows.push({ figure, value, goal });

const { total, raw } = distSizes('dist');
add('dist/ total gzip (every page)', `${(total / 1024).toFixed(1)} KB`, `≤ ${(GOAL / 1024).toFixed(0)} KB (budget 330 KB)`);

const browser = await launchBrowser();
try {
  const load = await measureLoad(browser, 'dist', raw);
  add(`load to interactive ÷ static page of the same bytes (medians of ${load.runs} interleaved cold loads)`, `${load.ratio.toFixed(2)}`, '≤ 2.0');
  add('  ours (start page)', `${load.ours.toFixed(1)} ms`, '');
  add('  static page of the same size', `${load.static.toFixed(1)} ms`, '');
  const tok = await measureToken(browser, 'dist-bench');
  add(`decode + ${tok.checks} checks of a ${(tok.length / 1024).toFixed(0)} KB token (median of 1 000)`, `${(tok.ours * 1000).toFixed(0)} µs`, 'no slower than jwt-decode');
  add('  npm jwt-decode, header + payload, same page', `${(tok.theirs * 1000).toFixed(0)} µs (ours ${(tok.ours / tok.theirs).toFixed(2)}×)`, '');
} finally {
  await browser.close();
}

console.log(`\nDefender Partner Kit benchmarks — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
const w = Math.max(...rows.map((r) => r.figure.length));
const v = Math.max(...rows.map((r) => r.value.length));
console.log(`| ${'figure'.padEnd(w)} | ${'measured'.padEnd(v)} | goal |`);
console.log(`|${'-'.repeat(w + 2)}|${'-'.repeat(v + 2)}|------|`);
for (const r of rows) console.log(`| ${r.figure.padEnd(w)} | ${r.value.padEnd(v)} | ${r.goal} |`);
