// The building blocks of the message catalogue: a message is a function from its parameters to
// Danish text. Families of messages (import, validation, catalog, process …) are defined in their
// own files with `defineMessages` and joined in `catalogue.ts`; code refers to a message only by its
// stable dotted code, and tests assert codes and parameters, never the Danish text.

/** Parameter values a message may carry (kept in the JSON beside the text). */
export type ParamValue = string | number | boolean | null;
export type MessageParams = Readonly<Record<string, ParamValue>>;

/** A message template: parameters → Danish text. */
export type MessageTemplate<P extends MessageParams = MessageParams> = (params: P) => string;

/** Codes are lowercase dotted identifiers: "followup.columns-missing", "economy.permanent-total". */
export const CODE_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/;

/**
 * Declares a family of messages. The identity function keeps each template's parameter type, so
 * `warning('import.x', { … })` is checked against the template at compile time.
 */
export function defineMessages<T extends Record<string, MessageTemplate<never>>>(messages: T): T {
  return messages;
}
