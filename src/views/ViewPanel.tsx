// The open view: each its own chunk, loaded when its tab is first chosen.
import { lazy } from 'react';
import type { ViewId } from './ViewTabs';

const VIEWS = {
  geometry: lazy(() => import('./geometry/GeometryView')),
  'dropout-ensemble': lazy(() => import('./dropout/DropoutView')),
  'batch-norm': lazy(() => import('./batchNorm/BatchNormView')),
  'weights-over-time': lazy(() => import('./weights/WeightsOverTimeView')),
  sweep: lazy(() => import('../sweep/SweepPanel')),
};

export default function ViewPanel({ view, runId }: { view: ViewId; runId: string }) {
  const View = VIEWS[view];
  return <View runId={runId} />;
}
