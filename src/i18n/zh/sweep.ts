import type { sweep as en } from '../en/sweep';
import type { Translation } from '../define';

export const sweep: Translation<typeof en> = {
  'sweep.open': '扫描 λ 和 p',
};
