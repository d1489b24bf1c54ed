// How tests start `gevinst` as a process: the TypeScript sources through tsx, so a test never
// runs a stale dist/ (test/build.test.ts checks the built form separately).
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/** Arguments for process.execPath before the command's own: `node --import tsx src/cli/run.ts`. */
export const GEVINST_FROM_SOURCE = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'run.ts')];
