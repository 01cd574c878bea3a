// Which run the control panel edits: the main run, or in a comparison one of its variants.
import { create } from 'zustand';
import type { RunId } from '../../workers/contract';
import { MAIN_RUN } from '../store/labStore';

export const useEditedRun = create<{ runId: RunId }>(() => ({ runId: MAIN_RUN }));

export function chooseEditedRun(runId: RunId): void {
  useEditedRun.setState({ runId });
}
