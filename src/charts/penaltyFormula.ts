// The penalty's formula for the legend, matching the engine (ARCHITECTURE.md, "The math"):
// L1 λ·Σ|w|, L2 (λ/2)·Σw², elastic net λ·(α·Σ|w| + (1−α)/2·Σw²), α = l1Ratio.
import type { RegularizationConfig } from '../../workers/contract';
import type { Params, StringKey } from '../i18n';
import { formatValue } from './format';

export function penaltyLegend(r: RegularizationConfig | undefined): [StringKey, Params] {
  const lambda = formatValue(r?.lambda ?? 0);
  switch (r?.kind) {
    case 'l1':
      return ['charts.loss.penalty.l1', { lambda }];
    case 'l2':
      return ['charts.loss.penalty.l2', { lambda }];
    case 'elasticnet':
      return ['charts.loss.penalty.elasticnet', { lambda, alpha: formatValue(r.l1Ratio) }];
    default:
      return ['charts.loss.penalty.none', {}];
  }
}
