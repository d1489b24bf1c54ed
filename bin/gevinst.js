#!/usr/bin/env node
// Entry point of the `gevinst` command. Loads the TypeScript sources through tsx so that the
// project has no separate build step; see docs/decisions/0001-typescript-without-build.md.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
