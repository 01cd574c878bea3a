// Reading and editing one part of a run's config. A part keeps its reference until it is edited,
// so a section re-renders when its settings change, never per training frame.
import type { ConfigV1 } from '../../workers/contract';
import type { RunId } from '../../workers/contract';
import { editConfig } from '../lab/labConfig';
import { useLab } from '../store/labStore';

export type ConfigPart =
  'data' | 'model' | 'optimizer' | 'regularization' | 'augmentation' | 'earlyStopping';

export function useConfigPart<K extends keyof ConfigV1>(
  runId: RunId,
  key: K,
): ConfigV1[K] | undefined {
  return useLab((s) => s.runs[runId]?.config[key]);
}

/** Sets one setting, e.g. ('regularization', 'lambda', 0.003); editConfig validates it. */
export function setSetting<P extends ConfigPart, K extends keyof ConfigV1[P]>(
  runId: RunId,
  part: P,
  key: K,
  value: ConfigV1[P][K],
): void {
  editConfig(runId, (draft) => {
    draft[part][key] = value;
  });
}
