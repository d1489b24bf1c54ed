// Reading a gevinst.document/1 JSON file back (for the exports and `gevinst validate` of a JSON
// document): parsed by core's one schema of the document (src/core/schema/document.ts), which
// names the exact field that is wrong, in Danish. Optional lists that are missing are read as
// empty; a wrong type is an error, never a guess.
import { withComputed } from '../../core/derive.ts';
import { InvalidInput } from '../../core/errors.ts';
import type { GevinstDocument } from '../../core/model.ts';
import { documentSchema } from '../../core/schema/document.ts';
import { parseWith } from '../../core/schema/errors.ts';

export function readDocumentJson(text: string): GevinstDocument {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new InvalidInput(`Filen er ikke gyldig JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new InvalidInput('Dokumentet skal være et JSON-objekt.');
  }
  const doc = parseWith(documentSchema, v, 'Dokumentet');
  // `computed` is the engine's: derived again, never taken from the file.
  return { ...doc, proposals: doc.proposals.map(withComputed) };
}
