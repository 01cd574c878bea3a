// Against the real /proc of this machine (Linux only): a child started here is found as a new
// child and its threads are read.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { childPids, newChildren, procAvailable, sampleThreads } from './chromiumThreads';

describe.runIf(procAvailable())('chromiumThreads on /proc', () => {
  it('finds a child started after the listing, and reads its threads', () => {
    const before = childPids();
    // spawn returns once the child exists (libuv reports a failed exec synchronously).
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e6)'], {
      stdio: 'ignore',
    });
    try {
      // toContain, not toEqual: under another vitest pool this process may start children too.
      const added = newChildren(before);
      expect(added).toContain(child.pid);
      expect(added.filter((pid) => before.includes(pid))).toEqual([]);
      const { threads } = sampleThreads([child.pid!]);
      const main = threads.find((t) => t.tid === child.pid);
      expect(main).toBeDefined();
      expect(main!.pid).toBe(child.pid);
      expect(main!.processType).toBe('browser'); // no --type= argument
      expect(Number.isInteger(main!.cpuNs)).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('reads this process’s own main thread, which has run', () => {
    const { threads, atMs } = sampleThreads([process.pid]);
    const main = threads.find((t) => t.tid === process.pid);
    expect(main?.cpuNs).toBeGreaterThan(0);
    expect(atMs).toBeLessThanOrEqual(performance.now());
  });
});
