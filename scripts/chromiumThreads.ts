// The file reads behind bench:ui's per-thread CPU (Linux /proc; the parsing is in procStat.ts).
// Chromium is found as this process's descendants: playwright-core starts the browser as our
// child (through the --cores 1 wrapper, which execs, so the pid is kept), and the browser forks
// the zygote, which forks the renderers. The vite preview servers and tsx's esbuild are our
// children too; they were running before the browser was launched, so the browser is the child
// that appeared across the launch (newChildren).
import { readFileSync, readdirSync } from 'node:fs';
import type { StatFields } from './procStat';
import { descendants, parseSchedstat, parseStat, processType } from './procStat';
import type { ThreadSample } from './threadGroups';

/** A file of a process or thread that may have exited since it was listed. */
function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'latin1');
  } catch {
    return null;
  }
}

function allProcesses(): StatFields[] {
  const found: StatFields[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOrNull(`/proc/${name}/stat`);
    const fields = stat === null ? null : parseStat(stat);
    if (fields) found.push(fields);
  }
  return found;
}

/** Whether this machine has the per-thread scheduler counts bench:ui reads. */
export function procAvailable(): boolean {
  return readOrNull('/proc/self/schedstat') !== null;
}

/** This process's direct children now. */
export function childPids(): number[] {
  return allProcesses()
    .filter((p) => p.ppid === process.pid)
    .map((p) => p.pid);
}

/** The children of this process that are not in `before` (a list taken by childPids). */
export function newChildren(before: readonly number[]): number[] {
  const old = new Set(before);
  return childPids().filter((pid) => !old.has(pid));
}

export interface ThreadsSample {
  /** performance.now() halfway through the reads (they take a few milliseconds). */
  atMs: number;
  threads: ThreadSample[];
}

/** Every thread of the roots and their descendants, with its name and on-CPU time so far. */
export function sampleThreads(roots: readonly number[]): ThreadsSample {
  const t0 = performance.now();
  const threads: ThreadSample[] = [];
  for (const pid of descendants(allProcesses(), roots)) {
    const cmdline = readOrNull(`/proc/${pid}/cmdline`);
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // The process exited since the listing.
    }
    if (cmdline === null) continue;
    const type = processType(cmdline);
    for (const tid of tids) {
      const comm = readOrNull(`/proc/${pid}/task/${tid}/comm`);
      const schedstat = readOrNull(`/proc/${pid}/task/${tid}/schedstat`);
      if (comm === null || schedstat === null) continue; // The thread ended since the listing.
      const cpuNs = parseSchedstat(schedstat);
      if (Number.isNaN(cpuNs)) continue;
      threads.push({ pid, tid: Number(tid), comm: comm.trim(), processType: type, cpuNs });
    }
  }
  return { atMs: (t0 + performance.now()) / 2, threads };
}
