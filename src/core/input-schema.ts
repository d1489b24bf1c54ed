// What `gevinst calc` (and anyone else handed JSON) may give the engine: one proposal, a list of
// proposals, or a whole gevinst.document/1, checked with the one schema of the document
// (./schema/document.ts). Every problem is reported in Danish with the exact field path, e.g.
// `proposals[2].economy.lines[4].amounts["2026"] skal være et helt antal kroner`. Defaults where
// the contract lets a field out: `unit` "t.kr" (display only: amounts are kroner), `priceLevelYear`
// null, `stated` empty, lists empty.
import type { GevinstDocument, Proposal } from './model.ts';
import { documentSchema, proposalSchema } from './schema/document.ts';
import { parseWith } from './schema/errors.ts';
import { LIMITS, list } from './schema/primitives.ts';

export { formatPath } from './schema/errors.ts';

export type CalcInput =
  | { shape: 'proposal'; proposals: Proposal[] }
  | { shape: 'proposals'; proposals: Proposal[] }
  | { shape: 'document'; proposals: Proposal[]; document: GevinstDocument };

const proposalList = list(proposalSchema, LIMITS.proposals);

/**
 * Validates parsed JSON as one proposal, an array of proposals, or a gevinst.document/1.
 * Throws InvalidInput with a Danish message naming the first wrong field.
 */
export function parseCalcInput(value: unknown): CalcInput {
  if (Array.isArray(value))
    return { shape: 'proposals', proposals: parseWith(proposalList, value, 'Listen') };
  if (typeof value === 'object' && value !== null && 'format' in value) {
    const document = parseWith(documentSchema, value, 'Dokumentet');
    return { shape: 'document', proposals: document.proposals, document };
  }
  return { shape: 'proposal', proposals: [parseWith(proposalSchema, value, 'Forslaget')] };
}
