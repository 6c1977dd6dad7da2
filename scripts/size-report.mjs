// Prints the gzip size (level 9) of every file in dist/ and the total, against the goal and the
// budget; fails above the budget. Then the biggest contributors inside the WebAssembly: code per
// crate and the largest functions, read from the name section of the module cargo built (Trunk's
// wasm-opt strips names from the shipped one, so these are sizes before wasm-opt: a ranking, not
// the shipped bytes), and the read-only data.
// Usage: node scripts/size-report.mjs [dist] [--no-budget] [--top N]
// Also importable: `distSizes(dir)` returns { rows, total, raw }; `wasmContributors(file)`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET = 330 * 1024; // hard limit (bytes): the test command fails above it
export const GOAL = 250 * 1024;
export const UNOPTIMISED_WASM = 'target/wasm32-unknown-unknown/release/defender-partner-kit.wasm';

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

// --- a minimal WebAssembly reader: sections, function bodies, data segments, the name section ---

function reader(buf, pos = 0) {
  const r = {
    pos,
    u8: () => buf[r.pos++],
    leb: () => {
      let result = 0; let shift = 0; let b;
      do { b = buf[r.pos++]; result += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
      return result;
    },
    name: () => { const n = r.leb(); const s = buf.toString('utf8', r.pos, r.pos + n); r.pos += n; return s; },
  };
  return r;
}

/** Code bytes per function (with names where the module has them) and data bytes. */
export function wasmContributors(file) {
  const buf = readFileSync(file);
  const r = reader(buf, 8);
  let imported = 0;
  const bodies = [];
  const names = new Map();
  let data = 0;
  let dataSegments = [];
  while (r.pos < buf.length) {
    const id = r.u8();
    const size = r.leb();
    const end = r.pos + size;
    if (id === 2) { // imports: function imports take the first indices
      for (let n = r.leb(); n > 0; n -= 1) {
        r.name(); r.name();
        const kind = r.u8();
        if (kind === 0) { r.leb(); imported += 1; } else if (kind === 1) { r.u8(); const f = r.u8(); r.leb(); if (f & 1) r.leb(); } else if (kind === 2) { const f = r.u8(); r.leb(); if (f & 1) r.leb(); } else if (kind === 3) { r.u8(); r.u8(); } else { r.u8(); r.leb(); }
      }
    } else if (id === 10) {
      for (let n = r.leb(); n > 0; n -= 1) { const len = r.leb(); bodies.push(len); r.pos += len; }
    } else if (id === 11) {
      data = size;
      dataSegments = [size];
    } else if (id === 0) {
      const secName = r.name();
      if (secName === 'name') {
        while (r.pos < end) {
          const sub = r.u8(); const len = r.leb(); const subEnd = r.pos + len;
          if (sub === 1) for (let n = r.leb(); n > 0; n -= 1) { const idx = r.leb(); names.set(idx, r.name()); }
          r.pos = subEnd;
        }
      }
    }
    r.pos = end;
  }
  const functions = bodies.map((bytes, i) => ({ name: names.get(i + imported) ?? `func[${i + imported}]`, bytes }));
  return { functions, data, dataSegments, code: bodies.reduce((a, b) => a + b, 0) };
}

/** The crate a (mangled or demangled) Rust symbol belongs to. */
export function crateOf(name) {
  const v0 = /^_R.*?C(?:s[0-9a-zA-Z]*_)?(\d+)/.exec(name); // Rust v0 mangling: the first crate root
  if (v0) return name.substr(v0.index + v0[0].length, Number(v0[1]));
  const path = demangleLegacy(name).replace(/^_(?=<)/, '').replace(/^<+/, '').replace(/^&(mut )?/, '');
  const m = /^([A-Za-z_][A-Za-z0-9_]*)/.exec(path);
  return m ? m[1] : '(other)';
}

function demangleLegacy(name) {
  if (!name.startsWith('_ZN')) return name;
  const parts = []; let i = 3;
  while (i < name.length && name[i] !== 'E') {
    const m = /^\d+/.exec(name.slice(i)); if (!m) break;
    i += m[0].length; parts.push(name.slice(i, i + Number(m[0]))); i += Number(m[0]);
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? '')) parts.pop();
  return parts.join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&').replace(/\$C\$/g, ',').replace(/\$u7b\$/g, '{').replace(/\$u7d\$/g, '}').replace(/\.\./g, '::');
}

const kb = (n) => (n / 1024).toFixed(1);

export function printContributors(file, top = 12) {
  const { functions, data, code } = wasmContributors(file);
  const perCrate = new Map();
  for (const f of functions) {
    const c = crateOf(f.name);
    perCrate.set(c, (perCrate.get(c) ?? 0) + f.bytes);
  }
  console.log(`\nInside the WebAssembly, before wasm-opt (${file}): code ${kb(code)} KB, data ${kb(data)} KB raw`);
  console.log('code per crate (raw KB):');
  for (const [c, bytes] of [...perCrate].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(bytes).padStart(9)}  ${c}`);
  console.log(`largest functions (raw KB):`);
  for (const f of [...functions].sort((a, b) => b.bytes - a.bytes).slice(0, top)) console.log(`${kb(f.bytes).padStart(9)}  ${demangleLegacy(f.name).replace(/\$u7b\$/g, '{').replace(/\$u7d\$/g, '}').slice(0, 140)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 12;
  const { rows, total } = distSizes(dir);
  for (const [name, raw, gz] of rows) console.log(`${String(gz).padStart(9)} gz ${String(raw).padStart(9)} raw  ${name}`);
  const verdict = total > BUDGET ? 'OVER THE BUDGET' : total > GOAL ? 'within the budget, above the goal' : 'within the goal';
  console.log(`dist gzip total: ${total} bytes (${kb(total)} KB); goal ≤ ${kb(GOAL)} KB, budget ${kb(BUDGET)} KB: ${verdict}`);
  if (existsSync(UNOPTIMISED_WASM)) printContributors(UNOPTIMISED_WASM, top);
  if (total > BUDGET && !args.includes('--no-budget')) {
    console.error(`size budget exceeded: ${kb(total)} KB > ${kb(BUDGET)} KB`);
    process.exit(1);
  }
}
