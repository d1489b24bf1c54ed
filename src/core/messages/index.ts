// Coded messages: warnings carry a stable code, their parameters and the Danish text from the
// catalogue. See catalogue.ts for the codes and define.ts for how a family is declared.
import type { Warning } from '../model.ts';
import { type MessageCode, type ParamsOf, messageText } from './catalogue.ts';

export type { MessageParams, ParamValue } from './define.ts';
export { CODE_PATTERN, defineMessages } from './define.ts';
export {
  MESSAGES,
  type MessageCode,
  type ParamsOf,
  isMessageCode,
  messageCodes,
  messageText,
} from './catalogue.ts';

/** Where a warning points: a source line and/or the proposal it concerns. */
export interface WarningPlace {
  sourceLine?: number | null;
  proposalRef?: string | null;
}

/** A warning with its code, parameters and the catalogue's Danish text. */
export function warning<C extends MessageCode>(
  code: C,
  params: ParamsOf<C>,
  where: WarningPlace = {},
): Warning {
  return {
    code,
    message: messageText(code, params),
    sourceLine: where.sourceLine ?? null,
    proposalRef: where.proposalRef ?? null,
    params: params,
  };
}
