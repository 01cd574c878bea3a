// The page's one training client (module level: React StrictMode runs effects twice, and a worker
// must be created once), wired to the stores: frames go to receiveFrame, a restarted worker is
// given the runs and playback again with a notice, so the setup survives a crash. Actions reach
// the worker only through trainer(); component tests swap in an in-process port.
import type { Frame, TrainerPort } from '../../workers/contract';
import { createTrainerClient, WorkerLostError } from '../client/trainerClient';
import { useLab } from '../store/labStore';
import { receiveFrame } from '../store/receiveFrame';

let port: TrainerPort | null = null;
let frameTap: ((frame: Frame) => void) | null = null;

function spawnWorker(): Worker {
  // Written literally: Vite bundles a worker only from this exact form.
  return new Worker(new URL('../../workers/trainer.worker.ts', import.meta.url), {
    type: 'module',
  });
}

/** Gives a fresh worker everything the page shows: the runs, then the playback. */
async function replay(p: TrainerPort): Promise<void> {
  const s = useLab.getState();
  await Promise.all(s.runOrder.map((id) => p.createRun(id, s.runs[id]!.config)));
  await p.setSpeed(s.playback.speed);
  // The new worker counts play and pause commands from zero.
  useLab.setState({ playback: { ...s.playback, commandsSent: 0 } });
  if (s.playback.playing) setPlaying(true);
}

/** Play or pause: the page shows it at once, and counts the command (see Playback.commands). */
export function setPlaying(playing: boolean): void {
  useLab.setState((s) => ({
    playback: { ...s.playback, playing, commandsSent: s.playback.commandsSent + 1 },
  }));
  const p = trainer();
  send(playing ? p.play() : p.pause());
}

function startClient(): TrainerPort {
  const client = createTrainerClient({
    spawn: spawnWorker,
    onFrame: (frame) => {
      frameTap?.(frame);
      receiveFrame(frame);
    },
    onRestart: (reason) => {
      // The new worker starts every run over and restarts its generations: the next frame of
      // each run is a new generation.
      useLab.setState((s) => ({
        notice: { kind: 'worker-restarted', detail: reason },
        runs: Object.fromEntries(
          Object.entries(s.runs).map(([id, r]) => [id, { ...r, generation: -1 }]),
        ),
      }));
      send(replay(client.port));
    },
    onGiveUp: (reason) => useLab.setState({ notice: { kind: 'worker-failed', detail: reason } }),
  });
  return client.port;
}

/** The worker's commands (the worker starts on first use). */
export function trainer(): TrainerPort {
  port ??= startClient();
  return port;
}

/** The test build reads frames as they arrive (see testHooks.ts). */
export function tapFrames(tap: (frame: Frame) => void): void {
  frameTap = tap;
}

/** Component tests train in the page's own thread (jsdom has no Worker): real frames, no fakes. */
export function setTrainerPort(p: TrainerPort): void {
  port = p;
}

/**
 * Sends a command without waiting for it. A command lost with a failed worker needs nothing
 * more: the restart notice has told the user and the replay gives the new worker the state.
 */
export function send(command: Promise<unknown>): void {
  command.catch((e: unknown) => {
    if (!(e instanceof WorkerLostError)) throw e;
  });
}
