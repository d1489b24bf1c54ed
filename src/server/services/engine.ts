// The server's only door into the calculation engine and the validation rules (src/core). The
// server never sums anything itself: totals, payback, the round's tables, target attainment and
// findings all come from core, with the organisation's own p/l index and settings.
import { withComputed } from '../../core/derive.ts';
import { DOCUMENT_FORMAT, type GevinstDocument, type Proposal } from '../../core/model.ts';
import type { PriceIndex } from '../../core/price-level.ts';
import type { VersionOrigin } from '../../core/schema/api.ts';
import { EMPTY_STATED } from '../../core/schema/document.ts';
import { type Finding, type ValidationOptions, validate } from '../../core/validation/index.ts';

export type { Finding };

export { withComputed };

/**
 * An authored version has no printed totals: its figures are the engine's. A body saved in Gevinst
 * (also an edit of an imported proposal) therefore drops `stated`, so nothing compares it with a
 * print it no longer is. The imported version keeps its print in the history.
 */
export function asAuthored(p: Proposal): Proposal {
  return p.economy === null ? p : { ...p, economy: { ...p.economy, stated: { ...EMPTY_STATED } } };
}

export interface ValidationContext {
  priceIndex: PriceIndex;
  paybackLimitYears: number;
}

function documentOf(proposals: Proposal[]): GevinstDocument {
  return {
    format: DOCUMENT_FORMAT,
    source: null,
    priceLevelYear: null,
    catalog: null,
    proposals,
    warnings: [],
  };
}

function options(ctx: ValidationContext, extra: ValidationOptions = {}): ValidationOptions {
  return { priceIndex: ctx.priceIndex, paybackLimitYears: ctx.paybackLimitYears, ...extra };
}

/** Findings of one proposal version. An authored one is judged on its own numbers only. */
export function findingsFor(p: Proposal, origin: VersionOrigin, ctx: ValidationContext): Finding[] {
  return validate(documentOf([origin === 'authored' ? asAuthored(p) : p]), options(ctx));
}

/** Findings for a whole imported document (its catalog is checked against its proposals). */
export function findingsForDocument(
  doc: GevinstDocument,
  sourceText: string | null,
  ctx: ValidationContext,
): Finding[] {
  return validate(
    doc,
    options(ctx, sourceText === null ? {} : { sourceLines: sourceText.split(/\r\n|\r|\n/) }),
  );
}
