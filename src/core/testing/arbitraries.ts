// Reusable fast-check arbitraries for the model: random economies, proposals and documents that
// are valid by construction (integer kroner, four-digit year keys, blanks as absent keys). Other
// rooms use them for round-trip tests (format → read → same model) and benchmarks.
// This folder is the only part of core that may import fast-check; nothing at runtime imports it.

import fc from 'fast-check';
import { computeEconomy } from '../derive.ts';
import { DEFAULT_MASTER_DATA } from '../master-data.ts';
import {
  BUDGET_AREAS,
  DOCUMENT_FORMAT,
  emptyProposal,
  type AmountUnit,
  type BudgetArea,
  type Economy,
  type EconomyLine,
  type GevinstDocument,
  type Proposal,
  type ProposalKind,
  type YearAmounts,
} from '../model.ts';

export interface EconomyArbOptions {
  minLines?: number;
  maxLines?: number;
  /** Largest absolute amount in kroner. Default 50 mio. */
  maxAmount?: number;
  /** Table unit; amounts are whole multiples of it (as read from a printed table). Default t.kr. */
  unit?: AmountUnit;
  /** Allow grundinvestering / outsideTotals flags. Default true. */
  flags?: boolean;
  /** Allow lines without a budget area. Default true. */
  nullArea?: boolean;
}

const STEP: Record<AmountUnit, number> = { kr: 1, 't.kr': 1000, 'mio.kr': 1_000_000 };

/** Consecutive year columns, 1–8 of them, starting 2018–2030. */
export const yearsArb: fc.Arbitrary<number[]> = fc
  .tuple(fc.integer({ min: 2018, max: 2030 }), fc.integer({ min: 1, max: 8 }))
  .map(([start, n]) => Array.from({ length: n }, (_, i) => start + i));

/** Amounts over some of the given years (others blank = absent). */
export function yearAmountsArb(
  years: number[],
  maxAmount = 50_000_000,
  unit: AmountUnit = 't.kr',
): fc.Arbitrary<YearAmounts> {
  const step = STEP[unit];
  const max = Math.floor(maxAmount / step);
  return fc
    .array(fc.option(fc.integer({ min: -max, max }), { nil: undefined, freq: 3 }), {
      minLength: years.length,
      maxLength: years.length,
    })
    .map((vals) => {
      const out: YearAmounts = {};
      vals.forEach((v, i) => {
        if (v !== undefined) out[String(years[i])] = 0 + v * step;
      });
      return out;
    });
}

export function economyLineArb(years: number[], options: EconomyArbOptions = {}): fc.Arbitrary<EconomyLine> {
  const area: fc.Arbitrary<BudgetArea | null> =
    options.nullArea === false
      ? fc.constantFrom(...BUDGET_AREAS)
      : fc.option(fc.constantFrom(...BUDGET_AREAS), { nil: null, freq: 6 });
  const flag =
    options.flags === false
      ? fc.constant(undefined)
      : fc.option(fc.constant(true), { nil: undefined, freq: 8 });
  return fc
    .record({
      label: fc.string({ minLength: 1, maxLength: 40 }),
      section: fc.constantFrom('varig' as const, 'implementering' as const),
      budgetArea: area,
      amounts: yearAmountsArb(years, options.maxAmount, options.unit),
      sourceLine: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: null }),
      grundinvestering: flag,
      outsideTotals: flag,
    })
    .map((l) => {
      const line: EconomyLine = {
        label: l.label,
        section: l.section,
        budgetArea: l.budgetArea,
        amounts: l.amounts,
        sourceLine: l.sourceLine,
      };
      if (l.grundinvestering) line.grundinvestering = true;
      if (l.outsideTotals) line.outsideTotals = true;
      return line;
    });
}

/** A random economic table (stated rows empty: use `withStatedFromComputed` for a consistent one). */
export function economyArb(options: EconomyArbOptions = {}): fc.Arbitrary<Economy> {
  const unit = options.unit ?? 't.kr';
  return yearsArb.chain((years) =>
    fc.record({
      unit: fc.constant(unit),
      priceLevelYear: fc.option(fc.constantFrom(2024, 2025, 2026), { nil: null }),
      years: fc.constant(years),
      lines: fc.array(economyLineArb(years, options), {
        minLength: options.minLines ?? 0,
        maxLength: options.maxLines ?? 12,
      }),
      stated: fc.constant({
        permanentChange: {},
        implementationCost: {},
        economicImpact: {},
        paybackService: null,
        paybackTotal: null,
      }),
    }),
  );
}

