// The one message catalogue: every coded message Gevinst shows, keyed by its stable dotted code.
// Families live in their own files; this module joins them and is the only place that turns a
// code and its parameters into Danish text. An English interface would be a second catalogue with
// the same keys, not a rewrite of the code that raises the messages.
import type { MessageParams } from './define.ts';
import { catalogMessages } from './catalog.ts';
import { importMessages } from './import.ts';
import { poolMessages } from './pool.ts';
import { processMessages } from './process.ts';
import { realisationMessages } from './realisation.ts';
import { validationMessages } from './validation.ts';

export const MESSAGES = {
  ...importMessages,
  ...catalogMessages,
  ...processMessages,
  ...realisationMessages,
  ...validationMessages,
  ...poolMessages,
};

export type MessageCode = keyof typeof MESSAGES;

/** The parameters a message's template takes. */
export type ParamsOf<C extends MessageCode> =
  Parameters<(typeof MESSAGES)[C]> extends [] ? Record<string, never> : Parameters<(typeof MESSAGES)[C]>[0];

/** Every code in the catalogue, sorted (docs/messages.md is generated from it). */
export function messageCodes(): MessageCode[] {
  return (Object.keys(MESSAGES) as MessageCode[]).sort();
}

export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(MESSAGES, code);
}

/** The Danish text of a coded message. */
export function messageText<C extends MessageCode>(code: C, params: ParamsOf<C>): string {
  const template = MESSAGES[code] as (p: MessageParams) => string;
  return template(params as unknown as MessageParams);
}
