// Writes the help-text section of docs/cli.md from the commands (src/cli/help-doc.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { withHelpSection } from '../src/cli/help-doc.ts';

const file = new URL('../docs/cli.md', import.meta.url);
writeFileSync(file, withHelpSection(readFileSync(file, 'utf8')));
console.log('docs/cli.md skrevet.');
