// What a benchmark figure depends on besides the code: the machine, how busy it was, and which
// clock timed it. On-CPU time counts only the time the measuring thread actually ran, so a slice
// that was preempted by another process is not charged for the wait (wall time is); it still
// pays for a shared cache or a busy sibling core, which is what interleaving with the peak is for.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface CpuClock {
  /** Milliseconds of on-CPU time consumed so far by the clock's subject. */
  now(): number;
  /** What is timed, for the report. */
  description: string;
}

type ThreadCpuUsage = () => NodeJS.CpuUsage;

/**
 * The best on-CPU clock available for this thread: Node's `process.threadCpuUsage()` (Node ≥ 23.9);
 * else Linux's per-thread scheduler accounting (`/proc/thread-self/schedstat`, nanoseconds, the
 * same count getrusage sums); else `process.cpuUsage()`, which also charges V8's background
 * threads (garbage collection, compilation) to the measured code.
 */
export function cpuClock(): CpuClock {
  const threadCpuUsage = (process as unknown as { threadCpuUsage?: ThreadCpuUsage }).threadCpuUsage;
  if (typeof threadCpuUsage === 'function') {
    return {
      now: () => {
        const u = threadCpuUsage.call(process);
        return (u.user + u.system) / 1000;
      },
      description: 'on-CPU time of this thread (process.threadCpuUsage)',
    };
  }
  const schedstat = '/proc/thread-self/schedstat';
  const fromSchedstat = (): number => Number(readFileSync(schedstat, 'latin1').split(' ')[0]) / 1e6;
  try {
    if (Number.isFinite(fromSchedstat())) {
      return {
        now: fromSchedstat,
        description: 'on-CPU time of this thread (/proc/thread-self/schedstat)',
      };
    }
  } catch {
    // Not Linux, or /proc is not mounted: fall through to the whole process.
  }
  return {
    now: () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    },
    description: 'on-CPU time of the whole process (process.cpuUsage, includes V8 helper threads)',
  };
}

/** "2 cores (AMD EPYC), Linux 6.1, Node v20.20.2": the machine in one line. */
export function machineLine(): string {
  const cpus = os.cpus();
  const models = [...new Set(cpus.map((c) => c.model.trim()))].join(', ') || 'unknown CPU';
  const cores = os.availableParallelism();
  return `${cores} cores available (${cpus.length} online; ${models}), ${os.type()} ${os.release()}, Node ${process.version}`;
}

/** The 1, 5 and 15 minute load averages: runnable processes competing for the cores. */
export function loadLine(): string {
  const [a, b, c] = os.loadavg().map((x) => x.toFixed(2));
  return `load average ${a} ${b} ${c} (1, 5, 15 min) on ${os.availableParallelism()} cores`;
}
