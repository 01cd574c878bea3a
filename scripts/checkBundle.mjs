// After `vite build`: the page's start-up JavaScript (the entry script and what index.html
// preloads), gzipped, against its budget. The engine ships only in the worker's bundle, so a
// page bundle over budget usually means something imported the engine again.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const BUDGET_KB = 130;

const html = readFileSync(`${DIST}index.html`, 'utf8');
const scripts = [
  ...html.matchAll(
    /<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g,
  ),
].map((m) => m[1]);
let total = 0;
for (const file of new Set(scripts)) {
  const bytes = readFileSync(`${DIST}${file}`);
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += gz;
  console.log(
    `  ${file}: ${(bytes.length / 1000).toFixed(1)} kB, ${(gz / 1000).toFixed(1)} kB gzipped`,
  );
}
const kb = total / 1000;
console.log(`Page start-up JavaScript: ${kb.toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB).`);
if (scripts.length === 0) {
  console.error('No script found in dist/index.html: is the build complete?');
  process.exit(1);
}
if (kb > BUDGET_KB) {
  console.error(
    `Over budget by ${(kb - BUDGET_KB).toFixed(1)} kB: look for an engine import in src/.`,
  );
  process.exit(1);
}
