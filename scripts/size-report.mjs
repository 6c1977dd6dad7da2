// Prints the gzip size (level 9) of every file in dist/ and the total; fails above the budget.
// Also importable: `distSizes(dir)` returns { rows, total, raw }.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET = 200 * 1024; // hard limit (bytes)
export const GOAL = 120 * 1024;

export function distSizes(dir = 'dist') {
  const files = [];
  (function walk(d) {
    for (const name of readdirSync(d)) {
      if (name.startsWith('.')) continue; // Trunk's lock file is not served
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  })(dir);
  let total = 0;
  let raw = 0;
  const rows = files.map((f) => {
    const bytes = readFileSync(f);
    const gz = gzipSync(bytes, { level: 9 }).length;
    total += gz;
    raw += bytes.length;
    return [relative(dir, f), bytes.length, gz];
  }).sort((a, b) => b[2] - a[2]);
  return { rows, total, raw };
}

const kb = (n) => (n / 1024).toFixed(1);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, total } = distSizes(process.argv[2] ?? 'dist');
  for (const [name, raw, gz] of rows) console.log(`${String(gz).padStart(9)} gz ${String(raw).padStart(9)} raw  ${name}`);
  console.log(`dist gzip total: ${total} bytes (${kb(total)} KB); goal ${kb(GOAL)} KB, budget ${kb(BUDGET)} KB`);
  if (total > BUDGET && !process.argv.includes('--no-budget')) {
    console.error(`size budget exceeded: ${kb(total)} KB > ${kb(BUDGET)} KB`);
    process.exit(1);
  }
}
