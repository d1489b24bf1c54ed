// The contract between the text-catalog dispatcher and the reader of each template generation.
import type { Catalog, Proposal, Warning } from '../../core/model.ts';

/** One line of the source text; `n` is 1-based, as editors and the contract count lines. */
export interface SourceLine {
  n: number;
  text: string;
  /** Cache for `squashLine` (letter-spacing.ts); splitLines sets it to undefined so every line has one shape. */
  squashed?: string | undefined;
  /** Cache for `collapsedLine` (letter-spacing.ts), likewise. */
  collapsed?: string | undefined;
}

export interface GenerationResult {
  priceLevelYear: number | null;
  catalog: Catalog | null;
  proposals: Proposal[];
  warnings: Warning[];
}

/** A reader for one template generation (2021 pool, 2025 cross-cutting, 2026, foranalyse). */
export interface GenerationReader {
  id: string;
  /** How sure this reader is that the text is its generation: 0 = not at all. Cheap. */
  detect: (lines: SourceLine[]) => number;
  read: (lines: SourceLine[]) => GenerationResult;
}
