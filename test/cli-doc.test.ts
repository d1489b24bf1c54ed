// docs/cli.md shows every command's help text as the commands print it (npm run docs:cli).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { withHelpSection } from '../src/cli/help-doc.ts';

it('docs/cli.md has every command’s current help text', () => {
  const page = readFileSync(new URL('../docs/cli.md', import.meta.url), 'utf8');
  expect(page).toBe(withHelpSection(page));
});
