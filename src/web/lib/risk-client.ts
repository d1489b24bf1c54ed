// Talks to the risk worker: one worker per page, answers matched to requests by id, a newer
// request makes an older answer irrelevant (the caller drops it).
import type { Proposal } from '../../core/model.ts';
import type { OrganisationSettings } from '../../core/process/organisation.ts';
import type { SimulationResult } from '../../core/risk/monte-carlo.ts';

let worker: Worker | null = null;
let seq = 0;
const waiting = new Map<number, (a: { result?: SimulationResult; error?: string; ms?: number }) => void>();

function get(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../workers/risk.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (
    e: MessageEvent<{ id: number; result?: SimulationResult; error?: string; ms?: number }>,
  ) => {
    const done = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    done?.(e.data);
  };
  return worker;
}

export function simulateInWorker(
  proposals: Proposal[],
  settings: OrganisationSettings,
  draws?: number,
): Promise<{ result: SimulationResult; ms: number }> {
  const id = ++seq;
  return new Promise((resolve, reject) => {
    waiting.set(id, (a) =>
      a.result ? resolve({ result: a.result, ms: a.ms ?? 0 }) : reject(new Error(a.error)),
    );
    get().postMessage({ id, proposals, settings, draws });
  });
}
