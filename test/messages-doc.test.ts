// docs/messages.md is generated from the message catalogue; this keeps the page in step with it.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { messagesMarkdown } from '../src/core/messages/doc.ts';

it('docs/messages.md lists every code of the catalogue (npm run docs:messages)', () => {
  const doc = readFileSync(new URL('../docs/messages.md', import.meta.url), 'utf8');
  expect(doc).toBe(messagesMarkdown());
});
