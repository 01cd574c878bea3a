// What the page asks a sweep worker besides training a point (it has no engine of its own): the
// sweep's data (the same for every point, for the export and the boundary's points) and a
// point's decision grid, evaluated from the point's exported model as the live boundary
// evaluates a running model. Worker side only: this runs the engine.
import { FeatureMap } from '../engine/features';
import { NetworkLayout } from '../engine/network';
import type { ModelExport } from '../engine/runExport';
import { VariantEvaluator } from '../views/gridPoints';
import type { SweepExportV1 } from './sweepExport';
import { sweepData } from './sweepPoint';
import type { GridAnswer, SweepQuery } from './sweepQueryTypes';
import type { SweepSpec } from './sweepSpec';

export function answerQuery(
  spec: SweepSpec,
  query: SweepQuery,
): SweepExportV1['data'] | GridAnswer {
  if (query.query === 'data') return sweepData(spec);
  return modelGrid(spec, query.model, query.gridSize);
}

/** P(class 1) of an exported model of the sweep on the n × n decision grid (GridEvaluator's). */
export function modelGrid(spec: SweepSpec, model: ModelExport, gridSize: number): GridAnswer {
  const { features, model: m } = spec.config;
  const layout = new NetworkLayout({
    nInputs: features.length,
    hidden: m.hidden,
    activation: m.activation,
    batchNorm: m.batchNorm,
  });
  const { params, stats } = modelParameters(layout, model);
  const evaluator = new VariantEvaluator(layout, new FeatureMap(features), stats, 1);
  evaluator.load(params, stats);
  return { grid: evaluator.gridProbabilities(gridSize), gridSize };
}

/** The inverse of NetworkLayout.toExport: the parameter and statistics arrays of a model. */
export function modelParameters(
  layout: NetworkLayout,
  model: ModelExport,
): { params: Float64Array; stats: Float64Array } {
  const params = new Float64Array(layout.nParams);
  const stats = new Float64Array(layout.nStats);
  if (model.layers.length !== layout.layers.length) {
    throw new Error(
      `The model has ${model.layers.length} layers, the sweep's network ${layout.layers.length}: ` +
        'it is not a model of this sweep.',
    );
  }
  layout.layers.forEach((L, l) => {
    const layer = model.layers[l]!;
    const fits =
      layer.weights.length === L.nOut &&
      layer.weights.every((row) => row.length === L.nIn) &&
      layer.biases.length === L.nOut &&
      L.gamma < 0 === (layer.batchNorm === undefined);
    if (!fits) {
      throw new Error(
        `Layer ${l + 1} of the model does not have the shape of the sweep's network ` +
          `(${L.nOut} units of ${L.nIn} inputs${L.gamma >= 0 ? ', batch norm' : ''}).`,
      );
    }
    layer.weights.forEach((row, j) => params.set(row, L.w + j * L.nIn));
    params.set(layer.biases, L.b);
    const bn = layer.batchNorm;
    if (bn) {
      params.set(bn.gamma, L.gamma);
      params.set(bn.beta, L.beta);
      stats.set(bn.runningMean, L.runMean);
      stats.set(bn.runningVar, L.runVar);
    }
  });
  return { params, stats };
}
