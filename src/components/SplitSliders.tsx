// The split as two sliders, training and validation; the test share is what is left, so the three
// always add up to 1. Moving one slider past the room left takes that room from the other.
import type { DataConfig } from '../../workers/contract';
import { useT } from '../i18n';
import { LabelledSlider } from './LabelledSlider';
import { Note } from './Note';

type Split = DataConfig['split'];

/** Shares in hundredths, so 0.6 + 0.2 + 0.2 is exactly representable as a sum to 1. */
const hundredths = (x: number) => Math.round(x * 100);

function withTrain(split: Split, train: number): Split {
  const tr = Math.min(Math.max(hundredths(train), 5), 100);
  const val = Math.min(hundredths(split.val), 100 - tr);
  return { train: tr / 100, val: val / 100, test: (100 - tr - val) / 100 };
}

function withVal(split: Split, val: number): Split {
  const v = Math.min(Math.max(hundredths(val), 0), 95);
  const tr = Math.min(hundredths(split.train), 100 - v);
  return { train: tr / 100, val: v / 100, test: (100 - tr - v) / 100 };
}

interface SplitSlidersProps {
  split: Split;
  onChange: (split: Split) => void;
}

export function SplitSliders({ split, onChange }: SplitSlidersProps) {
  const t = useT();
  return (
    <>
      <LabelledSlider
        label={t('controls.data.train')}
        help={t('controls.data.train.help')}
        value={split.train}
        min={0.05}
        max={1}
        step={0.05}
        onChange={(v) => onChange(withTrain(split, v))}
      />
      <LabelledSlider
        label={t('controls.data.val')}
        help={t('controls.data.val.help')}
        value={split.val}
        min={0}
        max={0.95}
        step={0.05}
        onChange={(v) => onChange(withVal(split, v))}
        notes={
          <Note>
            <span data-testid="test-share">
              {t('controls.data.test', { share: split.test.toFixed(2) })}
            </span>
          </Note>
        }
      />
    </>
  );
}
