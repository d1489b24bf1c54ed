// Reads a catalog or a collection of proposals from PDF-converted text into a GevinstDocument.
// Picks the template generation by asking each reader how sure it is.
import { ImportError } from '../../core/errors.ts';
import { messageText } from '../../core/messages/index.ts';
import { DOCUMENT_FORMAT, type GevinstDocument } from '../../core/model.ts';
import { normaliseText } from '../input/text.ts';
import { areasFromSubtotals } from './area-from-subtotal.ts';
import { crosscutting2025Reader } from './crosscutting-2025.ts';
import { foranalyseReader } from './foranalyse.ts';
import { reader2026 } from './generation-2026.ts';
import { pool2021Reader } from './pool-2021.ts';
import type { GenerationReader, SourceLine } from './reader.ts';
import { repairDocumentWords } from './word-repair.ts';

/**
 * Every generation reader; each helper module adds its own here. Cheap detectors go first: a
 * reader that is certain (score 1) ends the search, so the others need not scan the text.
 */
export const readers: GenerationReader[] = [
  reader2026,
  pool2021Reader,
  crosscutting2025Reader,
  foranalyseReader,
];

/** The reader's lines of a text as a user has it: converter marks undone (input/text.ts), numbered from 1. */
export function splitLines(text: string): SourceLine[] {
  return linesOf(normaliseText(text));
}

/** Lines of a text whose marks are already undone. */
function linesOf(text: string): SourceLine[] {
  // Splitting on a string is much faster than on a regex; without "\r" the two are the same.
  const texts = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  return texts.map((t, i) => ({
    n: i + 1,
    text: t,
    squashed: undefined,
    collapsed: undefined,
  }));
}

/**
 * Reads a text document. Throws ImportError (Danish one-line reason) when the text is not a
 * document Gevinst can read; otherwise returns a document, with warnings for what it could not read.
 */
export function readTextCatalog(
  text: string,
  source: { path: string; sha256: string } | null,
): GevinstDocument {
  const file = source?.path ?? 'Teksten';
  if (text.trim() === '') throw new ImportError(messageText('import.empty-file', { file }));
  if (text.includes('\u0000')) throw new ImportError(messageText('import.binary-file', { file }));
  const normal = normaliseText(text);
  const lines = linesOf(normal);
  let best: { reader: GenerationReader; score: number } | null = null;
  for (const reader of readers) {
    const score = reader.detect(lines);
    if (score > 0 && (!best || score > best.score)) best = { reader, score };
    if (score >= 1) break;
  }
  if (!best) throw new ImportError(messageText('import.nothing-read', { file }));
  const result = best.reader.read(lines);
  repairDocumentWords(result, normal);
  for (const p of result.proposals) {
    if (p.economy) result.warnings.push(...areasFromSubtotals(p.economy, p.ref));
  }
  // Never an empty answer: a text from which nothing could be read is refused (exit 2, HTTP 422).
  if (result.proposals.length === 0 && (result.catalog?.rows.length ?? 0) === 0)
    throw new ImportError(messageText('import.nothing-read', { file }));
  return { format: DOCUMENT_FORMAT, source, ...result };
}
