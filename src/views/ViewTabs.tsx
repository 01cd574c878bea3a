// The view tabs: "Lab" (the charts) or one of the "why it works" views of the run. A small chunk
// loaded right after the lab (App.tsx draws its row inert meanwhile, ViewTabBar.tsx), each view a
// chunk loaded with its tab. A lesson that names a view opens its tab. While a view is open it
// takes the charts' place (viewTabs.css).
import { lazy, Suspense, useId, useState } from 'react';
import { useCurrentLesson } from '../lesson/lessonStore';
import { sweepLink } from '../sweep/sweepLink';
import { type Tab, ViewTabBar } from './ViewTabBar';

// Each view loaded when its tab is first chosen.
const VIEWS = {
  geometry: lazy(() => import('./geometry/GeometryView')),
  'dropout-ensemble': lazy(() => import('./dropout/DropoutView')),
  'batch-norm': lazy(() => import('./batchNorm/BatchNormView')),
  'weights-over-time': lazy(() => import('./weights/WeightsOverTimeView')),
};
// The sweep panel is not a view of one run: it takes no props.
const SweepPanel = lazy(() => import('../sweep/SweepPanel'));

export default function ViewTabs({ runId }: { runId: string }) {
  const panelId = useId();
  // A link that keeps a sweep's settings opens on the sweep.
  const [tab, setTab] = useState<Tab>(() => (sweepLink.text !== null ? 'sweep' : 'lab'));
  // A lesson that names a view (Lesson.view) opens its tab when it loads.
  const lesson = useCurrentLesson();
  const [seen, setSeen] = useState<object | null>(null);
  if (lesson !== seen) {
    setSeen(lesson);
    if (lesson?.view) setTab(lesson.view);
  }
  const View = tab === 'lab' || tab === 'sweep' ? null : VIEWS[tab];
  return (
    <>
      <ViewTabBar tab={tab} onChange={setTab} panelId={panelId} />
      <section id={panelId} role="tabpanel" className="view-panel" hidden={tab === 'lab'}>
        <Suspense fallback={null}>
          {View && <View runId={runId} />}
          {tab === 'sweep' && <SweepPanel />}
        </Suspense>
      </section>
    </>
  );
}
