// Entry for `npm run sweep`; the logic lives in sweepCli.ts so tests can call it directly.
import { runSweepCli } from './sweepCli';

process.exitCode = await runSweepCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => performance.now(),
});
