// What the run's own frame says about λ at the far end of the slider, read, never guessed: every
// weight exactly 0 under L1 or elastic net (then the output is a constant: one class), or one
// predicted class over the whole map.
import type { RunId } from '../../workers/contract';
import { useT } from '../i18n';
import type { RunPicture } from '../store/frameStore';
import { usePacedPicture } from '../store/frameStore';
import { useLab } from '../store/labStore';
import { useScrubEpoch } from '../store/scrub';
import { Note } from './Note';

export type LambdaVerdictKind = 'allZero' | 'oneClass' | null;

/** The verdict on a picture of a run trained with this penalty (kind, λ). */
export function lambdaVerdict(
  picture: RunPicture | undefined,
  kind: string,
  lambda: number,
): LambdaVerdictKind {
  if (!picture || kind === 'none' || !(lambda > 0) || picture.epoch === 0) return null;
  const { weights, grid } = picture;
  if (
    (kind === 'l1' || kind === 'elasticnet') &&
    weights.length > 0 &&
    weights.every((w) => w === 0)
  ) {
    return 'allZero';
  }
  if (grid.length === 0) return null;
  const first = grid[0]! > 0.5;
  return grid.every((p) => p > 0.5 === first) ? 'oneClass' : null;
}

export function LambdaVerdict({ runId }: { runId: RunId }) {
  const t = useT();
  const picture = usePacedPicture(runId);
  // A scrubbed-back picture is not what the current λ does.
  const live = useScrubEpoch() === null;
  const reg = useLab((s) => s.runs[runId]?.config.regularization);
  const verdict = reg && live ? lambdaVerdict(picture, reg.kind, reg.lambda) : null;
  if (!verdict) return null;
  return (
    <Note tone="warn">
      <span data-testid="lambda-verdict">
        {t(verdict === 'allZero' ? 'controls.reg.lambda.allZero' : 'controls.reg.lambda.oneClass')}
      </span>
    </Note>
  );
}
