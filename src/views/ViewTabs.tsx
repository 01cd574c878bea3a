// The view tab bar: "Lab" (the charts) or one of the "why it works" views of the run. The bar is
// a small chunk loaded right after the lab (App.tsx), each view a chunk loaded with its tab. A lesson that names a
// view opens its tab. While a view is open it takes the charts' place (viewTabs.css).
import { lazy, Suspense, useId, useState } from 'react';
import { ChartTabs } from '../charts/ChartTabs';
import { useT } from '../i18n';
import { useCurrentLesson } from '../lesson/lessonStore';
import { sweepLink } from '../sweep/sweepLink';
import './viewTabs.css';

export type ViewId = 'geometry' | 'dropout-ensemble' | 'batch-norm' | 'weights-over-time' | 'sweep';
type Tab = 'lab' | ViewId;
const TABS: readonly Tab[] = [
  'lab',
  'geometry',
  'dropout-ensemble',
  'batch-norm',
  'weights-over-time',
  'sweep',
];

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
  const t = useT();
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
      <div className="view-tabs" data-open={tab !== 'lab' || undefined}>
        <ChartTabs
          tabs={TABS.map((key) => ({ key, label: t(`views.tab.${key}`) }))}
          value={tab}
          onChange={setTab}
          label={t('views.tabs')}
          panelId={panelId}
        />
      </div>
      <section id={panelId} role="tabpanel" className="view-panel" hidden={tab === 'lab'}>
        <Suspense fallback={null}>
          {View && <View runId={runId} />}
          {tab === 'sweep' && <SweepPanel />}
        </Suspense>
      </section>
    </>
  );
}
