// The text-catalog writer: renders a GevinstDocument as the PDF-converted text of a 2026-style
// catalog (catalog tables first, then every proposal), optionally with the conversion's
// artefacts. It prints what the document states; it computes nothing.
import type { GevinstDocument, Proposal } from '../../../core/model.ts';
import { catalogTableBlocks } from './catalog.ts';
import { Layout, type Block } from './layout.ts';
import { resolveOptions, type WriterOptions } from './options.ts';
import { preAnalysisBlocks } from './pre-analysis.ts';
import { defaultBanner, proposalBlocks } from './proposal.ts';

export { CLEAN, withArtefacts, type WriterOptions } from './options.ts';

export interface RenderOptions extends Partial<WriterOptions> {
  /** First lines of the file. */
  heading?: string[];
  /** Print the per-proposal catalog header on one line instead of one cell per line. */
  oneLineCatalogHeader?: boolean;
  /** Page banner lines for a proposal's pages; defaults to the 2026 file's. */
  banner?: (p: Proposal) => string[];
}

export const DEFAULT_HEADING = [
  'Bilag 9',
  'Katalog med forvaltningsspecifikke investerings- og effektiviseringsforslag',
];

/** The blocks of a whole document, before layout. */
export function documentBlocks(doc: GevinstDocument, options: RenderOptions = {}): Block[] {
  const blocks: Block[] = [];
  for (const line of options.heading ?? DEFAULT_HEADING)
    blocks.push({ kind: 'line', text: line, template: true }, { kind: 'blank' });
  for (const table of doc.catalog?.tables ?? [])
    blocks.push(...catalogTableBlocks(table, options.oneLineCatalogHeader ?? false), { kind: 'blank' });
  const banner = options.banner ?? defaultBanner;
  for (const p of doc.proposals) {
    blocks.push(
      ...(p.kind === 'foranalyse' ? preAnalysisBlocks(p, banner(p)) : proposalBlocks(p, banner(p))),
    );
  }
  return blocks;
}

/** Renders the document as catalog text. Same document and options → same text. */
export function renderTextCatalog(doc: GevinstDocument, options: RenderOptions = {}): string {
  return new Layout(resolveOptions(options)).render(documentBlocks(doc, options));
}
