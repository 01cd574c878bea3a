// The training service run in the page's own thread, with the same interface as TrainerClient.
// For component tests (jsdom has no Worker): real training, real frames, no fakes.
import type { ConfigV1 } from '../../workers/engine/config';
import type { RunExportV1 } from '../../workers/engine/runExport';
import type { Frame, InspectedEpoch, RunId, RunProblem } from '../../workers/protocol';
import { TrainerService } from '../../workers/trainerApi';

export type TrainerPort = Pick<
  InProcessTrainer,
  | 'createRun'
  | 'updateRun'
  | 'disposeRun'
  | 'play'
  | 'pause'
  | 'step'
  | 'reset'
  | 'setSpeed'
  | 'setGridSize'
  | 'inspect'
  | 'crashForTest'
  | 'exportRun'
>;

export class InProcessTrainer {
  readonly service: TrainerService;

  constructor(onFrame: (frame: Frame) => void) {
    this.service = new TrainerService({
      transfer: (value) => value,
      now: () => performance.now(),
      defer: (task, delayMs) => void setTimeout(task, delayMs),
    });
    this.service.subscribe((frame) => onFrame(frame));
  }

  createRun(id: RunId, config: ConfigV1): Promise<RunProblem | null> {
    return Promise.resolve(this.service.createRun(id, config));
  }
  updateRun(id: RunId, config: ConfigV1): Promise<'live' | 'restart' | RunProblem> {
    return Promise.resolve(this.service.updateRun(id, config));
  }
  disposeRun(id: RunId): Promise<void> {
    return Promise.resolve(this.service.disposeRun(id));
  }
  play(): Promise<void> {
    return Promise.resolve(this.service.play());
  }
  pause(): Promise<void> {
    return Promise.resolve(this.service.pause());
  }
  step(epochs: number): Promise<void> {
    return Promise.resolve(this.service.step(epochs));
  }
  reset(ids?: RunId[]): Promise<void> {
    return Promise.resolve(this.service.reset(ids));
  }
  setSpeed(epochsPerSecond: number | null): Promise<void> {
    return Promise.resolve(this.service.setSpeed(epochsPerSecond));
  }
  setGridSize(n: number): Promise<void> {
    return Promise.resolve(this.service.setGridSize(n));
  }
  inspect(id: RunId, epoch: number): Promise<InspectedEpoch | null> {
    return Promise.resolve(this.service.inspect(id, epoch));
  }
  crashForTest(): Promise<void> {
    return Promise.resolve();
  }
  exportRun(id: RunId): Promise<RunExportV1 | null> {
    return Promise.resolve(this.service.exportRun(id));
  }
}
