import type { KeyboardEvent } from 'react';
import { memo } from 'react';

export interface ChartTabsProps<K extends string> {
  tabs: readonly { key: K; label: string }[];
  value: K;
  onChange: (key: K) => void;
  label: string;
  /** Id of the panel the tabs switch. */
  panelId: string;
}

/** A tab list (WAI-ARIA tabs pattern): Tab reaches the selected tab, arrow keys move between. */
function Tabs<K extends string>(props: ChartTabsProps<K>) {
  const { tabs, value, onChange, label, panelId } = props;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const i = tabs.findIndex((tab) => tab.key === value);
    const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    if (!next) return;
    onChange(next.key);
    const buttons = e.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]');
    buttons[tabs.indexOf(next)]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="chart-tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          aria-selected={tab.key === value}
          aria-controls={panelId}
          tabIndex={tab.key === value ? 0 : -1}
          onClick={() => onChange(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

/** Memoized: the loss curves re-render it at every chart tick with the same tabs. */
export const ChartTabs = memo(Tabs) as typeof Tabs;
