import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../workers/contract';
import { presentedTechniques, showsWeights, techniquesNamed } from './techniques';

describe('which controls a presentation shows', () => {
  it('reads the technique from a preset id', () => {
    expect(techniquesNamed('l1-vs-l2')).toEqual(['regularization']);
    expect(techniquesNamed('early-stopping')).toEqual(['earlyStopping']);
    expect(techniquesNamed('batch-norm')).toEqual(['batchNorm']);
    expect(techniquesNamed('overfitting')).toEqual([]);
  });

  it('falls back to what the settings switch on, in lesson order', () => {
    const c = defaultConfig();
    expect(presentedTechniques(c, null)).toEqual([]);
    c.model.dropoutKeep = 0.8;
    c.regularization.kind = 'elasticnet';
    c.augmentation.flip = 'horizontal';
    expect(presentedTechniques(c, null)).toEqual(['regularization', 'dropout', 'augmentation']);
    expect(presentedTechniques(c, { id: 'dropout', techniques: ['dropout'] })).toEqual(['dropout']);
    expect(presentedTechniques(c, { id: 'combined', techniques: [] })).toHaveLength(3);
  });

  it('shows the weight histogram for penalty lessons only', () => {
    expect(showsWeights(['regularization'])).toBe(true);
    expect(showsWeights(['dropout'])).toBe(false);
  });
});
