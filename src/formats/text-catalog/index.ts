// The reader of the genre: a catalog or a collection of proposals, whatever the generation of the
// template (2021 pool, 2025 cross-cutting, 2026, pre-analysis) and whatever the input (text in any
// conversion, or the text the PDF and Word adapters give: src/formats/input). One procedure: the
// converter's marks undone, the proposals framed by their headings, the catalog tables before them,
// each proposal read by the template's vocabulary, then the inferences that need the whole
// document (catalog links, word repair, areas from subtotals). A generation's quirks are small
// named pieces (frames.ts: the 2021 start line and the 2026 outline; overview-2021.ts;
// foranalyse.ts; the SUF variant in proposal.ts).
import { ImportError } from '../../core/errors.ts';
import { messageText, warning } from '../../core/messages/index.ts';
import { DOCUMENT_FORMAT, type GevinstDocument, type Proposal, type Warning } from '../../core/model.ts';
import { normaliseText } from '../input/text.ts';
import { areasFromSubtotals } from './area-from-subtotal.ts';
import { readCatalog } from './catalog.ts';
import { linkCatalogRows } from './catalog-links.ts';
import { preAnalysisFrames } from './foranalyse.ts';
import { proposalFrames } from './frames.ts';
import { readProposal } from './proposal.ts';
import { linesOf } from './reader.ts';
import { repairDocumentWords } from './word-repair.ts';

export { splitLines, type SourceLine } from './reader.ts';

/** The 2026 outline's "Forslag N" lines. */
const OUTLINE_ENTRY = /^\tForslag\s+(\d+)/;

/**
 * Reads a text document. Throws ImportError (Danish one-line reason) when the text is not a
 * document Gevinst can read or nothing could be read from it; otherwise returns the document, with
 * warnings for what it could not read and for every inference it made.
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
  const warnings: Warning[] = [];
  const found = proposalFrames(lines, warnings);
  const frames = found.frames.length > 0 ? found.frames : preAnalysisFrames(lines);
  const catalogEnd = frames[0]?.start ?? found.outline;
  const { catalog, priceLevelYear: catalogLevel } = readCatalog(lines, catalogEnd, warnings);

  const proposals: Proposal[] = [];
  for (const frame of frames) {
    const { proposal, warnings: w } = readProposal(lines, frame);
    // Nothing reads these lines again: drop their cached squash and collapse, so that a large
    // file's heap holds only the text and the result (less memory, less for the GC to trace).
    for (let i = frame.start; i < frame.end; i++) lines[i]!.squashed = lines[i]!.collapsed = undefined;
    proposals.push(proposal);
    warnings.push(...w);
  }

  // The 2026 outline repeats the titles; check that no proposal in it is missing from the body.
  const seen = new Set(proposals.map((p) => p.ref));
  for (let i = found.outline; i < lines.length; i++) {
    const m = OUTLINE_ENTRY.exec(lines[i]!.text);
    if (m && !seen.has(`Forslag ${m[1]}`))
      warnings.push(
        warning('import.outline-proposal-absent', { ref: `Forslag ${m[1]}` }, { sourceLine: lines[i]!.n }),
      );
  }
  if (catalog) linkCatalogRows(catalog, proposals, warnings);

  const result = {
    priceLevelYear:
      catalogLevel ?? proposals.find((p) => p.economy?.priceLevelYear)?.economy?.priceLevelYear ?? null,
    catalog,
    proposals,
    warnings,
  };
  repairDocumentWords(result, normal);
  for (const p of proposals) if (p.economy) warnings.push(...areasFromSubtotals(p.economy, p.ref));
  // Never an empty answer: a text from which nothing could be read is refused (exit 2, HTTP 422).
  if (proposals.length === 0 && (catalog?.rows.length ?? 0) === 0)
    throw new ImportError(messageText('import.nothing-read', { file }));
  return { format: DOCUMENT_FORMAT, source, ...result };
}
