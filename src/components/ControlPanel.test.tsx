// The settings, each changed as a student would, checked against the run's config in the store.
// One file for all sections: a jsdom environment per file costs more than the tests themselves.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLessonStore } from '../lesson/lessonStore';
import { LESSONS } from '../lesson/catalog';
import { useLab } from '../store/labStore';
import { AugmentationSection } from './AugmentationSection';
import { ControlPanel } from './ControlPanel';
import { DataSection } from './DataSection';
import { DropoutSection } from './DropoutSection';
import { EarlyStoppingSection } from './EarlyStoppingSection';
import { FeaturesSection } from './FeaturesSection';
import { NetworkSection } from './NetworkSection';
import { OptimizerSection } from './OptimizerSection';
import { RegularizationSection } from './RegularizationSection';
import { mainConfig, setMainConfig } from './testLab';

describe('ControlPanel', () => {
  it('groups the settings in the order of the lesson, all open', () => {
    const { container } = render(<ControlPanel runId="main" />);
    const sections = [...container.querySelectorAll('details')];
    expect(sections.map((d) => d.querySelector('summary')!.textContent)).toEqual([
      'Regularization (L1, L2)',
      'Dropout',
      'Early stopping',
      'Data augmentation',
      'Data',
      'Features',
      'Network',
      'Optimizer',
    ]);
    expect(sections.every((d) => d.open)).toBe(true);
    expect(screen.getByRole('region', { name: 'Settings' })).toBeTruthy();
  });

  it('gives every control a name and a description', () => {
    const { container } = render(<ControlPanel runId="main" />);
    const controls = container.querySelectorAll('input, select');
    expect(controls.length).toBeGreaterThan(30);
    for (const el of controls) {
      const described = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      expect(described.length, el.outerHTML).toBeGreaterThan(0);
      for (const id of described) expect(document.getElementById(id), id).not.toBeNull();
      const labelled = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0];
      expect(labelled, el.outerHTML).toBeTruthy();
    }
  });
});

const lambdaSlider = () => screen.getByRole('slider', { name: 'Regularization strength λ' });
const lambdaValue = () =>
  screen.getByRole('spinbutton', { name: 'Regularization strength λ value' });

