import { describe, expect, it } from 'vitest';
import type { ThreadSample } from './threadGroups';
import { GROUPS, threadGroup, windowCpu } from './threadGroups';

// Threads as headless Chromium 156 names them (comm is cut at 15 characters): the page's
// renderer 200, an idle renderer 300, the GPU process 400, the browser 100.
const t = (pid: number, tid: number, comm: string, processType: string, ms = 0): ThreadSample => ({
  pid,
  tid,
  comm,
  processType,
  cpuNs: ms * 1e6,
});

describe('threadGroup', () => {
  const page = 200;
  it('names the page renderer’s threads by role, the main thread by its tid', () => {
    expect(threadGroup(t(200, 200, 'chromium', 'renderer'), page)).toBe('page main');
    expect(threadGroup(t(200, 244, 'DedicatedWorker', 'renderer'), page)).toBe('workers');
    expect(threadGroup(t(200, 209, 'ThreadPoolForeg', 'renderer'), page)).toBe('renderer pool');
    expect(threadGroup(t(200, 210, 'CompositorTileW', 'renderer'), page)).toBe('renderer pool');
    expect(threadGroup(t(200, 216, 'Compositor', 'renderer'), page)).toBe('compositor');
    expect(threadGroup(t(200, 212, 'Chrome_ChildIOT', 'renderer'), page)).toBe('other');
    expect(threadGroup(t(200, 250, 'ServiceWorker t', 'renderer'), page)).toBe('other');
  });

  it('leaves another renderer’s threads, and the browser’s tile worker, in other', () => {
    expect(threadGroup(t(300, 300, 'chromium', 'renderer'), page)).toBe('other');
    expect(threadGroup(t(300, 316, 'Compositor', 'renderer'), page)).toBe('other');
    expect(threadGroup(t(100, 120, 'CompositorTileW', 'browser'), page)).toBe('other');
  });

  it('finds the display compositor, the GPU main thread and the browser main thread', () => {
    expect(threadGroup(t(400, 430, 'VizCompositorTh', 'gpu-process'), page)).toBe('viz');
    expect(threadGroup(t(400, 400, 'chromium', 'gpu-process'), page)).toBe('GPU main');
    expect(threadGroup(t(400, 431, 'Chrome_ChildIOT', 'gpu-process'), page)).toBe('other');
    expect(threadGroup(t(100, 100, 'chromium', 'browser'), page)).toBe('browser main');
    expect(threadGroup(t(100, 140, 'Chrome_IOThread', 'browser'), page)).toBe('other');
  });
});

describe('windowCpu', () => {
  const before = [
    t(100, 100, 'chromium', 'browser', 1000),
    t(200, 200, 'chromium', 'renderer', 5000),
    t(200, 244, 'DedicatedWorker', 'renderer', 3000),
    t(200, 209, 'ThreadPoolForeg', 'renderer', 100),
    t(300, 300, 'chromium', 'renderer', 9000),
    t(400, 430, 'VizCompositorTh', 'gpu-process', 50),
    t(400, 431, 'Chrome_ChildIOT', 'gpu-process', 10),
  ];
  // Two seconds later: the page's renderer busy, the idle renderer (more CPU in all, less in the
  // window) barely moved, one pool thread ended and a second worker started.
  const after = [
    t(100, 100, 'chromium', 'browser', 1020),
    t(200, 200, 'chromium', 'renderer', 5600),
    t(200, 244, 'DedicatedWorker', 'renderer', 3500),
    t(200, 245, 'DedicatedWorker', 'renderer', 100),
    t(300, 300, 'chromium', 'renderer', 9004),
    t(400, 430, 'VizCompositorTh', 'gpu-process', 150),
    t(400, 431, 'Chrome_ChildIOT', 'gpu-process', 16),
  ];
  const w = windowCpu(before, after, 2);

  it('picks the page’s renderer by its CPU in the window, not since it started', () => {
    expect(w.msPerSecond['page main']).toBe(300);
    expect(w.msPerSecond.other).toBe(2 + 3);
  });

  it('counts a thread that started within the window whole', () => {
    expect(w.msPerSecond.workers).toBe(250 + 50);
    expect(w.appeared).toBe(1);
  });

  it('cannot count a thread that ended within the window, and says how many did', () => {
    expect(w.msPerSecond['renderer pool']).toBe(0);
    expect(w.vanished).toBe(1);
  });

  it('sums every group into the total, and names what is left in other', () => {
    const sum = GROUPS.reduce((s, g) => s + w.msPerSecond[g], 0);
    expect(w.totalMsPerSecond).toBeCloseTo(sum, 9);
    expect(w.totalMsPerSecond).toBeCloseTo(300 + 300 + 50 + 10 + 2 + 3, 9);
    expect(w.msPerSecond.viz).toBe(50);
    expect(w.msPerSecond['browser main']).toBe(10);
    expect([...w.other]).toEqual([
      ['chromium (renderer)', 2],
      ['Chrome_ChildIOT (gpu-process)', 3],
    ]);
  });
});
