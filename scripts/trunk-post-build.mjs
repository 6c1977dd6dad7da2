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
const body = code.trim() + '\n';
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
