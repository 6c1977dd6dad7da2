// Trunk post_build hook: move Trunk's inline wasm loader into a file of ours.
//
// Trunk writes `<script type="module">import init …</script>` inline into index.html. Our
// Content-Security-Policy allows scripts from 'self' only (no 'unsafe-inline', no hashes that
// would change every build), so the loader becomes `loader-<hash>.js`, referenced with a
// Subresource Integrity attribute like every other generated asset. The build fails if the
// page would still carry an inline script or inline event handler.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('trunk-post-build: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

// Trunk minifies release HTML, so attribute quotes are optional.
const inline = /<script type="?module"?(?: nonce="?[^" >]*"?)?>([\s\S]*?)<\/script>/g;
const found = [...html.matchAll(inline)];
if (found.length !== 1) {
  console.error(`trunk-post-build: expected exactly one inline module loader, found ${found.length}`);
  process.exit(1);
}
const [whole, code] = found[0];
let body = code.trim() + '\n';

// Subresource Integrity for the WebAssembly itself. Trunk puts `integrity` on the wasm's
// `<link rel=preload as=fetch>`, but Chromium ignores integrity on fetch preloads (and says so in
// the console, crbug.com/981419), and the loader fetches the module without it: the wasm was
// never checked. The loader now fetches it with the integrity value, which Chromium enforces
// (a changed byte and the app does not start), and the preload keeps only what it can use; the
// loader's request still reuses the preloaded response.
const preload = /<link(?=[^>]*\bas="?fetch"?)(?=[^>]*\bhref="?\.\/([^" >]+\.wasm)"?)[^>]*>/;
const link = html.match(preload);
const wasmIntegrity = link?.[0].match(/\bintegrity="?(sha384-[A-Za-z0-9+/=]+)"?/);
const wasmPath = /module_or_path:\s*(["'`])\.\/([^"'`]+\.wasm)\1/;
if (!link || !wasmIntegrity || body.match(wasmPath)?.[2] !== link[1]) {
  console.error('trunk-post-build: could not find the wasm preload (with integrity) and the loader\'s wasm path');
  process.exit(1);
}
html = html.replace(link[0], link[0].replace(wasmIntegrity[0], '').replace(/\s+>/, '>').replace(/\s{2,}/g, ' '));
body = body.replace(wasmPath, (_, q, path) =>
  `module_or_path:fetch(${q}./${path}${q},{integrity:${q}${wasmIntegrity[1]}${q}})`);
const name = `loader-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
const integrity = 'sha384-' + createHash('sha384').update(body).digest('base64');
writeFileSync(join(dir, name), body);
html = html.replace(whole, `<script type="module" src="./${name}" integrity="${integrity}" crossorigin="anonymous"></script>`);

// Guard: nothing inline that the CSP would block must remain.
const leftovers = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)];
const handlers = html.match(/\son[a-z]+\s*=/gi);
if (leftovers.length || handlers) {
  console.error('trunk-post-build: inline script or event handler left in index.html:', leftovers.map((m) => m[0]), handlers);
  process.exit(1);
}
writeFileSync(htmlPath, html);
console.log(`trunk-post-build: loader moved to ${name}`);
