// Entry for `npm run train`; the logic lives in trainCli.ts so tests can call it directly.
import { runCli } from './trainCli';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => performance.now(),
});
