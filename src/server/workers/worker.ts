// The worker thread's entry (piscina calls the default export with each task). Built into
// dist/node/worker.js; from source it is loaded through worker-source.mjs (tsx).
import { move } from 'piscina';
import { type Task, runTask } from './tasks.ts';

export default async function handle(task: Task): Promise<unknown> {
  const answer = await runTask(task);
  if (answer.kind !== 'bytes') return answer;
  // A rendered file's bytes are moved to the server thread, not copied (pool.ts knows them by type).
  const bytes = answer.bytes;
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return move(whole ? bytes : bytes.slice());
}
