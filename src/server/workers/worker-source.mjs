// The worker thread's entry when the server runs from source (tests, `npm run dev`): registers tsx
// in this thread, then hands each task to worker.ts. The build uses dist/node/worker.js instead.
import { register } from 'tsx/esm/api';

register();
const { default: handle } = await import('./worker.ts');

export default handle;
