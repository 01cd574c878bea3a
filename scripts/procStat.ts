// Reading Linux's /proc text for bench:ui's per-thread CPU: the pure parsing, kept apart from the
// file reads (chromiumThreads.ts) so it can be tested on fixed lines. Formats: proc(5).

export interface StatFields {
  pid: number;
  comm: string;
  ppid: number;
}

/**
 * The pid, name and parent of a /proc/<pid>/stat (or task/<tid>/stat) line. The name is in
 * parentheses and may itself hold spaces and parentheses (a thread may call itself anything), so
 * it runs to the last ')' and the fields after it are split from there. Null when malformed.
 */
export function parseStat(line: string): StatFields | null {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const pid = Number(line.slice(0, open).trim());
  // After the name: state, then ppid.
  const ppid = Number(
    line
      .slice(close + 1)
      .trim()
      .split(/\s+/)[1],
  );
  if (!Number.isInteger(pid) || !Number.isInteger(ppid)) return null;
  return { pid, comm: line.slice(open + 1, close), ppid };
}

/**
 * Nanoseconds on a CPU from a schedstat line ("on-CPU ns, waiting ns, timeslices"): the
 * scheduler's own count, exact to the nanosecond where /proc/<pid>/stat's utime and stime come in
 * clock ticks (10 ms), too coarse for a thread that runs 20 ms in a 5 s window. NaN if malformed.
 */
export function parseSchedstat(line: string): number {
  const first = line.trim().split(/\s+/)[0];
  return first !== undefined && /^\d+$/.test(first) ? Number(first) : NaN;
}

/**
 * The roots and every process below them, found by following parent links: Chromium's renderers
 * are the zygote's children, not the browser's, so the direct children are not enough.
 */
export function descendants(
  processes: readonly { pid: number; ppid: number }[],
  roots: readonly number[],
): number[] {
  const children = new Map<number, number[]>();
  for (const p of processes) {
    const list = children.get(p.ppid);
    if (list) list.push(p.pid);
    else children.set(p.ppid, [p.pid]);
  }
  const found = new Set<number>();
  const stack = [...roots];
  while (stack.length) {
    const pid = stack.pop()!;
    if (found.has(pid)) continue;
    found.add(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return [...found];
}

/**
 * Chromium's process type from its /proc/<pid>/cmdline: the value of --type= ("renderer",
 * "gpu-process", "utility", "zygote"), or "browser" without one. The kernel separates arguments
 * with NUL bytes, but Chromium's child processes rewrite theirs into one line joined by spaces
 * (setproctitle, for ps), so both separate arguments here.
 */
export function processType(cmdline: string): string {
  for (const arg of cmdline.split(/[\0 ]/)) {
    if (arg.startsWith('--type=')) return arg.slice('--type='.length);
  }
  return 'browser';
}