describe('RegularizationSection', () => {
  it('picks the kind of penalty', () => {
    render(<RegularizationSection runId="main" />);
    const kind = screen.getByRole('combobox', { name: 'Regularization' });
    expect([...kind.querySelectorAll('option')].map((o) => o.value)).toEqual([
      'none',
      'l1',
      'l2',
      'elasticnet',
    ]);
    fireEvent.change(kind, { target: { value: 'l1' } });
    expect(mainConfig().regularization.kind).toBe('l1');
  });

  it("λ slider: the default lab's range, 0 then 1e-4 … 1, with 0.01 in the middle", () => {
    render(<RegularizationSection runId="main" />);
    const slider = lambdaSlider();
    fireEvent.change(slider, { target: { value: '0' } });
    expect(mainConfig().regularization.lambda).toBe(0);
    fireEvent.change(slider, { target: { value: slider.getAttribute('max') } });
    expect(mainConfig().regularization.lambda).toBe(1);
    expect(slider.getAttribute('aria-valuetext')).toBe('1');
    fireEvent.change(slider, { target: { value: '1' } });
    expect(mainConfig().regularization.lambda).toBe(1e-4);
    expect(lambdaValue()).toHaveProperty('value', '0.0001');
    // The log middle of the slider is the default lab's λ.
    const top = Number(slider.getAttribute('max'));
    fireEvent.change(slider, { target: { value: String(1 + (top - 1) / 2) } });
    expect(mainConfig().regularization.lambda).toBe(0.01);
  });

  it("λ and p sliders follow the lesson's ranges", () => {
    const lesson = LESSONS.find((l) => l.ranges.lambda.max !== 1)!;
    act(() => useLessonStore.setState({ lesson }));
    render(
      <>
        <RegularizationSection runId="main" />
        <DropoutSection runId="main" />
      </>,
    );
    const slider = lambdaSlider();
    fireEvent.change(slider, { target: { value: slider.getAttribute('max') } });
    expect(mainConfig().regularization.lambda).toBe(lesson.ranges.lambda.max);
    fireEvent.change(slider, { target: { value: '1' } });
    expect(mainConfig().regularization.lambda).toBe(lesson.ranges.lambda.min);
    const p = screen.getByRole('slider', { name: 'Dropout keep probability p' });
    expect(Number(p.getAttribute('min'))).toBe(lesson.ranges.dropoutKeep.min);
    act(() => useLessonStore.setState({ lesson: null }));
  });

  it('a typed λ beyond the slider is applied, and the field says so', () => {
    render(<RegularizationSection runId="main" />);
    const field = lambdaValue();
    fireEvent.change(field, { target: { value: '5' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(mainConfig().regularization.lambda).toBe(5);
    expect(field).toHaveProperty('value', '5');
    expect(lambdaSlider().getAttribute('value')).toBe(lambdaSlider().getAttribute('max'));
    expect(screen.getByText(/Beyond this lab’s slider \(0\.0001 … 1\)/)).toBeTruthy();
  });

  it('a typed λ such as "0.003" applies on Enter', () => {
    render(<RegularizationSection runId="main" />);
    const field = lambdaValue();
    fireEvent.change(field, { target: { value: '0.003' } });
    expect(mainConfig().regularization.lambda).toBe(0.001); // not yet: typing is not applying
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(mainConfig().regularization.lambda).toBe(0.003);
    expect(field).toHaveProperty('value', '0.003');
  });

  it('an invalid typed λ says why and keeps the old value', () => {
    render(<RegularizationSection runId="main" />);
    const field = lambdaValue();
    fireEvent.change(field, { target: { value: 'lots' } });
    fireEvent.blur(field);
    expect(mainConfig().regularization.lambda).toBe(0.001);
    expect(screen.getByRole('alert').textContent).toBe(
      '“lots” is not a number from 0 to 10, so it was not applied; the value stays 0.001.',
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field, { target: { value: '20' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(mainConfig().regularization.lambda).toBe(0.001);
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(field).toHaveProperty('value', '0.001');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the elastic-net ratio α only for the elastic net', () => {
    render(<RegularizationSection runId="main" />);
    expect(screen.queryByRole('slider', { name: 'Elastic-net L1 ratio α' })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Regularization' }), {
      target: { value: 'elasticnet' },
    });
    const ratio = screen.getByRole('slider', { name: 'Elastic-net L1 ratio α' });
    fireEvent.change(ratio, { target: { value: '0.8' } });
    expect(mainConfig().regularization.l1Ratio).toBe(0.8);
  });

  it('sets the L1 method and decoupled weight decay', () => {
    setMainConfig((c) => void (c.regularization.kind = 'l2'));
    render(<RegularizationSection runId="main" />);
    fireEvent.change(screen.getByRole('combobox', { name: 'L1 method' }), {
      target: { value: 'subgradient' },
    });
    expect(mainConfig().regularization.l1Method).toBe('subgradient');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Decoupled weight decay (AdamW)' }));
    expect(mainConfig().regularization.decoupled).toBe(true);
  });

  it('describes every control with its tip, shown by the "?" button', () => {
    render(<RegularizationSection runId="main" />);
    const slider = lambdaSlider();
    const tipId = slider.getAttribute('aria-describedby')!.split(' ').pop()!;
    const tip = document.getElementById(tipId)!;
    expect(tip.hidden).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'About “Regularization strength λ”' }));
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toMatch(/0 turns it off/);
    expect(slider.title).toBe(tip.textContent);
  });
});

describe('DropoutSection', () => {
  it('sets the keep probability p and shows the drop rate 1 − p beside it', () => {
    render(<DropoutSection runId="main" />);
    const p = screen.getByRole('slider', { name: 'Dropout keep probability p' });
    expect(p.getAttribute('min')).toBe('0.05');
    expect(p.getAttribute('step')).toBe('0.05');
    expect(screen.getByTestId('drop-rate').textContent).toBe('drop rate 1 − p = 0.00');
    fireEvent.change(p, { target: { value: '0.5' } });
    expect(mainConfig().model.dropoutKeep).toBe(0.5);
    expect(screen.getByTestId('drop-rate').textContent).toBe('drop rate 1 − p = 0.50');
    fireEvent.change(p, { target: { value: '0.8' } });
    expect(screen.getByTestId('drop-rate').textContent).toBe('drop rate 1 − p = 0.20');
  });
});

describe('EarlyStoppingSection', () => {
  it('turns early stopping on and sets its options', () => {
    render(<EarlyStoppingSection runId="main" />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Early stopping' }));
    const patience = screen.getByRole('spinbutton', { name: 'Patience (epochs)' });
    fireEvent.change(patience, { target: { value: '20' } });
    fireEvent.keyDown(patience, { key: 'Enter' });
    fireEvent.keyDown(patience, { key: 'ArrowUp' });
    const minDelta = screen.getByRole('spinbutton', { name: 'Minimum improvement' });
    fireEvent.change(minDelta, { target: { value: '0.002' } });
    fireEvent.blur(minDelta);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Restore best weights' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Mark only (keep training)' }));
    expect(mainConfig().earlyStopping).toEqual({
      enabled: true,
      patience: 25,
      minDelta: 0.002,
      restoreBest: false,
      markOnly: true,
    });
  });

  it('a whole number is required for patience', () => {
    render(<EarlyStoppingSection runId="main" />);
    const patience = screen.getByRole('spinbutton', { name: 'Patience (epochs)' });
    fireEvent.change(patience, { target: { value: '2.5' } });
    fireEvent.keyDown(patience, { key: 'Enter' });
    expect(mainConfig().earlyStopping.patience).toBe(50);
    expect(screen.getByRole('alert').textContent).toMatch(/not a whole number from 1 to 10000/);
  });

  it('without a validation split, says so, and the store refuses to turn it on', () => {
    setMainConfig((c) => void (c.data.split = { train: 0.8, val: 0, test: 0.2 }));
    render(<EarlyStoppingSection runId="main" />);
    expect(screen.getByText('Needs a validation share above 0 (see Data).')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Early stopping' }));
    expect(mainConfig().earlyStopping.enabled).toBe(false);
    expect(useLab.getState().notice?.kind).toBe('config-rejected');
  });
});

describe('AugmentationSection', () => {
  it('sets every transform', () => {
    render(<AugmentationSection runId="main" />);
    fireEvent.change(screen.getByRole('slider', { name: 'Jitter σ' }), {
      target: { value: '0.25' },
    });
    fireEvent.change(screen.getByRole('slider', { name: 'Rotation (degrees)' }), {
      target: { value: '30' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Flip' }), {
      target: { value: 'horizontal' },
    });
    fireEvent.change(screen.getByRole('slider', { name: 'Scale' }), {
      target: { value: '0.1' },
    });
    fireEvent.change(screen.getByRole('slider', { name: 'Mixup α' }), {
      target: { value: '0.4' },
    });
    expect(mainConfig().augmentation).toEqual({
      jitter: 0.25,
      rotate: 30,
      flip: 'horizontal',
      scale: 0.1,
      mixup: 0.4,
    });
    expect(
      screen.getByRole('slider', { name: 'Rotation (degrees)' }).getAttribute('aria-valuetext'),
    ).toBe('30°');
  });

  it("warns that flips change XOR's labels, and not the circle's", () => {
    setMainConfig((c) => void (c.data.dataset = 'xor'));
    const { unmount } = render(<AugmentationSection runId="main" />);
    const flip = screen.getByRole('combobox', { name: 'Flip' });
    expect(screen.getByText(/Flips change XOR's labels/)).toBeTruthy();
    fireEvent.change(flip, { target: { value: 'both' } });
    const warning = screen.getByText(/Flips change XOR's labels/);
    expect(warning.closest('.rl-note--warn')?.textContent).toBe(
      "⚠ Flips change XOR's labels. The network is being taught wrong answers.",
    );
    // The hint is part of the select's description for screen readers.
    const noteIds = flip.getAttribute('aria-describedby')!.split(' ');
    expect(noteIds.some((id) => document.getElementById(id)?.contains(warning))).toBe(true);
    expect(screen.getByText(/Scaling keeps XOR's labels/)).toBeTruthy();
    unmount();

    setMainConfig((c) => void (c.data.dataset = 'circle'));
    render(<AugmentationSection runId="main" />);
    expect(screen.getByText(/Flips keep Circle's labels/)).toBeTruthy();
    expect(screen.getByText(/Scaling changes Circle's labels/)).toBeTruthy();
    expect(screen.getByText(/Mixup blends labels into soft labels/)).toBeTruthy();
  });
});

const share = (name: string) => screen.getByRole('slider', { name });

describe('DataSection', () => {
  it('sets the dataset, samples and noise', () => {
    render(<DataSection runId="main" />);
    const dataset = screen.getByRole('combobox', { name: 'Dataset' });
    expect([...dataset.querySelectorAll('option')].map((o) => o.value)).toEqual([
      'circle',
      'xor',
      'gaussian',
      'spiral',
      'moons',
    ]);
    fireEvent.change(dataset, { target: { value: 'moons' } });
    const samples = screen.getByRole('spinbutton', { name: 'Samples' });
    fireEvent.change(samples, { target: { value: '200' } });
    fireEvent.keyDown(samples, { key: 'Enter' });
    fireEvent.change(screen.getByRole('slider', { name: 'Input noise' }), {
      target: { value: '0.5' },
    });
    fireEvent.change(screen.getByRole('slider', { name: 'Label noise' }), {
      target: { value: '0.1' },
    });
    const { dataset: d, samples: n, noise, labelNoise } = mainConfig().data;
    expect({ d, n, noise, labelNoise }).toEqual({
      d: 'moons',
      n: 200,
      noise: 0.5,
      labelNoise: 0.1,
    });
  });

  it('keeps the three split shares adding up to 1, the test share being the rest', () => {
    render(<DataSection runId="main" />);
    expect(screen.getByTestId('test-share').textContent).toBe('Test share = 0.20');
    fireEvent.change(share('Training share'), { target: { value: '0.7000000000000001' } });
    expect(mainConfig().data.split).toEqual({ train: 0.7, val: 0.2, test: 0.1 });
    // More training than the room left takes it from validation.
    fireEvent.change(share('Training share'), { target: { value: '0.9' } });
    expect(mainConfig().data.split).toEqual({ train: 0.9, val: 0.1, test: 0 });
    // More validation than the room left takes it from training.
    fireEvent.change(share('Validation share'), { target: { value: '0.3' } });
    expect(mainConfig().data.split).toEqual({ train: 0.7, val: 0.3, test: 0 });
    fireEvent.change(share('Training share'), { target: { value: '0.5' } });
    expect(mainConfig().data.split).toEqual({ train: 0.5, val: 0.3, test: 0.2 });
    expect(screen.getByTestId('test-share').textContent).toBe('Test share = 0.20');
  });

  it('types a seed or draws a new one', () => {
    render(<DataSection runId="main" />);
    const seed = screen.getByRole('spinbutton', { name: 'Seed' });
    fireEvent.change(seed, { target: { value: '42' } });
    fireEvent.keyDown(seed, { key: 'Enter' });
    expect(mainConfig().seed).toBe(42);
    fireEvent.click(screen.getByRole('button', { name: 'New seed' }));
    expect(mainConfig().seed).not.toBe(42);
    expect(Number.isInteger(mainConfig().seed)).toBe(true);
  });
});

const box = (name: string) => screen.getByRole('checkbox', { name });

describe('FeaturesSection', () => {
  it('offers the seven features by their written names', () => {
    render(<FeaturesSection runId="main" />);
    for (const name of ['x1', 'x2', 'x1²', 'x2²', 'x1·x2', 'sin(x1)', 'sin(x2)']) {
      expect(box(name)).toBeTruthy();
    }
  });

  it('adds features in the canonical order and removes them', () => {
    render(<FeaturesSection runId="main" />);
    fireEvent.click(box('sin(x2)'));
    fireEvent.click(box('x1²'));
    expect(mainConfig().features).toEqual(['x1', 'x2', 'x1^2', 'sin(x2)']);
    fireEvent.click(box('x1'));
    expect(mainConfig().features).toEqual(['x2', 'x1^2', 'sin(x2)']);
  });

  it('keeps at least one feature checked, and says why', () => {
    render(<FeaturesSection runId="main" />);
    fireEvent.click(box('x1'));
    expect(mainConfig().features).toEqual(['x2']);
    fireEvent.click(box('x2'));
    expect(mainConfig().features).toEqual(['x2']);
    expect((box('x2') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('status').textContent).toBe(
      'Keep at least one feature: the network needs an input.',
    );
  });
});

describe('NetworkSection', () => {
  it('adds and removes hidden layers, 0 to 6', () => {
    render(<NetworkSection runId="main" />);
    const add = screen.getByRole('button', { name: 'Add layer' });
    const remove = screen.getByRole('button', { name: 'Remove layer' });
    fireEvent.click(add);
    expect(mainConfig().model.hidden).toEqual([8, 8, 8]);
    for (let i = 0; i < 5; i++) fireEvent.click(add);
    expect(mainConfig().model.hidden).toHaveLength(6);
    expect(add).toHaveProperty('disabled', true);
    const count = screen.getByRole('spinbutton', { name: 'Hidden layers' });
    fireEvent.change(count, { target: { value: '1' } });
    fireEvent.keyDown(count, { key: 'Enter' });
    expect(mainConfig().model.hidden).toEqual([8]);
    fireEvent.click(remove);
    expect(mainConfig().model.hidden).toEqual([]);
    expect(remove).toHaveProperty('disabled', true);
    expect(screen.getByText(/logistic regression/)).toBeTruthy();
  });

  it('sets the units of each layer', () => {
    render(<NetworkSection runId="main" />);
    const second = screen.getByRole('spinbutton', { name: 'Units in layer 2' });
    fireEvent.change(second, { target: { value: '16' } });
    fireEvent.keyDown(second, { key: 'Enter' });
    fireEvent.keyDown(screen.getByRole('spinbutton', { name: 'Units in layer 1' }), {
      key: 'ArrowDown',
    });
    expect(mainConfig().model.hidden).toEqual([7, 16]);
    fireEvent.change(second, { target: { value: '33' } });
    fireEvent.keyDown(second, { key: 'Enter' });
    expect(mainConfig().model.hidden).toEqual([7, 16]);
  });

  it('sets the activation and batch normalization', () => {
    render(<NetworkSection runId="main" />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Activation' }), {
      target: { value: 'relu' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Batch normalization' }));
    expect(mainConfig().model.activation).toBe('relu');
    expect(mainConfig().model.batchNorm).toBe(true);
  });
});

describe('OptimizerSection', () => {
  it('sets the optimizer', () => {
    render(<OptimizerSection runId="main" />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Optimizer' }), {
      target: { value: 'momentum' },
    });
    expect(mainConfig().optimizer.kind).toBe('momentum');
  });

  it('learning rate: the slider spans 1e-4 to 10 on a log scale; a value can be typed', () => {
    render(<OptimizerSection runId="main" />);
    const slider = screen.getByRole('slider', { name: 'Learning rate' });
    fireEvent.change(slider, { target: { value: '0' } });
    expect(mainConfig().optimizer.learningRate).toBe(1e-4);
    fireEvent.change(slider, { target: { value: slider.getAttribute('max') } });
    expect(mainConfig().optimizer.learningRate).toBe(10);
    // Halfway is the geometric middle: 10^-1.5.
    fireEvent.change(slider, { target: { value: String(Number(slider.getAttribute('max')) / 2) } });
    expect(mainConfig().optimizer.learningRate).toBe(0.0316);
    const typed = screen.getByRole('spinbutton', { name: 'Learning rate value' });
    fireEvent.change(typed, { target: { value: '0.03' } });
    fireEvent.keyDown(typed, { key: 'Enter' });
    expect(mainConfig().optimizer.learningRate).toBe(0.03);
  });

  it('offers a full batch (size 0)', () => {
    render(<OptimizerSection runId="main" />);
    const batch = screen.getByRole('combobox', { name: 'Batch size' });
    fireEvent.change(batch, { target: { value: '0' } });
    expect(mainConfig().optimizer.batchSize).toBe(0);
    expect(screen.getByRole('option', { name: 'Full batch' })).toHaveProperty('selected', true);
    fireEvent.change(batch, { target: { value: '32' } });
    expect(mainConfig().optimizer.batchSize).toBe(32);
  });
});
