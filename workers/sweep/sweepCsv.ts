// The sweep as CSV: one row per point with its final figures (`npm run sweep -- --csv-out`, and
// the page's sweep export). Pure: page-safe.
import type { SweepExportV1, SweepPointFailure, SweepPointResult } from './sweepExport';

export const CSV_COLUMNS = [
  'lambda',
  'dropoutKeep',
  'repeat',
  'status',
  'epochs',
  'bestEpoch',
  'trainLoss',
  'valLoss',
  'testLoss',
  'trainAcc',
  'valAcc',
  'testAcc',
  'zeroFraction',
] as const;

/**
 * One row per point with its final figures, in grid order; failed points have status 'failed'
 * and empty figures; an empty field is a figure without its split.
 */
export function sweepPointsCsv(exported: SweepExportV1): string {
  const rows: (SweepPointResult | SweepPointFailure)[] = [...exported.points, ...exported.failed];
  const order = (p: { lambda: number; dropoutKeep: number; repeat: number }): number[] => [
    exported.axes.lambda.indexOf(p.lambda),
    exported.axes.dropoutKeep.indexOf(p.dropoutKeep),
    p.repeat,
  ];
  rows.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
  const cell = (v: number | string | null | undefined): string =>
    v === null || v === undefined ? '' : String(v);
  const lines = [CSV_COLUMNS.join(',')];
  for (const p of rows) {
    if ('error' in p) {
      lines.push(
        [p.lambda, p.dropoutKeep, p.repeat, 'failed', '', '', '', '', '', '', '', '', ''].join(','),
      );
      continue;
    }
    const f = p.final;
    lines.push(
      [
        p.lambda,
        p.dropoutKeep,
        p.repeat,
        p.status,
        p.epochs,
        p.bestEpoch,
        f.trainLoss,
        f.valLoss,
        f.testLoss,
        f.trainAcc,
        f.valAcc,
        f.testAcc,
        f.zeroFraction,
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
