// Prints the gzip size (level 9) of every file in dist/ and the total; fails above the budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 200 * 1024; // hard limit (bytes); the goal is 120 KB
const GOAL = 120 * 1024;
const dir = process.argv[2] ?? 'dist';
const files = [];
(function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (name.startsWith('.')) continue; // Trunk's lock file is not served
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
})(dir);
let total = 0;
const rows = files.map((f) => {
  const raw = readFileSync(f);
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  return [relative(dir, f), raw.length, gz];
}).sort((a, b) => b[2] - a[2]);
for (const [name, raw, gz] of rows) console.log(`${String(gz).padStart(9)} gz ${String(raw).padStart(9)} raw  ${name}`);
const kb = (n) => (n / 1024).toFixed(1);
console.log(`dist gzip total: ${total} bytes (${kb(total)} KB); goal ${kb(GOAL)} KB, budget ${kb(BUDGET)} KB`);
if (total > BUDGET) {
  console.error(`size budget exceeded: ${kb(total)} KB > ${kb(BUDGET)} KB`);
  process.exit(1);
}
