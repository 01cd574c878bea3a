// Links, bad input and failures: the page keeps working and says what happened.
import { defaultLabConfig } from '../src/lesson/defaultLab';
import { describe, expect, it } from 'vitest';
import { decodeHash } from '../src/store/urlCodec.ts';
import { configHash, epoch, labHash, labSession, screenshot, until } from './labSession.ts';

const lab = labSession();

describe('links and failures', () => {
  it('a reload restores the same config from the URL', async () => {
    const { page } = await lab.open();
    await page.getByRole('combobox', { name: 'Dataset', exact: true }).selectOption('xor');
    await page.getByRole('combobox', { name: 'Regularization', exact: true }).selectOption('l2');
    const lambda = page.getByRole('spinbutton', { name: 'Regularization strength λ value' });
    await lambda.fill('0.003');
    await lambda.press('Enter');
    await page.getByRole('checkbox', { name: 'x1²', exact: true }).check();
    // The address bar follows once the page rests after the last edit (src/lab/hash.ts).
    await expect
      .poll(
        () => {
          const { config } = decodeHash(new URL(page.url()).hash);
          return [config.data.dataset, config.regularization.lambda, config.features];
        },
        { timeout: 10_000 },
      )
      .toEqual(['xor', 0.003, expect.arrayContaining(['x1^2'])]);
    await page.reload();
    await page.getByTestId('epoch-counter').waitFor();
    expect(await page.getByRole('combobox', { name: 'Dataset', exact: true }).inputValue()).toBe(
      'xor',
    );
    expect(
      await page.getByRole('combobox', { name: 'Regularization', exact: true }).inputValue(),
    ).toBe('l2');
    expect(Number(await lambda.inputValue())).toBeCloseTo(0.003, 10);
    expect(await page.getByRole('checkbox', { name: 'x1²', exact: true }).isChecked()).toBe(true);
  });

  it('a malformed link opens the default lab with a notice, never a blank page', async () => {
    for (const hash of [
      '#config=%7B%22seed%22%3A',
      '#config=%7B%22optimizer%22%3A%7B%22learningRate%22%3A-5%7D%7D',
    ]) {
      const { page, record } = await lab.open(hash);
      const notice = page.getByRole('alert').filter({ hasText: /default lab/ });
      await notice.waitFor();
      expect(await page.getByRole('combobox', { name: 'Dataset', exact: true }).inputValue()).toBe(
        defaultLabConfig().data.dataset,
      );
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await until(
        () => epoch(page),
        (e) => e > 10,
        'the default run trains',
      );
      expect(record.consoleErrors).toEqual([]);
    }
  });

  it('a diverging run stops with a message and one click brings it back', async () => {
    const hash = configHash((c) => {
      c.features = ['x1', 'x2', 'x1^2', 'x2^2'];
      c.model = { ...c.model, hidden: [8], activation: 'linear' }; // diverges near epoch 400
      c.optimizer = { kind: 'sgd', learningRate: 1, batchSize: 0 };
    });
    const { page } = await lab.open(hash);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: /diverged/i });
    await alert.waitFor();
    await screenshot(page, 'diverged');
    await page.getByRole('button', { name: 'Reset with a lower learning rate' }).click();
    await expect
      .poll(() => page.getByRole('spinbutton', { name: 'Learning rate value' }).inputValue())
      .toBe('0.1');
    // Still playing: the run starts over with the lower learning rate and trains on, past the
    // epoch where it diverged before (about 400).
    await alert.waitFor({ state: 'detached' });
    await until(
      () => epoch(page),
      (e) => e > 1000,
      'training past the old divergence',
    );
    expect(await alert.count()).toBe(0);
  });

  it('one click after a divergence reaches a stable run even when ten times lower diverges too', async () => {
    // L2 at λ = 10 under SGD needs λ·lr below 2: lr 10 diverges near epoch 40, lr 1 near 80.
    const hash = labHash((c) => {
      c.optimizer = { kind: 'sgd', learningRate: 10, batchSize: 20 };
      c.regularization = { ...c.regularization, kind: 'l2', lambda: 10 };
    });
    const { page, record } = await lab.open(hash);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: /diverged/i });
    await alert.waitFor();
    await page.getByRole('button', { name: 'Reset with a lower learning rate' }).click();
    await expect
      .poll(() => page.getByRole('spinbutton', { name: 'Learning rate value' }).inputValue())
      .toBe('0.1');
    await alert.waitFor({ state: 'detached' });
    await until(
      () => epoch(page),
      (e) => e > 400,
      'training well past where lr 1 diverges',
    );
    expect(await alert.count()).toBe(0);
    expect(record.consoleErrors).toEqual([]);
  });

  for (const [how, hook] of [
    ['throws from its loop', 'crashWorkerForTest'],
    ['closes itself without an error event', 'closeWorkerForTest'],
  ] as const) {
    it(`a worker that ${how} is restarted with the setup kept, and the page says so`, async () => {
      const { page } = await lab.open(labHash((c) => (c.regularization.kind = 'l2')));
      // Slowly, so the restart's new run is seen starting over.
      await page.getByRole('combobox', { name: 'Training speed' }).selectOption('5');
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      const before = await until(
        () => epoch(page),
        (e) => e >= 4,
        'training',
      );
      await page.evaluate((name) => {
        const w = window as unknown as { __reglab: { actions: Record<string, () => void> } };
        w.__reglab.actions[name]!();
      }, hook);
      // A silent stop is noticed by the heartbeat, within a few seconds.
      await page.getByText(/restarted/).waitFor({ timeout: 15_000 });
      const restartedAt = await until(
        () => epoch(page),
        (e) => e < before,
        'the run starts over',
      );
      await until(
        () => epoch(page),
        (e) => e > restartedAt,
        'training resumes',
      );
      expect(await page.getByRole('button', { name: 'Pause', exact: true }).isVisible()).toBe(true);
      expect(
        await page.getByRole('combobox', { name: 'Regularization', exact: true }).inputValue(),
      ).toBe('l2');
    });
  }

  it('the default view fits a laptop, a projector and a phone', async () => {
    for (const [name, viewport] of [
      ['1920x1080', { width: 1920, height: 1080 }],
      ['phone-390x844', { width: 390, height: 844 }],
    ] as const) {
      const { page } = await lab.open('', viewport);
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await until(
        () => epoch(page),
        (e) => e > 100,
        'training',
      );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `lab-${name}`);
    }
  });
});
