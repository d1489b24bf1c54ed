#!/usr/bin/env node
// Entry point of the `gevinst` command: runs the compiled CLI in dist/node, built by
// `npm run build` (which `npm ci` runs). Development and tests run the TypeScript sources instead:
// `node --import tsx src/cli/run.ts`. See docs/decisions/0008-build-and-production.md.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/node/run.js', import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write(
    'Gevinst er ikke bygget (dist/node mangler). Kør "npm run build" (npm ci gør det selv).\n',
  );
  process.exit(3);
}
await import(compiled.href);
