// What a validation rule produces and how rules are described. The JSON shape of a Finding is the
// public `gevinst.findings/1` contract (../shared/docs/cli-contract.md): never rename its fields.
import type { DerivedEconomy } from '../derive.ts';
import type { MessageParams } from '../messages/define.ts';
import type { GevinstDocument, Proposal } from '../model.ts';
import type { PriceIndex } from '../price-level.ts';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface Finding {
  /** Stable rule id, e.g. "economy.permanent-total". */
  rule: string;
  /**
   * Stable message code (docs/messages.md): the rule id, or the rule id with a suffix where the
   * rule says something materially different ("economy.permanent-total.rounding").
   */
  code: string;
  severity: Severity;
  proposalRef: string | null;
  year: number | null;
  /** What the rule computes (kroner, or text). */
  expected: number | string | null;
  /** What the document says (kroner, or text). */
  found: number | string | null;
  /** Danish, for the finance officer: the catalogue's text for `code` and `params`. */
  message: string;
  sourceLine: number | null;
  /** The values the message is built from (amounts in kroner, with their table's unit). */
  params: MessageParams;
}

export const FINDINGS_FORMAT = 'gevinst.findings/1';

export interface ValidationOptions {
  /**
   * The source text, one entry per line (index 0 = line 1), when the document was imported from
   * text. Rules that look for template placeholders and prose amounts read it; without it they
   * read only the model's text fields.
   */
  sourceLines?: readonly string[];
  /** Pris- og lønindeks (data the finance staff edit), used to say what a converted amount should be. */
  priceIndex?: PriceIndex;
  /** The payback guideline in years (2026 file l.5856-5858: at most six years). */
  paybackLimitYears?: number;
  /** Run only these rule ids (all when absent). */
  only?: readonly string[];
}

export interface RuleContext {
  doc: GevinstDocument;
  options: ValidationOptions;
  /** The engine's derived economy of a proposal (computeEconomy), computed once per run. */
  derived: (p: Proposal) => DerivedEconomy | null;
}

export interface Rule {
  /** Stable, kebab-case, dotted by family: "economy.permanent-total". */
  id: string;
  /** The severity of a clear violation; a rule may report a milder one (rounding → info). */
  severity: Severity;
  /** Danish one-liner: what the rule checks (docs, HTML report, `gevinst validate --rules`). */
  title: string;
  check: (ctx: RuleContext) => Finding[];
}
