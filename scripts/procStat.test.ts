import { describe, expect, it } from 'vitest';
import { descendants, parseSchedstat, parseStat, processType } from './procStat';

describe('parseStat', () => {
  it('reads pid, name and parent from a real line', () => {
    const line =
      '5871 (chromium) S 5827 5825 5773 0 -1 4194560 81436 0 0 0 1123 153 0 0 20 0 17 0 709098';
    expect(parseStat(line)).toEqual({ pid: 5871, comm: 'chromium', ppid: 5827 });
  });

  it('takes the name up to the last parenthesis, spaces and parentheses included', () => {
    const line = '42 (a) b (c)) R 7 42 42 0 -1 0';
    expect(parseStat(line)).toEqual({ pid: 42, comm: 'a) b (c)', ppid: 7 });
  });

  it('refuses lines without a name or a parent', () => {
    expect(parseStat('')).toBeNull();
    expect(parseStat('12 chromium S 1')).toBeNull();
    expect(parseStat('12 (chromium) S')).toBeNull();
  });
});

describe('parseSchedstat', () => {
  it('gives the first field, on-CPU nanoseconds, beyond 2^32', () => {
    expect(parseSchedstat('227312000123 400469 1\n')).toBe(227312000123);
  });

  it('is NaN for anything else', () => {
    expect(parseSchedstat('')).toBeNaN();
    expect(parseSchedstat('-1 2 3')).toBeNaN();
    expect(parseSchedstat('1.5 2 3')).toBeNaN();
  });
});

describe('descendants', () => {
  // The bench (1) started the preview server (2, which has a child 5) and the browser (3); the
  // browser forked the zygote (4), which forked a renderer (6). 7 is someone else's.
  const tree = [
    { pid: 2, ppid: 1 },
    { pid: 3, ppid: 1 },
    { pid: 4, ppid: 3 },
    { pid: 5, ppid: 2 },
    { pid: 6, ppid: 4 },
    { pid: 7, ppid: 99 },
  ];

  it('follows parent links to grandchildren, roots included', () => {
    expect(descendants(tree, [3]).sort()).toEqual([3, 4, 6]);
  });

  it('leaves out the siblings of the roots', () => {
    expect(descendants(tree, [1]).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(descendants(tree, [2, 3]).sort()).toEqual([2, 3, 4, 5, 6]);
  });

  it('ends on a cycle (a pid reused while the listing was read)', () => {
    expect(descendants([...tree, { pid: 3, ppid: 6 }], [3]).sort()).toEqual([3, 4, 6]);
  });
});

describe('processType', () => {
  it('reads --type= from NUL-separated arguments, and calls the browser browser', () => {
    expect(processType('/usr/lib/chromium/chromium\0--type=renderer\0--lang=en-US\0')).toBe(
      'renderer',
    );
    expect(processType('/usr/lib/chromium/chromium\0--type=gpu-process\0')).toBe('gpu-process');
    expect(processType('/usr/lib/chromium/chromium\0--headless\0--no-sandbox\0')).toBe('browser');
  });

  it('reads it from the one space-joined line a child process rewrites its arguments into', () => {
    const renderer =
      '/usr/lib/chromium/chromium --type=renderer --crashpad-handler-pid=0 ' +
      '--enable-crash-reporter=,built on Debian GNU/Linux 12 (bookworm) --noerrdialogs\0';
    expect(processType(renderer)).toBe('renderer');
    expect(processType('/usr/lib/chromium/chromium --no-type=x --typed\0')).toBe('browser');
  });
});
