// Saves the sweep: sweep export v1 (JSON, with the data and every point's model) or its points as
// CSV (the columns of `npm run sweep -- --csv-out`).
import { useState } from 'react';
import { exportSweep } from './sweepActions';
import { useSweepT } from './sweepStrings';

export function SweepExportButtons() {
  const t = useSweepT();
  const [error, setError] = useState<string | null>(null);
  const save = (format: 'json' | 'csv') => {
    setError(null);
    exportSweep(format).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <div className="sweep-export">
      <button type="button" className="rl-button" onClick={() => save('json')}>
        {t('sweep.export.json')}
      </button>
      <button type="button" className="rl-button" onClick={() => save('csv')}>
        {t('sweep.export.csv')}
      </button>
      {error && (
        <p role="alert" className="sweep-problem">
          {t('sweep.export.failed', { detail: error })}
        </p>
      )}
    </div>
  );
}
