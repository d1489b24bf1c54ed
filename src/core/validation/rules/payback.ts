// Rule family 4: tilbagebetalingstid. The engine (derive.ts → payback.ts) computes both figures by
// the rule of domain.md §4; these rules report where the document's printed figures differ,
// where a payback exceeds the six-year guideline without a grundinvestering, and where an
// investment proposal prints none. The corpus computes payback in several ways, so a differing
// printed figure is a warning, not an error: the finance officer decides.
import type { Proposal } from '../../model.ts';
import { proposalForRow } from '../catalog-match.ts';
import type { Finding, Rule, RuleContext } from '../finding.ts';
import { rowCounts } from '../line-sums.ts';
import { finding, proposalLine, statedLine } from '../support.ts';

/** The guideline: at most six years (2026 file l.5856-5858). */
export const DEFAULT_PAYBACK_LIMIT = 6;

function invests(ctx: RuleContext, p: Proposal): boolean {
  const d = ctx.derived(p);
  return d !== null && d.investmentTotal > 0;
}

function mismatch(rule: Rule, which: 'service' | 'total'): Rule['check'] {
  return (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      const e = p.economy;
      const d = ctx.derived(p);
      if (!e || !d || !invests(ctx, p)) continue;
      // The service-based figure counts only Service rows; with rows of unknown area it cannot be known.
      if (which === 'service' && !rowCounts(ctx, e).allAreasKnown.varig) continue;
      const stated = which === 'service' ? e.stated.paybackService : e.stated.paybackTotal;
      const computed = which === 'service' ? d.paybackService : d.paybackTotal;
      if (stated === null || stated === computed) continue;
      const year = which === 'service' ? d.paybackServiceYear : d.paybackTotalYear;
      const reason = which === 'service' ? d.paybackServiceReason : d.paybackTotalReason;
      const where = {
        proposalRef: p.ref,
        year: null,
        sourceLine: statedLine(p, which === 'service' ? 'paybackService' : 'paybackTotal'),
      };
      out.push(
        computed === null
          ? finding(`payback.${which}.none`, rule.severity, where, computed, stated, {
              stated,
              // The engine's reason is Danish text (core/payback.ts), passed on as it is.
              reason: reason ?? '',
            })
          : finding(`payback.${which}`, rule.severity, where, computed, stated, {
              stated,
              computed,
              year,
              startYear: d.paybackStartYear,
            }),
      );
    }
    return out;
  };
}

export const paybackService: Rule = {
  id: 'payback.service',
  severity: 'warning',
  title: 'Angivet tilbagebetalingstid (serviceeffektivisering) = beregnet',
  check: (ctx) => mismatch(paybackService, 'service')(ctx),
};

export const paybackTotal: Rule = {
  id: 'payback.total',
  severity: 'warning',
  title: 'Angivet tilbagebetalingstid (totaløkonomi) = beregnet',
  check: (ctx) => mismatch(paybackTotal, 'total')(ctx),
};

export const paybackGuideline: Rule = {
  id: 'payback.guideline',
  severity: 'warning',
  title: 'Tilbagebetalingstid højst seks år, medmindre forslaget er en grundinvestering',
  check: (ctx) => {
    const limit = ctx.options.paybackLimitYears ?? DEFAULT_PAYBACK_LIMIT;
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      const e = p.economy;
      const d = ctx.derived(p);
      if (!e || !d || !invests(ctx, p)) continue;
      if (e.lines.some((l) => l.grundinvestering === true)) continue;
      // The printed figures where printed (that is what the committee read), else the engine's.
      const stated = [e.stated.paybackService, e.stated.paybackTotal].filter((n): n is number => n !== null);
      const figures =
        stated.length > 0
          ? stated
          : [d.paybackService, d.paybackTotal].filter((n): n is number => n !== null);
      if (figures.length === 0) continue;
      const best = Math.min(...figures);
      if (best <= limit) continue;
      out.push(
        finding(
          'payback.guideline',
          'warning',
          {
            proposalRef: p.ref,
            sourceLine: stated.length > 0 ? statedLine(p, 'paybackService') : proposalLine(p),
          },
          limit,
          best,
          { years: best, limit, stated: stated.length > 0 },
        ),
      );
    }
    return out;
  },
};

export const paybackMissing: Rule = {
  id: 'payback.missing',
  severity: 'warning',
  title: 'Et investeringsforslag angiver en tilbagebetalingstid',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      const e = p.economy;
      const d = ctx.derived(p);
      if (
        !e ||
        !d ||
        p.kind !== 'investering' ||
        rowCounts(ctx, e).lines.implementering === 0 ||
        !invests(ctx, p)
      )
        continue;
      const s = e.stated;
      if (s.paybackService !== null || s.paybackTotal !== null) continue;
      // A printed text ("Ikke relevant", "Se note") is an answer, even if not a number.
      if ((s.paybackServiceText ?? '').trim() !== '' || (s.paybackTotalText ?? '').trim() !== '') continue;
      out.push(
        finding(
          'payback.missing',
          'warning',
          { proposalRef: p.ref, sourceLine: proposalLine(p) },
          d.paybackTotal,
          null,
          { service: d.paybackService, total: d.paybackTotal },
        ),
      );
    }
    return out;
  },
};

export const paybackCatalog: Rule = {
  id: 'payback.catalog',
  severity: 'error',
  title: 'Katalogets tilbagebetalingstid = forslagets',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const row of ctx.doc.catalog?.rows ?? []) {
      if (row.payback === undefined || row.payback === null) continue;
      const p = proposalForRow(ctx, row, ctx.doc.proposals);
      const e = p?.economy;
      if (!p || !e) continue;
      const printed = [e.stated.paybackService, e.stated.paybackTotal].filter((n): n is number => n !== null);
      if (printed.length === 0 || printed.includes(row.payback)) continue;
      out.push(
        finding(
          'payback.catalog',
          'error',
          { proposalRef: p.ref, sourceLine: row.sourceLine },
          printed[0] ?? null,
          row.payback,
          {
            title: row.title,
            found: row.payback,
            service: e.stated.paybackService,
            total: e.stated.paybackTotal,
          },
        ),
      );
    }
    return out;
  },
};

export const paybackRules: Rule[] = [
  paybackService,
  paybackTotal,
  paybackGuideline,
  paybackMissing,
  paybackCatalog,
];
