// The sweep panel (a lazy chunk, the view tabs' Sweep tab): the settings, the progress, and the
// charts of the points as they finish, the validation curve, the λ × p heat map, the regularization
// path, and the model of the point picked in any of them.
import { useEffect, useMemo, useState } from 'react';
import type { ConfigV1, SweepSpec } from '../../workers/contract';
import { defaultKeep, diffConfig, pointConfig, summarize } from '../../workers/contract';
import { useContainerWidth } from '../charts/useContainerWidth';
import { MAIN_RUN, useLab } from '../store/labStore';
import { PointDetail } from './PointDetail';
import { RegularizationPath } from './RegularizationPath';
import { adoptLinkSettings, selectPoint } from './sweepActions';
import { SweepExportButtons } from './SweepExportButtons';
import { SweepForm } from './SweepForm';
import { SweepHeatmap } from './SweepHeatmap';
import { sweepLink } from './sweepLink';
import { defaultSettings, sweepBaseConfig } from './sweepPlan';
import { SweepProgress } from './SweepProgress';
import type { SweepSettings } from './sweepSettings';
import { decodeSweepSettings } from './sweepSettings';
import { useSweep } from './sweepStore';
import { useSweepT } from './sweepStrings';
import { poolSize } from './spawnSweepWorker';
import { ValidationCurve } from './ValidationCurve';
// A stylesheet file, never an inline <style>: the page's policy allows only its own files.
import './sweep.css';
import { NumberSelect } from './NumberSelect';
import { formatStrength } from './strengthAxis';

/** The settings the panel opens with: the link's (or a lesson's), else the config's defaults. */
function openingSettings(config: ConfigV1): SweepSettings {
  return (sweepLink.text && decodeSweepSettings(sweepLink.text)) || defaultSettings(config);
}

/** Whether the run's config has changed since the sweep (beyond λ and p, which it sweeps). */
function staleFor(spec: SweepSpec, settings: SweepSettings, config: ConfigV1): boolean {
  const base = sweepBaseConfig(config, settings);
  const sweptAt = pointConfig(spec, base.regularization.lambda, base.model.dropoutKeep);
  return diffConfig(sweptAt, base) !== undefined;
}

/** The panel's entry: a view or a button lazily loads it; it sweeps the given run (the main run). */
export default function SweepPanel({ runId = MAIN_RUN }: { runId?: string }) {
  const t = useSweepT();
  const config = useLab((s) => s.runs[runId]?.config);
  const draft = useSweep((s) => s.draft);
  const spec = useSweep((s) => s.spec);
  const ranWith = useSweep((s) => s.settings);
  const points = useSweep((s) => s.points);
  const selected = useSweep((s) => s.selected);
  const [ref, width] = useContainerWidth<HTMLElement>();
  const [gridKeep, setGridKeep] = useState<number | null>(null);
  const summaries = useMemo(() => (spec ? summarize(spec, points) : []), [spec, points]);
  useEffect(adoptLinkSettings, []);
  if (!config) return null;
  const settings = draft ?? openingSettings(config);
  const chartWidth = Math.max(200, width - 4);

  const sweptLambda = spec !== null && spec.lambda.length > 1;
  const sweptKeep = spec !== null && spec.dropoutKeep.length > 1;
  const keep =
    spec && gridKeep !== null && spec.dropoutKeep.includes(gridKeep)
      ? gridKeep
      : spec
        ? defaultKeep(spec)
        : 1;
  const keepControl = sweptLambda && sweptKeep && spec && (
    <NumberSelect
      label={t('sweep.curve.atKeep')}
      value={keep}
      options={spec.dropoutKeep}
      format={formatStrength}
      onChange={setGridKeep}
    />
  );

  return (
    <section ref={ref} className="sweep-panel" aria-labelledby="sweep-panel-title">
      <h2 id="sweep-panel-title" className="sweep-title">
        {t('sweep.title')}
      </h2>
      <p className="sweep-help">{t('sweep.intro', { workers: poolSize() })}</p>
      <SweepForm config={config} settings={settings} />
      <SweepProgress />
      {spec && ranWith && staleFor(spec, ranWith, config) && (
        <p className="sweep-note" data-testid="sweep-stale">
          {t('sweep.stale')}
        </p>
      )}
      {spec && summaries.length > 0 && (
        <div className="sweep-results">
          <ValidationCurve
            summaries={summaries}
            axis={sweptLambda || !sweptKeep ? 'lambda' : 'keep'}
            fixed={sweptLambda || !sweptKeep ? keep : spec.lambda[0]!}
            fixedControl={keepControl}
            width={chartWidth}
            onPick={(v) =>
              selectPoint(
                sweptLambda || !sweptKeep
                  ? { lambda: v, dropoutKeep: keep, repeat: 0 }
                  : { lambda: spec.lambda[0]!, dropoutKeep: v, repeat: 0 },
              )
            }
          />
          {selected && <PointDetail runId={runId} spec={spec} at={selected} width={chartWidth} />}
          {sweptLambda && sweptKeep && (
            <SweepHeatmap
              spec={spec}
              summaries={summaries}
              width={chartWidth}
              onPick={(lambda, dropoutKeep) => selectPoint({ lambda, dropoutKeep, repeat: 0 })}
            />
          )}
          {sweptLambda ? (
            <RegularizationPath
              spec={spec}
              points={points}
              keep={keep}
              width={chartWidth}
              onPick={(lambda) => selectPoint({ lambda, dropoutKeep: keep, repeat: 0 })}
            />
          ) : (
            <p className="sweep-note">{t('sweep.path.needsLambda')}</p>
          )}
          <SweepExportButtons />
        </div>
      )}
    </section>
  );
}
