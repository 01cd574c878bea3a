// Every run's name ("Main run", "Run B") and title (what it differs in), as the store has them now.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { RunId } from '../../workers/contract';
import { useT } from '../i18n';
import { useLab } from '../store/labStore';
import { runName } from './runName';
import { runTitles } from './runTitle';

export interface RunTitle {
  id: RunId;
  name: string;
  title: string;
}

export function useRunTitles(): RunTitle[] {
  const t = useT();
  const ids = useLab(useShallow((s) => s.runOrder));
  const configs = useLab(useShallow((s) => s.runOrder.map((id) => s.runs[id]?.config)));
  const comparison = useLab((s) => s.comparison);
  const lang = useLab((s) => s.lang);
  return useMemo(() => {
    const labels = [
      comparison?.mainLabel ?? '',
      ...(comparison?.variants ?? []).map((v) => v.label),
    ];
    const runs = ids.flatMap((id, i) => {
      const config = configs[i];
      return config ? [{ id, label: labels[i] ?? '', config }] : [];
    });
    const titles = runTitles(runs, t, lang);
    return runs.map((r, i) => ({ id: r.id, name: runName(i, t), title: titles[i]! }));
  }, [ids, configs, comparison, t, lang]);
}
