// The sweep's settings: what to sweep (λ, p or both), their values, the repeats, and how long
// each point trains; then Run (or Cancel while it runs).
import { useId, useMemo, useState } from 'react';
import type { ConfigV1 } from '../../workers/contract';
import { defaultLambdaLadder, sweepGrid } from '../../workers/contract';
import { cancelSweep, editSettings, startSweep } from './sweepActions';
import { planSweep } from './sweepPlan';
import type { SweepSettings } from './sweepSettings';
import { DEFAULT_KEEP } from './sweepSettings';
import { useSweep } from './sweepStore';
import type { SweepKey } from './sweepStrings';
import { useSweepT } from './sweepStrings';
import { poolSize } from './spawnSweepWorker';
import { NumberSelect } from './NumberSelect';

export interface SweepFormProps {
  config: ConfigV1;
  settings: SweepSettings;
}

const AXES: { value: SweepSettings['axes']; key: SweepKey }[] = [
  { value: 'lambda', key: 'sweep.axes.lambda' },
  { value: 'keep', key: 'sweep.axes.keep' },
  { value: 'grid', key: 'sweep.axes.grid' },
];

export function SweepForm({ config, settings }: SweepFormProps) {
  const t = useSweepT();
  const running = useSweep((s) => s.status === 'running');
  const problem = useSweep((s) => s.problem);
  const plan = useMemo(() => planSweep(config, settings), [config, settings]);
  const ladder = useMemo(() => defaultLambdaLadder(config), [config]);
  const edit = (change: Partial<SweepSettings>) => editSettings({ ...settings, ...change });
  const shownProblem = problem ?? plan.problem;
  const noPenalty =
    shownProblem?.field === 'lambda' && config.regularization.kind === 'none' && !settings.lambda;
  const name = useId();

  return (
    <form
      className="sweep-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!running) startSweep(config, settings);
      }}
    >
      <fieldset className="sweep-choice">
        <legend>{t('sweep.axes')}</legend>
        {AXES.map((a) => (
          <label key={a.value}>
            <input
              type="radio"
              name={`${name}axes`}
              checked={settings.axes === a.value}
              onChange={() => edit({ axes: a.value })}
            />
            {t(a.key)}
          </label>
        ))}
      </fieldset>
      {settings.axes !== 'keep' && (
        <ValuesField
          label={t('sweep.lambdaValues')}
          resetLabel={t('sweep.defaultLambda')}
          values={settings.lambda ?? ladder}
          defaults={ladder}
          onValues={(lambda) => edit({ lambda })}
        />
      )}
      {settings.axes !== 'lambda' && (
        <ValuesField
          label={t('sweep.keepValues')}
          resetLabel={t('sweep.defaultKeep')}
          values={settings.keep ?? DEFAULT_KEEP}
          defaults={DEFAULT_KEEP}
          onValues={(keep) => edit({ keep })}
        />
      )}
      <p className="sweep-help">{t('sweep.valuesHelp')}</p>
      <NumberSelect
        label={t('sweep.repeats')}
        value={settings.repeats}
        options={[1, 2, 3, 4, 5]}
        onChange={(repeats) => edit({ repeats })}
      />
      <p className="sweep-help">{t('sweep.repeatsHelp')}</p>
      <fieldset className="sweep-choice">
        <legend>{t('sweep.epochs')}</legend>
        <label>
          <input
            type="radio"
            name={`${name}epochs`}
            checked={!settings.earlyStopping}
            onChange={() => edit({ earlyStopping: false })}
          />
          {t('sweep.epochs.budget', { epochs: config.epochs })}
        </label>
        <label>
          <input
            type="radio"
            name={`${name}epochs`}
            checked={settings.earlyStopping}
            onChange={() => edit({ earlyStopping: true })}
          />
          {t('sweep.epochs.earlyStopping', {
            patience: config.earlyStopping.patience,
            epochs: config.epochs,
          })}
        </label>
      </fieldset>
      <div className="sweep-actions">
        {running ? (
          // Keyed apart: React would otherwise reuse the element, and the click that cancels would
          // end on a submit button that starts the sweep again.
          <button key="cancel" type="button" className="rl-button" onClick={cancelSweep}>
            {t('sweep.cancel')}
          </button>
        ) : (
          <button
            key="run"
            type="submit"
            className="rl-button rl-button--primary"
            disabled={!plan.spec}
          >
            {t('sweep.run')}
          </button>
        )}
        {plan.spec && (
          <span className="sweep-size" data-testid="sweep-size">
            {t('sweep.size', {
              points: sweepGrid(plan.spec).length,
              workers: Math.min(poolSize(), sweepGrid(plan.spec).length),
            })}
          </span>
        )}
      </div>
      {shownProblem && (
        <p role="alert" className="sweep-problem">
          {noPenalty ? t('sweep.noPenalty') : `${t('sweep.problem')} ${shownProblem.message}`}
        </p>
      )}
    </form>
  );
}

interface ValuesFieldProps {
  label: string;
  resetLabel: string;
  values: readonly number[];
  defaults: readonly number[];
  /** The values typed, or null when they are the defaults (the link then stays short). */
  onValues: (values: number[] | null) => void;
}

const same = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/** Comma-separated numbers. Text that is not numbers stays in the box with a message. */
function ValuesField({ label, resetLabel, values, defaults, onValues }: ValuesFieldProps) {
  const t = useSweepT();
  const id = useId();
  const [text, setText] = useState(values.join(', '));
  const [seen, setSeen] = useState(values);
  const parsed = parseValues(text);
  // New values from outside (Default, another config's ladder): show them, unless they are what
  // the box already says.
  if (!same(seen, values)) {
    setSeen(values);
    if (!Array.isArray(parsed) || !same(parsed, values)) setText(values.join(', '));
  }
  return (
    <div className="sweep-values">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        spellCheck={false}
        value={text}
        aria-invalid={!Array.isArray(parsed)}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const v = parseValues(next);
          if (Array.isArray(v)) onValues(same(v, defaults) ? null : v);
        }}
      />
      <button
        type="button"
        className="rl-button"
        aria-label={resetLabel}
        title={resetLabel}
        onClick={() => {
          setText(defaults.join(', '));
          onValues(null);
        }}
      >
        {t('sweep.default')}
      </button>
      {!Array.isArray(parsed) && (
        <p role="alert" className="sweep-problem">
          {t('sweep.badNumber', { text: parsed.bad })}
        </p>
      )}
    </div>
  );
}

/** The numbers of a comma- (or space-) separated list, or the first piece that is not one. */
export function parseValues(text: string): number[] | { bad: string } {
  const pieces = text.split(/[,\s，]+/).filter((p) => p !== '');
  const values: number[] = [];
  for (const p of pieces) {
    const v = Number(p);
    if (!Number.isFinite(v)) return { bad: p.slice(0, 20) };
    values.push(v);
  }
  return values;
}
