import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { frameStore, shownPicture } from '../store/frameStore';
import { useLab } from '../store/labStore';
import { BoundaryMap } from './BoundaryMap';
import { misclassified } from './gridLookup';
import { INK } from './palette';
import { smallConfig, trainedRun } from '../testSupport/trainedRun';

// jsdom has no 2D canvas; it returns null (and logs that it is not implemented). The chart must
// shrug that off, so the stub returns null quietly.
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  act(() => useLab.setState({ lang: 'en' }));
});

const split = (name: string) => document.querySelector(`[data-split="${name}"]`);

interface Pass {
  width: number;
  color: string;
  arcs: { x: number; y: number; r: number }[];
}

/**
 * A 2D context for the misclassified marks' canvas that records each stroked path's arcs (the
 * other canvases get none, as in jsdom). Arcs are in the marks canvas's CSS pixels; `plot` turns
 * them into the plot's, where the points' SVG circles are.
 */
function recordRings() {
  const passes: Pass[] = [];
  let arcs: Pass['arcs'] = [];
  const ctx = {
    lineWidth: 1,
    strokeStyle: '',
    setTransform: vi.fn(),
    clearRect: vi.fn(() => passes.splice(0)),
    beginPath: () => (arcs = []),
    moveTo: vi.fn(),
    arc: (x: number, y: number, r: number) => arcs.push({ x, y, r }),
    stroke: () => passes.push({ width: ctx.lineWidth, color: ctx.strokeStyle, arcs }),
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
    this: HTMLCanvasElement,
  ) {
    return (this.dataset.testid === 'misclassified-marks'
      ? ctx
      : null) as unknown as CanvasRenderingContext2D;
  });
  const plot = () => {
    const left = (id: string) => parseFloat(screen.getByTestId(id).style.left);
    const pad = left('boundary-canvas') - left('misclassified-marks');
    return passes.map((p) => ({
      ...p,
      arcs: p.arcs.map((a) => ({ ...a, x: a.x - pad, y: a.y - pad })),
    }));
  };
  return { passes, plot, paints: () => ctx.clearRect.mock.calls.length };
}

/** The centres of a split's point marks, as "x,y" to two decimals. */
const centres = (name: string) =>
  [...split(name)!.querySelectorAll('circle')].map(
    (c) => `${Number(c.getAttribute('cx')).toFixed(2)},${Number(c.getAttribute('cy')).toFixed(2)}`,
  );