/**
 * The economy with its stated rows set to what the engine computes: a document without
 * inconsistencies, as a writer would print it (area subtotals, totals, both paybacks).
 */
export function withStatedFromComputed(economy: Economy): Economy {
  const c = computeEconomy(economy);
  return {
    ...economy,
    stated: {
      permanentChange: c.permanentChange,
      permanentByArea: c.permanentByArea,
      implementationCost: c.implementationCost,
      implementationByArea: c.implementationByArea,
      economicImpact: c.economicImpact,
      paybackService: c.paybackService,
      paybackTotal: c.paybackTotal,
    },
  };
}

/** Random economies whose stated rows agree with the engine. */
export function consistentEconomyArb(options: EconomyArbOptions = {}): fc.Arbitrary<Economy> {
  return economyArb(options).map(withStatedFromComputed);
}

/**
 * A typical investment case: an implementation cost in the first year(s) and service savings
 * after, so payback is usually defined. Good for payback properties.
 */
export const investmentEconomyArb: fc.Arbitrary<Economy> = fc
  .tuple(
    fc.integer({ min: 2020, max: 2028 }),
    fc.integer({ min: 3, max: 6 }),
    fc.array(fc.integer({ min: 1, max: 20_000 }), { minLength: 1, maxLength: 3 }),
    fc.array(fc.integer({ min: -5_000, max: 500 }), { minLength: 6, maxLength: 6 }),
  )
  .map(([start, n, invest, savings]): Economy => {
    const years = Array.from({ length: n }, (_, i) => start + i);
    const impl: YearAmounts = {};
    invest.slice(0, n).forEach((v, i) => (impl[String(start + i)] = v * 1000));
    const perm: YearAmounts = {};
    years.forEach((y, i) => (perm[String(y)] = (savings[i] as number) * 1000));
    return {
      unit: 't.kr',
      priceLevelYear: 2026,
      years,
      lines: [
        {
          label: 'Effektivisering',
          section: 'varig',
          budgetArea: 'service',
          amounts: perm,
          sourceLine: null,
        },
        {
          label: 'Investering',
          section: 'implementering',
          budgetArea: 'service',
          amounts: impl,
          sourceLine: null,
        },
      ],
      stated: {
        permanentChange: {},
        implementationCost: {},
        economicImpact: {},
        paybackService: null,
        paybackTotal: null,
      },
    };
  });

const ADMINISTRATIONS = DEFAULT_MASTER_DATA.administrations.filter((a) => a.parent === null).map((a) => a.id);

export function proposalArb(options: EconomyArbOptions = {}): fc.Arbitrary<Proposal> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: 99 }),
      title: fc.string({ minLength: 1, maxLength: 60 }),
      kind: fc.constantFrom<ProposalKind>('investering', 'effektivisering', 'foranalyse'),
      presenting: fc.subarray(ADMINISTRATIONS, { minLength: 1, maxLength: 2 }),
      economy: fc.option(economyArb(options), { nil: null, freq: 8 }),
      from: fc.integer({ min: 1, max: 10_000 }),
      length: fc.integer({ min: 1, max: 500 }),
    })
    .map((r) => {
      const p = emptyProposal(`Forslag ${r.n}`, r.title, r.kind);
      p.presentingAdministrations = r.presenting;
      p.economy = r.economy;
      p.sourceLines = [r.from, r.from + r.length];
      return p;
    });
}

/** Proposals with distinct refs. */
export function proposalsArb(
  options: EconomyArbOptions & { maxProposals?: number } = {},
): fc.Arbitrary<Proposal[]> {
  return fc
    .array(proposalArb(options), { maxLength: options.maxProposals ?? 12 })
    .map((ps) => ps.map((p, i) => ({ ...p, ref: `Forslag ${i + 1}` })));
}

export function documentArb(options: EconomyArbOptions = {}): fc.Arbitrary<GevinstDocument> {
  return fc.record({
    format: fc.constant(DOCUMENT_FORMAT),
    source: fc.constant(null),
    priceLevelYear: fc.option(fc.constantFrom(2024, 2025, 2026), { nil: null }),
    catalog: fc.constant(null),
    proposals: proposalsArb(options),
    warnings: fc.constant([]),
  });
}
