// Time bookkeeping for the training loop: how many epochs a speed-limited playback owes (speed ×
// elapsed − trained, so a slow slice is caught up and a fast one waits), and the measured speed
// over the last second, which frames report.

export class PlaybackClock {
  private start = 0;
  private trained = 0;

  reset(now: number): void {
    this.start = now;
    this.trained = 0;
  }

  /** Epochs due by `now` at `speed` epochs per second and not trained yet. */
  owed(now: number, speed: number): number {
    return Math.floor(((now - this.start) / 1000) * speed) - this.trained;
  }

  credit(epochs: number): void {
    this.trained += epochs;
  }

  /** Milliseconds until the next epoch is due (at most 50, so a speed change is seen soon). */
  untilNext(now: number, speed: number): number {
    return Math.min(50, Math.max(1, ((this.trained + 1) / speed) * 1000 - (now - this.start)));
  }
}

export class SpeedMeter {
  private readonly samples: { t: number; epochs: number }[] = [];

  /** Epochs per second over about the last second, given the running total of epochs trained. */
  measure(now: number, total: number): number {
    const samples = this.samples;
    samples.push({ t: now, epochs: total });
    while (samples.length > 2 && now - samples[0]!.t > 1000) samples.shift();
    const first = samples[0]!;
    const dt = now - first.t;
    return dt > 0 ? ((total - first.epochs) * 1000) / dt : 0;
  }
}
