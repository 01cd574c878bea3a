// Edits are planned against every run of a comparison and taken for all or none; whatever state
// results, the link written for it reopens to exactly that state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConfigV1 } from '../../workers/contract';
import { defaultConfig } from '../../workers/contract';
import type { LabSpec } from './labEdit';
import { planEdit, planLab } from './labEdit';
import { decodeHash, encodeHash } from './urlCodec';

const bnVariant: LabSpec = {
  main: defaultConfig(),
  comparison: {
    mainLabel: 'BN off',
    variants: [{ label: 'BN on', patch: { model: { batchNorm: true } } }],
  },
};

describe('planning an edit against every run', () => {
  it('refuses an edit that would make a variant invalid, naming the run and the key', () => {
    const plan = planEdit(bnVariant, 'main', (c) => (c.optimizer.batchSize = 1));
    expect(plan.problem).toMatchObject({ runId: 'v1', label: 'BN on', key: 'optimizer.batchSize' });
  });

  it('refuses a main split that a variant’s split patch cannot follow', () => {
    const spec: LabSpec = {
      main: defaultConfig(),
      comparison: {
        mainLabel: 'a',
        variants: [{ label: 'more training', patch: { data: { split: { train: 0.7 } } } }],
      },
    };
    const plan = planEdit(
      spec,
      'main',
      (c) => (c.data.split = { train: 0.4, val: 0.3, test: 0.3 }),
    );
    expect(plan.problem?.runId).toBe('v1');
    expect(plan.problem?.key).toMatch(/^data\.split/);
  });

  it('a main edit reaches every variant; a variant edit changes only its own patch', () => {
    const main = planEdit(bnVariant, 'main', (c) => {
      c.data.dataset = 'moons';
      c.regularization.lambda = 0.02;
    });
    if (main.problem) throw new Error(main.problem.message);
    expect(main.configs.v1!.data.dataset).toBe('moons');
    expect(main.configs.v1!.regularization.lambda).toBe(0.02);
    expect(main.configs.v1!.model.batchNorm).toBe(true);

    const variant = planEdit(main.spec, 'v1', (c) => (c.model.dropoutKeep = 0.5));
    if (variant.problem) throw new Error(variant.problem.message);
    expect(variant.spec.comparison!.variants[0]!.patch).toEqual({
      model: { batchNorm: true, dropoutKeep: 0.5 },
    });
    expect(variant.configs.main!.model.dropoutKeep).toBe(1);
  });

  it('a variant edited back to the main config has an empty patch', () => {
    const plan = planEdit(bnVariant, 'v1', (c) => (c.model.batchNorm = false));
    if (plan.problem) throw new Error(plan.problem.message);
    expect(plan.spec.comparison!.variants[0]!.patch).toEqual({});
  });
});

/** Edits a student can make from the controls, to the main run or to a variant. */
const editArb = fc.oneof(
  fc.double({ min: 1e-5, max: 1, noNaN: true }).map((v) => (c: ConfigV1) => {
    c.regularization.lambda = v;
  }),
  fc.constantFrom('none', 'l1', 'l2', 'elasticnet' as const).map((k) => (c: ConfigV1) => {
    c.regularization.kind = k;
  }),
  fc.constantFrom(1, 0.9, 0.5, 0.3).map((p) => (c: ConfigV1) => void (c.model.dropoutKeep = p)),
  fc.constantFrom(0, 1, 2, 10, 32).map((b) => (c: ConfigV1) => void (c.optimizer.batchSize = b)),
  fc.boolean().map((on) => (c: ConfigV1) => void (c.model.batchNorm = on)),
  fc.constantFrom('circle', 'xor', 'spiral', 'moons' as const).map((d) => (c: ConfigV1) => {
    c.data.dataset = d;
  }),
  fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 4 }))
    .map(([tr, va]) => (c: ConfigV1) => {
      c.data.split = { train: tr / 10, val: va / 10, test: (10 - tr - va) / 10 };
    }),
  fc.array(fc.integer({ min: 1, max: 16 }), { maxLength: 3 }).map((h) => (c: ConfigV1) => {
    c.model.hidden = h;
  }),
);

describe('links of edited labs', () => {
  it('every state reached by any sequence of edits reopens from its link exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('main', 'v1', 'v2'), editArb), { maxLength: 12 }),
        (edits) => {
          let spec: LabSpec = {
            main: defaultConfig(),
            comparison: {
              mainLabel: 'none',
              variants: [
                { label: 'L1', patch: { regularization: { kind: 'l1' } } },
                { label: 'p', patch: { model: { dropoutKeep: 0.5 } } },
              ],
            },
          };
          for (const [target, edit] of edits) {
            const plan = planEdit(spec, target, edit);
            if (!plan.problem) spec = plan.spec;
          }
          const decoded = decodeHash(
            encodeHash({ config: spec.main, lang: 'en', comparison: spec.comparison }),
          );
          expect(decoded.problem).toBeNull();
          expect(decoded.config).toEqual(spec.main);
          expect(decoded.comparison).toEqual(spec.comparison);
          // And each run's config is the same on both sides.
          const again = planLab({ main: decoded.config, comparison: decoded.comparison });
          const now = planLab(spec);
          if (again.problem || now.problem) throw new Error('a reopened state became invalid');
          expect(again.configs).toEqual(now.configs);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });
});
