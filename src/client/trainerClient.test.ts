// The client against real comlink endpoints (a MessageChannel stands in for the Worker): frames
// flow and are acknowledged, a worker that fails loudly or silently is replaced, commands in
// flight to it are rejected instead of hanging, and repeated failures stop the restarts.
import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import type { Frame, FrameListener } from '../../workers/contract';
import { until } from '../../workers/testing';
import { createTrainerClient, WorkerLostError } from './trainerClient';
import type { TrainerClient } from './trainerClient';

/** A worker's far end: answers pings unless `silent`, sends a frame when asked. */
class FakeService {
  listener: FrameListener | null = null;
  silent = false;
  pings = 0;
  subscribe(l: FrameListener) {
    this.listener = l;
  }
  ping(): Promise<number> | number {
    this.pings++;
    return this.silent ? new Promise<number>(() => undefined) : this.pings;
  }
  exportRun(): Promise<null> {
    return new Promise(() => undefined);
  }
}

interface Spawned {
  worker: Worker;
  service: FakeService;
  terminated: boolean;
}

function spawner() {
  const spawned: Spawned[] = [];
  const spawn = (): Worker => {
    const { port1, port2 } = new MessageChannel();
    const service = new FakeService();
    Comlink.expose(service, port2);
    const entry: Spawned = { worker: null as unknown as Worker, service, terminated: false };
    const worker = Object.assign(port1, {
      terminate: () => {
        entry.terminated = true;
        port1.close();
        port2.close();
      },
    });
    entry.worker = worker as unknown as Worker;
    spawned.push(entry);
    return entry.worker;
  };
  return { spawn, spawned };
}

const frame = (seq: number): Frame => ({
  seq,
  playback: { playing: true, speed: null, commands: 1 },
  runs: [],
});

let client: TrainerClient | null = null;
afterEach(() => client?.dispose());

describe('trainer client', () => {
  it('passes frames on and acknowledges each with how the page kept up', async () => {
    const { spawn, spawned } = spawner();
    const seen: number[] = [];
    client = createTrainerClient({
      spawn,
      onFrame: (f) => seen.push(f.seq),
      onRestart: () => undefined,
      onGiveUp: () => undefined,
    });
    expect(await client.port.ping()).toBe(1);
    const ack = await spawned[0]!.service.listener!(frame(7));
    expect(seen).toEqual([7]);
    expect(ack && typeof ack.frames === 'number' && typeof ack.longestMs === 'number').toBe(true);
  });

  it('replaces a worker that stops answering without an error, rejecting what was in flight', async () => {
    const { spawn, spawned } = spawner();
    const restarts: string[] = [];
    client = createTrainerClient({
      spawn,
      onFrame: () => undefined,
      onRestart: (reason) => restarts.push(reason),
      onGiveUp: () => undefined,
      heartbeatMs: 20,
      heartbeatTimeoutMs: 150,
    });
    await client.port.ping();
    spawned[0]!.service.silent = true;
    const inFlight = client.port.exportRun('main');
    await expect(inFlight).rejects.toBeInstanceOf(WorkerLostError);
    expect(restarts).toEqual(['it stopped answering']);
    expect(spawned[0]!.terminated).toBe(true);
    // The next command starts a fresh worker, which answers.
    expect(await client.port.ping()).toBe(1);
    expect(spawned).toHaveLength(2);
  });

  it('replaces a worker that reports an error, and gives up after repeated failures', async () => {
    const { spawn, spawned } = spawner();
    const restarts: string[] = [];
    let gaveUp = '';
    client = createTrainerClient({
      spawn,
      onFrame: () => undefined,
      onRestart: (reason) => restarts.push(reason),
      onGiveUp: (reason) => (gaveUp = reason),
    });
    for (let i = 0; i < 4; i++) {
      await client.port.ping();
      const w = spawned[i]!.worker;
      w.dispatchEvent(Object.assign(new Event('error'), { message: `boom ${i}` }));
      await until(() => spawned[i]!.terminated);
    }
    expect(restarts).toEqual(['boom 0', 'boom 1', 'boom 2']);
    expect(gaveUp).toBe('boom 3');
    await expect(client.port.ping()).rejects.toBeInstanceOf(WorkerLostError);
  });
});
