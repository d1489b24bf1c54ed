// docs/messages.md is generated from the catalogue (`npm run docs:messages`); a test keeps it in
// step. Each template is rendered with its parameter names in braces ("{ref}"), so the page shows
// the Danish text as a reader meets it, with the places the parameters go.
import { MESSAGES, messageCodes } from './catalogue.ts';
import type { MessageParams } from './define.ts';

function sample(code: string): string {
  const template = MESSAGES[code as keyof typeof MESSAGES] as (p: MessageParams) => string;
  const names = new Proxy(
    {},
    {
      get: (_t, key) => (typeof key === 'string' ? `{${key}}` : undefined),
    },
  );
  try {
    return template(names);
  } catch {
    return '(tekst med beregnede værdier)';
  }
}

const escape = (s: string) => s.replace(/\n/g, ' ').replace(/([*_`<>[\]])/g, '\\$1');

export function messagesMarkdown(): string {
  const lines = [
    '# Message codes',
    '',
    'Every warning and finding Gevinst reports carries a stable dotted `code` beside its Danish',
    '`message`. Programs and tests look at the code (and the `params`); people read the text. This',
    'page is generated from the message catalogue (`src/core/messages/`) by `npm run docs:messages`;',
    'do not edit it by hand. A code is never renamed or reused for another meaning.',
    '',
    'Each entry: the code, then the Danish text with its parameters in braces.',
    '',
  ];
  let family = '';
  for (const code of messageCodes()) {
    const head = code.slice(0, code.indexOf('.'));
    if (head !== family) {
      if (family !== '') lines.push('');
      lines.push(`## ${head}`, '');
      family = head;
    }
    lines.push(`- \`${code}\`: ${escape(sample(code))}`);
  }
  return `${lines.join('\n')}\n`;
}
