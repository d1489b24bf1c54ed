// Writes docs/messages.md from the message catalogue (src/core/messages).
import { writeFileSync } from 'node:fs';
import { messagesMarkdown } from '../src/core/messages/doc.ts';

writeFileSync(new URL('../docs/messages.md', import.meta.url), messagesMarkdown());
console.log('docs/messages.md skrevet.');