describe('BoundaryMap', () => {
  it('renders the canvas, the data and the 0.5 line from a trained run', () => {
    const run = trainedRun('map-main', smallConfig(), 30);
    render(<BoundaryMap runId="map-main" />);
    const canvas = screen.getByTestId('boundary-canvas');
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toMatch(/probability of class 1/);
    expect(screen.getByRole('heading', { name: 'Decision boundary' })).toBeTruthy();
    const { train, val } = run.trainer.points;
    expect(split('train')!.querySelectorAll('circle')).toHaveLength(train.length);
    // Validation points are hollow: every circle is stroke-only.
    const valCircles = [...split('val')!.querySelectorAll('circle')];
    expect(valCircles).toHaveLength(2 * val.length);
    expect(valCircles.every((c) => c.getAttribute('fill') === 'none')).toBe(true);
    expect(split('test')).toBeNull();
    expect(screen.getByTestId('boundary-contour').getAttribute('d')).toMatch(/^M.+L/);
  });

  it('marks exactly the points on the wrong colour and counts them per split', () => {
    const rings = recordRings();
    trainedRun('map-wrong', smallConfig(), 3);
    // A frame without the model's own flags (an older worker's): the marks read the grid.
    const picture = { ...frameStore.getState().live['map-wrong']! };
    delete picture.wrong;
    act(() => frameStore.setState((s) => ({ live: { ...s.live, 'map-wrong': picture } })));
    render(<BoundaryMap runId="map-wrong" />);
    const f = shownPicture(frameStore.getState(), 'map-wrong')!;
    const wrongTrain = misclassified(f.points.train, f.grid, f.gridSize);
    const wrongVal = misclassified(f.points.val, f.grid, f.gridSize);
    expect(wrongTrain.length + wrongVal.length).toBeGreaterThan(0);
    // Halo and ring: two passes over the same centres, those of the wrong points' marks.
    const passes = rings.plot();
    expect(passes).toHaveLength(2);
    const train = centres('train');
    const val = centres('val').filter((_, k) => k % 2 === 0); // two circles per validation point
    const expected = [...wrongTrain.map((i) => train[i]), ...wrongVal.map((i) => val[i])];
    for (const pass of passes) {
      expect(pass.arcs.map((a) => `${a.x.toFixed(2)},${a.y.toFixed(2)}`)).toEqual(expected);
    }
    expect(screen.getByTestId('misclassified-readout').textContent).toBe(
      `Misclassified: training ${wrongTrain.length} of ${f.points.train.length} · validation ${wrongVal.length} of ${f.points.val.length}`,
    );
  });

  it('keeps the class colour of a misclassified point visible: the mark is a ring outside it', () => {
    const rings = recordRings();
    trainedRun('map-ring', smallConfig(), 0);
    render(<BoundaryMap runId="map-ring" />);
    const passes = rings.plot();
    // At epoch 0 about half the points are on the wrong colour.
    expect(passes[0]!.arcs.length).toBeGreaterThan(10);
    // A white halo first, then the dark ring, as the key's WrongMark draws them.
    expect(passes.map((p) => [p.width, p.color])).toEqual([
      [3, 'white'],
      [1.5, INK],
    ]);
    const pointR = Number(split('train')!.querySelector('circle')!.getAttribute('r'));
    for (const pass of passes) {
      for (const a of pass.arcs) {
        // Its inner edge clears the point and its 1 px white edge.
        expect(a.r - pass.width / 2).toBeGreaterThan(pointR + 0.5);
      }
    }
  });

  it("takes the model's exact per-point predictions when the frame carries them", () => {
    const rings = recordRings();
    trainedRun('map-exact', smallConfig(), 3);
    const live = frameStore.getState().live['map-exact']!;
    const flags = (n: number, wrong: number[]) => {
      const f = new Uint8Array(n);
      for (const i of wrong) f[i] = 1;
      return f;
    };
    const { train, val, test } = live.points;
    act(() =>
      frameStore.setState((s) => ({
        live: {
          ...s.live,
          'map-exact': {
            ...live,
            wrong: {
              train: flags(train.length, [0, 3]),
              val: flags(val.length, [1]),
              test: flags(test.length, [0]),
            },
          },
        },
      })),
    );
    render(<BoundaryMap runId="map-exact" />);
    expect(screen.getByTestId('misclassified-readout').textContent).toBe(
      `Misclassified: training 2 of ${train.length} · validation 1 of ${val.length}`,
    );
    expect(rings.passes[1]!.arcs).toHaveLength(3);
    // Test points, once shown, are marked and counted too.
    fireEvent.click(screen.getByLabelText('Show test points'));
    expect(rings.passes[1]!.arcs).toHaveLength(4);
    expect(screen.getByTestId('misclassified-readout').textContent).toMatch(
      new RegExp(`test 1 of ${test.length}$`),
    );
  });

  it('shows test points only when asked', () => {
    const run = trainedRun('map-test', smallConfig(), 2);
    render(<BoundaryMap runId="map-test" />);
    fireEvent.click(screen.getByLabelText('Show test points'));
    expect(split('test')!.querySelectorAll('path')).toHaveLength(run.trainer.points.test.length);
    expect(screen.getByTestId('misclassified-readout').textContent).toMatch(/test \d+ of \d+$/);
  });

  it('offers the augmented points only while augmenting, as faint ghosts', () => {
    trainedRun('map-plain', smallConfig(), 2);
    const { unmount } = render(<BoundaryMap runId="map-plain" />);
    expect(screen.queryByLabelText('Show augmented points')).toBeNull();
    unmount();
    const c = smallConfig((c) => (c.augmentation = { ...c.augmentation, jitter: 0.3, mixup: 0.2 }));
    const run = trainedRun('map-aug', c, 2);
    render(<BoundaryMap runId="map-aug" />);
    const ghosts = screen.getByTestId('augmented-ghosts').querySelectorAll('circle');
    expect(ghosts).toHaveLength(run.trainer.points.train.length);
    fireEvent.click(screen.getByLabelText('Show augmented points'));
    expect(screen.queryByTestId('augmented-ghosts')).toBeNull();
  });

  it('follows new frames without re-rendering the points', () => {
    const rings = recordRings();
    const run = trainedRun('map-frames', smallConfig(), 1);
    render(<BoundaryMap runId="map-frames" />);
    const before = screen.getByTestId('boundary-contour').getAttribute('d');
    const paints = rings.paints();
    const firstPoint = split('train')!.querySelector('circle');
    act(() => run.step(40));
    expect(screen.getByTestId('boundary-contour').getAttribute('d')).not.toBe(before);
    // The rings are painted again from the new frame's predictions.
    expect(rings.paints()).toBe(paints + 1);
    expect(split('train')!.querySelector('circle')).toBe(firstPoint);
  });

  it('speaks Chinese when the lab does', () => {
    trainedRun('map-zh', smallConfig(), 1);
    act(() => useLab.setState({ lang: 'zh' }));
    render(<BoundaryMap runId="map-zh" />);
    expect(screen.getByRole('heading', { name: '决策边界' })).toBeTruthy();
    expect(screen.getByLabelText('显示测试点')).toBeTruthy();
  });

  it('paints each new frame onto the canvas at device resolution, outside React', () => {
    const ctx = {
      createImageData: (w: number, h: number) => ({
        width: w,
        height: h,
        data: new Uint8ClampedArray(4 * w * h),
      }),
      putImageData: vi.fn(),
      drawImage: vi.fn(),
      clearRect: vi.fn(),
      imageSmoothingEnabled: false,
      imageSmoothingQuality: 'low',
      // The misclassified marks' canvas gets the same context.
      setTransform: vi.fn(),
      beginPath: vi.fn(),
      moveTo: vi.fn(),
      arc: vi.fn(),
      stroke: vi.fn(),
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
      ctx as unknown as CanvasRenderingContext2D,
    );
    vi.spyOn(window, 'devicePixelRatio', 'get').mockReturnValue(2);
    const run = trainedRun('map-paint', smallConfig(), 1, 24);
    render(<BoundaryMap runId="map-paint" />);
    const canvas = screen.getByTestId<HTMLCanvasElement>('boundary-canvas');
    expect(canvas.width).toBe(2 * parseFloat(canvas.style.width));
    expect(ctx.drawImage).toHaveBeenCalledTimes(1);
    const image = ctx.putImageData.mock.calls[0]![0] as ImageData;
    expect(image.width).toBe(24);
    expect(image.data.some((v) => v !== 0)).toBe(true);
    act(() => run.step(1));
    expect(ctx.drawImage).toHaveBeenCalledTimes(2);
    expect(ctx.drawImage.mock.calls[1]!.slice(1)).toEqual([0, 0, canvas.width, canvas.height]);
    expect(ctx.imageSmoothingEnabled).toBe(true);
  });

  it('waits quietly for a run that has no frame yet', () => {
    render(<BoundaryMap runId="nothing-yet" />);
    expect(screen.getByTestId('boundary-canvas')).toBeTruthy();
    expect(split('train')).toBeNull();
  });
});
