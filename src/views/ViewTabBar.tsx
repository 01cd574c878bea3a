// The view tab bar's row, in the start-up bundle: the lazy ViewTabs renders it live, and App.tsx
// renders it inert while that chunk loads, so the charts below never move when the bar arrives.
import { ChartTabs } from '../charts/ChartTabs';
import { useT } from '../i18n';
import type { ViewId } from '../lesson/lesson';
import './viewTabs.css';

export type Tab = 'lab' | ViewId;
const TABS: readonly Tab[] = [
  'lab',
  'geometry',
  'dropout-ensemble',
  'batch-norm',
  'weights-over-time',
  'sweep',
];

interface ViewTabBarProps {
  tab: Tab;
  onChange: (tab: Tab) => void;
  /** Id of the view panel the tabs switch. */
  panelId: string;
  /** Shown but not usable (neither clicked nor focused) while the views' chunk loads. */
  inert?: boolean;
}

export function ViewTabBar({ tab, onChange, panelId, inert }: ViewTabBarProps) {
  const t = useT();
  return (
    <div className="view-tabs" data-open={tab !== 'lab' || undefined} inert={inert}>
      <ChartTabs
        tabs={TABS.map((key) => ({ key, label: t(`views.tab.${key}`) }))}
        value={tab}
        onChange={onChange}
        label={t('views.tabs')}
        panelId={panelId}
      />
    </div>
  );
}

const ignore = () => {};

/** The bar as it first shows (the Lab tab chosen), inert until the views' chunk replaces it. */
export function PendingViewTabBar() {
  return <ViewTabBar tab="lab" onChange={ignore} panelId="" inert />;
}
