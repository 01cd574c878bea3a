import type { predict as en } from '../en/predict';
import type { Translation } from '../define';

export const predict: Translation<typeof en> = {
  'predict.key': '隐藏或显示运行标签，供学生猜测',
};
