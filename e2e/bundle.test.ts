// The shipped app carries no test hooks: the browser tests run a separate build (`--mode e2e`)
// that has them, and the production `dist/` is searched for every one of their names.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const TEST_ONLY = [
  '__reglab',
  'crashForTest',
  'closeForTest',
  'updatesApplied',
  'trainerOf',
  'snapshotsOf',
  'InspectableService',
];

function scripts(dir: string): { name: string; text: string }[] {
  const root = fileURLToPath(new URL(`../${dir}/assets/`, import.meta.url));
  return readdirSync(root)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ name: f, text: readFileSync(root + f, 'utf8') }));
}

describe('the production bundle', () => {
  it('has none of the test build’s hooks, which the test build does have', () => {
    const shipped = scripts('dist');
    expect(shipped.length).toBeGreaterThan(1);
    for (const { name, text } of shipped) {
      for (const hook of TEST_ONLY) expect(text.includes(hook), `${hook} in ${name}`).toBe(false);
    }
    const tested = scripts('dist-e2e')
      .map((s) => s.text)
      .join('\n');
    for (const hook of ['__reglab', 'crashForTest', 'updatesApplied']) {
      expect(tested.includes(hook), `${hook} in the test build`).toBe(true);
    }
  });
});
