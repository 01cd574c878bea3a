import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../workers/contract';
import { presentedTechniques, showsWeights, techniquesInConfig } from './techniques';

describe('which controls a presentation shows', () => {
  it('a lesson’s own list, as typed in the lesson, whatever its settings switch on', () => {
    const c = defaultConfig();
    c.model.dropoutKeep = 0.8;
    c.regularization.kind = 'elasticnet';
    expect(presentedTechniques(c, { techniques: ['dropout'] })).toEqual(['dropout']);
    expect(presentedTechniques(c, { techniques: [] })).toEqual([]);
  });

  it('without a lesson, what the settings switch on, in the lab’s order', () => {
    const c = defaultConfig();
    expect(presentedTechniques(c, null)).toEqual([]);
    c.model.dropoutKeep = 0.8;
    c.regularization.kind = 'elasticnet';
    c.augmentation.flip = 'horizontal';
    expect(presentedTechniques(c, null)).toEqual(['regularization', 'dropout', 'augmentation']);
    c.regularization.decoupled = true;
    c.model.batchNorm = true;
    expect(techniquesInConfig(c)).toEqual([
      'regularization',
      'weightDecay',
      'dropout',
      'augmentation',
      'batchNorm',
    ]);
    // Decoupled decay means nothing without an L2 part.
    c.regularization.kind = 'l1';
    expect(techniquesInConfig(c)).not.toContain('weightDecay');
  });

  it('shows the weight histogram for penalty lessons only', () => {
    expect(showsWeights(['regularization'])).toBe(true);
    expect(showsWeights(['weightDecay'])).toBe(true);
    expect(showsWeights(['dropout'])).toBe(false);
  });
});
