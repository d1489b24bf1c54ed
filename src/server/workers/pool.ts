// The server's worker threads (piscina): exports are rendered, imports read and scenarios solved
// here, off the event loop, so health checks, static files and other requests keep answering. Created on first use;
// idle threads exit after a while, so an idle server holds none. One thread per spare core (at
// least one): the event loop keeps a core of its own.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { GevinstError } from '../../core/errors.ts';
import type { Task, TaskAnswer } from './tasks.ts';

// From source (tsx) the worker needs tsx registered in its own thread; the build has plain JS.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER = FROM_SOURCE
  ? new URL('./worker-source.mjs', import.meta.url)
  : new URL('./worker.js', import.meta.url);

let pool: Piscina | null = null;

export function workerThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

function thePool(): Piscina {
  pool ??= new Piscina({
    filename: WORKER.href,
    minThreads: 0,
    maxThreads: workerThreads(),
    idleTimeout: 30_000,
    // A task waits at most this many behind the running ones; more is a 503 rather than a pile-up.
    maxQueue: 64,
    // Worker threads yield the CPU to the event loop: on a busy machine a health check or a page
    // must not wait for an export's turn (Linux; elsewhere ignored).
    niceIncrement: 10,
  });
  return pool;
}

/** Runs a task in a worker thread. */
export async function runInWorker(task: Task): Promise<TaskAnswer> {
  let result: TaskAnswer | Uint8Array;
  try {
    result = (await thePool().run(task)) as TaskAnswer | Uint8Array;
  } catch (e) {
    if (e instanceof Error && /queue is at limit/i.test(e.message))
      throw new GevinstError(
        'unavailable',
        'Serveren har mange tunge opgaver i gang (eksporter, importer, scenarier). Prøv igen om lidt.',
      );
    throw e;
  }
  return result instanceof Uint8Array ? { kind: 'bytes', bytes: result } : result;
}

/** Stops the threads (server shutdown, tests). */
export async function closeWorkers(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close({ force: true });
}
