// The validation engine: every rule over a document, findings in document order. Pure: no I/O, so
// the same engine runs in the CLI, the server and live in the browser editor.
import { computeEconomy, type DerivedEconomy } from '../derive.ts';
import { isGevinstError } from '../errors.ts';
import type { GevinstDocument, Proposal } from '../model.ts';
import type { Finding, Rule, RuleContext, Severity, ValidationOptions } from './finding.ts';
import { catalogRules } from './rules/catalog.ts';
import { economyRules } from './rules/economy.ts';
import { paybackRules } from './rules/payback.ts';
import { priceLevelRules } from './rules/price-level.ts';
import { processRules } from './rules/process.ts';
import { proseRules } from './rules/prose.ts';
import { signRules } from './rules/signs.ts';
import { structureRules } from './rules/structure.ts';
import { tableRules } from './rules/tables.ts';

export * from './finding.ts';

/** Every rule, by family in the order of issue 4 (1 identities … 9 structure). */
export const RULES: readonly Rule[] = [
  ...economyRules,
  ...catalogRules,
  ...tableRules,
  ...paybackRules,
  ...signRules,
  ...priceLevelRules,
  ...proseRules,
  ...processRules,
  ...structureRules,
];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Document order (source line; findings without a line last), then severity, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  const la = a.sourceLine ?? Number.MAX_SAFE_INTEGER;
  const lb = b.sourceLine ?? Number.MAX_SAFE_INTEGER;
  if (la !== lb) return la - lb;
  if (a.severity !== b.severity) return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return (a.year ?? 0) - (b.year ?? 0);
}

/** A context for one run: the engine's derived economy is computed once per proposal. */
export function ruleContext(doc: GevinstDocument, options: ValidationOptions = {}): RuleContext {
  const cache = new Map<Proposal, DerivedEconomy | null>();
  return {
    doc,
    options,
    derived: (p) => {
      let d = cache.get(p);
      if (d === undefined) {
        try {
          d = p.economy === null ? null : computeEconomy(p.economy);
        } catch (e) {
          // A table the engine cannot read (a malformed year key) has no derived figures; the
          // structure rules name the problem. Anything else is a bug and must surface.
          if (!isGevinstError(e)) throw e;
          d = null;
        }
        cache.set(p, d);
      }
      return d;
    },
  };
}

/** Runs every rule (or `options.only`) and returns the findings in document order. */
export function validate(doc: GevinstDocument, options: ValidationOptions = {}): Finding[] {
  const ctx = ruleContext(doc, options);
  const rules = options.only ? RULES.filter((r) => options.only?.includes(r.id)) : RULES;
  const out: Finding[] = [];
  for (const rule of rules) out.push(...rule.check(ctx));
  return out.sort(compareFindings);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
