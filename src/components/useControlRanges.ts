// The slider ranges of the lab on screen: the current lesson's, else the default lab's (both
// chosen by measurement so that the useful range sits in the middle, docs/default-lab.md).
import type { ControlRanges } from '../lesson/defaultLab';
import { DEFAULT_LAB_RANGES } from '../lesson/defaultLab';
import { useCurrentLesson } from '../lesson/lessonStore';

export function useControlRanges(): ControlRanges {
  return useCurrentLesson()?.ranges ?? DEFAULT_LAB_RANGES;
}
