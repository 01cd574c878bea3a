// One preview server for the whole browser suite: every file's pages load the same build, and
// starting `vite preview` costs a few seconds a file on a busy 2-core machine. Each file still
// launches its own Chromium (fresh profiles, so no service worker or storage leaks between
// files); the offline test starts servers of its own, since it stops one mid-test.
import type { TestProject } from 'vitest/node';
import { startPreviewServer } from './previewServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared preview server's address, ending in a slash. */
    previewUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPreviewServer();
  project.provide('previewUrl', server.url);
  return () => server.stop();
}
