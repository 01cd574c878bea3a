// The one test command (`npm test`, and CI through .ci/run). Every step runs even after a failure,
// so the closing count is complete. Lint, format and typecheck count as one check each; the unit
// and e2e suites count their tests, read from vitest's JSON report. The last line is exactly
// `N passed, N failed`, which CI reads.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = `${ROOT}.vitest-results/`;
const VITEST = `${ROOT}node_modules/.bin/vitest`;

/** @type {{ name: string, passed: number, failed: number, skipped: number, note: string, seconds: number }[]} */
const steps = [];

function run(command, args) {
  const started = Date.now();
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  const seconds = (Date.now() - started) / 1000;
  // A spawn error (missing binary) has no status: count it as a failure, never as a pass.
  return { ok: result.status === 0, status: result.status ?? 1, seconds };
}

/**
 * Runs independent commands at the same time (each mostly on one core; these machines have two)
 * and prints each one's output whole once it ends, in the order given.
 * @param {[string, string, string[]][]} commands name, command, arguments
 */
async function together(commands) {
  const runs = commands.map(([name, command, args]) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    return new Promise((resolve) => {
      const done = (status) =>
        resolve({ name, command, args, output, status, seconds: (Date.now() - started) / 1000 });
      child.on('error', (e) => {
        output += `${e.message}\n`;
        done(1);
      });
      child.on('close', (code) => done(code ?? 1));
    });
  });
  const results = [];
  for (const r of await Promise.all(runs)) {
    console.log(`\n▶ ${r.command} ${r.args.join(' ')}`);
    process.stdout.write(r.output);
    results.push(r.status === 0);
    steps.push({
      name: r.name,
      passed: r.status === 0 ? 1 : 0,
      failed: r.status === 0 ? 0 : 1,
      skipped: 0,
      note: '',
      seconds: r.seconds,
    });
  }
  return results;
}

function suite(name, extraArgs) {
  const report = `${RESULTS}${name}.json`;
  rmSync(report, { force: true });
  const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const { status, seconds } = run(VITEST, ['run', ...extraArgs, ...reporters]);
  const step = { name, passed: 0, failed: 0, skipped: 0, note: '', seconds };
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    step.passed = json.numPassedTests;
    step.failed = json.numFailedTests;
    step.skipped = json.numPendingTests + json.numTodoTests;
    // A file that fails to import fails no test of its own: count each such file once.
    const brokenFiles = json.testResults.filter(
      (file) =>
        file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
    );
    step.failed += brokenFiles.length;
    if (brokenFiles.length) step.note = `${brokenFiles.length} test file(s) failed to load`;
  }
  // A crash (bad config, no report written) fails the run without failing a test: count it once.
  if (status !== 0 && step.failed === 0) {
    step.failed = 1;
    step.note = `vitest exited with code ${status} without a failing test`;
  }
  steps.push(step);
}

function blocked(name, reason) {
  steps.push({ name, passed: 0, failed: 1, skipped: 0, note: reason, seconds: 0 });
}

mkdirSync(RESULTS, { recursive: true });

// The independent checks and both builds at once: lint is the long pole (over a minute), and
// format, typecheck and the two builds (the app with its size check, and the test build, into
// their own folders) fit beside it on the second core. Each counts as a check.
const [, , , app, e2e] = await together([
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['format:check', 'npm', ['run', '--silent', 'format:check']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['build:e2e', 'npm', ['run', '--silent', 'build:e2e']],
]);
suite('unit', []);

// The browser tests need Chromium and a fresh build; if either is missing they cannot run, and
// that counts as one failure rather than silently as zero tests.
if (!run('node', ['scripts/ensure-chromium.mjs']).ok) {
  blocked('e2e', 'Chromium is missing and could not be installed (see the message above)');
} else if (!app) blocked('e2e', '`npm run build` failed, so the e2e tests could not run');
else if (!e2e) blocked('e2e', '`npm run build:e2e` failed, so the e2e tests could not run');
else suite('e2e', ['--config', 'vitest.e2e.config.ts']);

console.log('\nSummary');
for (const s of steps) {
  const verdict = s.failed === 0 ? 'ok  ' : 'FAIL';
  const skipped = s.skipped ? `, ${s.skipped} skipped` : '';
  const note = s.note ? ` — ${s.note}` : '';
  console.log(
    `  ${verdict} ${s.name.padEnd(13)} ${s.passed} passed, ${s.failed} failed${skipped} (${s.seconds.toFixed(1)} s)${note}`,
  );
}
const passed = steps.reduce((sum, s) => sum + s.passed, 0);
const failed = steps.reduce((sum, s) => sum + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
