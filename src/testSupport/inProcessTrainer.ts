// Test support: the training service in the page's own thread, behind the same port the worker
// client gives (jsdom has no Worker). Real training, real frames, no fakes.
import type { TrainerPort } from '../../workers/contract';
import type { InspectableService } from '../../workers/testing';
import { testService } from '../../workers/testing';
import { forwardCalls } from '../client/forwardCalls';
import { setTrainerPort } from '../lab/session';
import { receiveFrame } from '../store/receiveFrame';

/** Routes the lab's commands to an in-process service; returns the service for inspection. */
export function trainInProcess(): InspectableService {
  const service = testService();
  service.subscribe((frame) => receiveFrame(frame));
  const port: TrainerPort = forwardCalls((name, args) =>
    Promise.resolve().then(() =>
      (service[name] as (...a: unknown[]) => unknown).apply(service, args),
    ),
  );
  setTrainerPort(port);
  return service;
}
