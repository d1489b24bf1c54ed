// The writer's options. Every artefact of PDF conversion the reader must cope with is a separate
// knob, driven by one seed, so that a failing round trip can be replayed exactly. With every knob
// at zero the text is clean: one row per line, no banners, no spacing, no hyphens.

export interface WriterOptions {
  /** Seed for every random choice below. */
  seed: number;
  /** Probability that a line is letter-spaced ("S a m l e t  varig", "- 6 3 9"). */
  letterSpacing: number;
  /**
   * Probability that a word of fixed template text (headings, row names such as "Samlet varig
   * ændring") is broken at a random place ("Samle t", "Ti lbagebetal ingstid"). Only template
   * text: a reader can recognise such words by their letters, not restore free text.
   */
  brokenTemplateWords: number;
  /** Probability that a table row's label is wrapped over lines, its values on a later line. */
  wrapLabels: number;
  /** Probability that a line break falls inside a word, marked with "-" ("understøt-\ntelse"). */
  hyphenate: number;
  /** Probability of a blank line between the wrapped parts of a row or a table header. */
  blankLinesInTables: number;
  /** Lines per page: a page banner (and the table header, inside a table) follows. null = one page. */
  pageLines: number | null;
  /** Width of prose lines. */
  width: number;
}

export const CLEAN: Readonly<WriterOptions> = {
  seed: 1,
  letterSpacing: 0,
  brokenTemplateWords: 0,
  wrapLabels: 0,
  hyphenate: 0,
  blankLinesInTables: 0,
  pageLines: null,
  width: 90,
};

/** Every artefact switched on at rates close to the 2026 corpus file. */
export function withArtefacts(seed: number, overrides: Partial<WriterOptions> = {}): WriterOptions {
  return {
    seed,
    letterSpacing: 0.15,
    brokenTemplateWords: 0.1,
    wrapLabels: 0.35,
    hyphenate: 0.5,
    blankLinesInTables: 0.4,
    pageLines: 48,
    width: 90,
    ...overrides,
  };
}

export function resolveOptions(options: Partial<WriterOptions> | undefined): WriterOptions {
  return { ...CLEAN, ...options };
}
