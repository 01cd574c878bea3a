import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The bin itself, not `npx vite`: then the child's PID is the server's and killing it stops it.
const VITE_BIN = fileURLToPath(new URL('../node_modules/.bin/vite', import.meta.url));
const START_TIMEOUT_MS = 30_000;

export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not read the port the OS picked.'));
      });
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Serves the browser tests' build (`dist-e2e/`, built with `--mode e2e`: the production app plus
 * the test hooks of src/lab/testHooks.ts) with `vite preview` on a free loopback port. `outDir`
 * (relative to the repository, or absolute) serves another build instead: bench:ui's --against
 * serves another commit's build beside this one's. It is served with this checkout's vite config.
 */
export async function startPreviewServer(outDir = 'dist-e2e'): Promise<PreviewServer> {
  const dir = path.resolve(ROOT, outDir);
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(
      outDir === 'dist-e2e'
        ? 'dist-e2e/index.html is missing: run `npm run build:e2e` before the e2e tests.'
        : `${dir}/index.html is missing: build it with \`vite build --mode e2e\` first.`,
    );
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    VITE_BIN,
    ['preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await answers(url))) {
    if (child.exitCode !== null) {
      throw new Error(`vite preview exited with code ${child.exitCode}:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `vite preview did not answer at ${url} within ${START_TIMEOUT_MS} ms:\n${output}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, stop };
}
