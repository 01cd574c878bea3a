// An independent evaluation of an exported model, written the plain way (arrays, Math.tanh), that
// tests hold the engine's fast evaluation against. Not used by training.
import type { Point } from './config';
import type { ModelExport } from './runExport';

/** Mean cross-entropy of an exported tanh network without batch norm (features x1, x2). */
export function exportedModelLoss(model: ModelExport, points: Point[]): number {
  let loss = 0;
  for (const [x1, x2, y] of points) {
    let a = [x1, x2];
    model.layers.forEach((layer, l) => {
      const last = l === model.layers.length - 1;
      a = layer.weights.map((row, j) => {
        const z = row.reduce((s, w, i) => s + w * a[i]!, layer.biases[j]!);
        return last ? z : Math.tanh(z);
      });
    });
    const z = a[0]!;
    loss += Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
  }
  return loss / points.length;
}
