// Checks an imported corpus document against an expectation file written by hand from the
// document (test/expectations/*.json). Amounts in those files are the printed text; they are read
// with core's parseAmount in the table's unit, so the expectation never depends on the importer.
import { expect } from 'vitest';
import { parseAmount, tryParseAmount } from '../../src/core/amount.ts';
import type { AmountUnit, CatalogRow, GevinstDocument, YearAmounts } from '../../src/core/model.ts';

type Printed = Record<string, string>;

export interface ExpectedProposal {
  ref: string;
  kind: string;
  title: string;
  firstLine: number;
  economyUnit: AmountUnit;
  years: number[];
  permanentChange: Printed;
  economicImpact?: Printed;
  implementationTotal: string | null;
  paybackService: number | null;
  paybackServiceText: string | null;
  paybackTotal: number | null;
  paybackTotalText: string | null;
}

export function printed(values: Printed, unit: AmountUnit): YearAmounts {
  return Object.fromEntries(Object.entries(values).map(([y, v]) => [y, parseAmount(v, unit)]));
}

export function checkProposals(doc: GevinstDocument, expected: ExpectedProposal[]): void {
  expect(doc.proposals.map((p) => p.ref)).toEqual(expected.map((e) => e.ref));
  for (const e of expected) {
    const p = doc.proposals.find((x) => x.ref === e.ref)!;
    const where = `${e.ref}`;
    expect(p.kind, where).toBe(e.kind);
    expect(p.title, where).toBe(e.title);
    expect(p.sourceLines[0], where).toBe(e.firstLine);
    const economy = p.economy;
    expect(economy, where).not.toBeNull();
    if (!economy) continue;
    expect(economy.unit, where).toBe(e.economyUnit);
    expect(economy.years, where).toEqual(e.years);
    expect(economy.stated.permanentChange, `${where} Samlet varig ændring`).toEqual(
      printed(e.permanentChange, e.economyUnit),
    );
    if (e.economicImpact) {
      expect(economy.stated.economicImpact, `${where} Samlet økonomisk påvirkning`).toEqual(
        printed(e.economicImpact, e.economyUnit),
      );
    }
    const impl = Object.values(economy.stated.implementationCost);
    if (e.implementationTotal === null) {
      expect(impl, `${where} implementeringsomkostninger`).toEqual([]);
    } else {
      expect(
        impl.reduce((a, b) => a + b, 0),
        `${where} implementeringsomkostninger i alt`,
      ).toBe(parseAmount(e.implementationTotal, e.economyUnit));
    }
    expect(economy.stated.paybackService, `${where} paybackService`).toBe(e.paybackService);
    expect(economy.stated.paybackServiceText ?? null, `${where} paybackServiceText`).toBe(
      e.paybackServiceText,
    );
    expect(economy.stated.paybackTotal, `${where} paybackTotal`).toBe(e.paybackTotal);
    expect(economy.stated.paybackTotalText ?? null, `${where} paybackTotalText`).toBe(e.paybackTotalText);
  }
}

export interface ExpectedRow {
  line: number;
  rowType: string;
  ref: string | null;
  /** The number the catalog printed, where it names the proposal otherwise than its ref. */
  printedRef?: string;
  title: string;
  committee: string;
  table?: string;
  note?: string;
  amounts?: Printed;
  investment?: string | null | { service: string; anlaeg: string };
  fullEffect?: { service: string; overfoersler: string };
  approvedWith?: string | null;
  crossCutting?: boolean;
  payback?: number | null;
}

export function checkCatalogRows(rows: CatalogRow[], expected: ExpectedRow[], unit: AmountUnit): void {
  expect(rows.map((r) => r.sourceLine)).toEqual(expected.map((e) => e.line));
  for (const e of expected) {
    const r = rows.find((x) => x.sourceLine === e.line)!;
    const where = `katalogrække linje ${e.line}`;
    expect(r.rowType, where).toBe(e.rowType);
    expect(r.proposalRef, where).toBe(e.ref);
    expect((r as CatalogRow & { printedRef?: string | null }).printedRef ?? null, where).toBe(
      e.printedRef ?? null,
    );
    expect(r.title, where).toBe(e.title);
    expect(r.committee, where).toBe(e.committee);
    expect(r.amounts, where).toEqual(e.amounts ? printed(e.amounts, unit) : {});
    if (e.note !== undefined) expect(r.note, where).toBe(e.note);
    if (e.approvedWith !== undefined) expect(r.approvedWith, where).toBe(e.approvedWith);
    if (e.investment !== undefined && (e.investment === null || typeof e.investment === 'string')) {
      expect(r.investment, where).toBe(e.investment === null ? null : parseAmount(e.investment, unit));
    } else if (e.investment) {
      expect(r.investmentByArea, where).toEqual({
        service: parseAmount(e.investment.service, unit),
        anlaeg: parseAmount(e.investment.anlaeg, unit),
      });
    }
    if (e.fullEffect) {
      expect(r.fullEffectByArea, where).toEqual({
        service: parseAmount(e.fullEffect.service, unit),
        overfoersler: parseAmount(e.fullEffect.overfoersler, unit),
      });
    }
    if (e.crossCutting !== undefined) expect(r.crossCutting, where).toBe(e.crossCutting);
    if (e.payback !== undefined) expect(r.payback ?? null, where).toBe(e.payback);
  }
}

/** Every number a reader returns must be printed on the line it names: nothing invented. */
export function numbersOnTheirLines(doc: GevinstDocument, lines: string[]): string[] {
  const problems: string[] = [];
  const onLine = (n: number | null, value: number, unit: AmountUnit, what: string): void => {
    if (n === null) {
      problems.push(`${what}: ingen kildelinje`);
      return;
    }
    const cells = (lines[n - 1] ?? '').split('\t');
    const found = cells.some((c) => tryParseAmount(c, unit) === value);
    if (!found) problems.push(`${what}: ${value} står ikke på linje ${n}`);
  };
  for (const p of doc.proposals) {
    const e = p.economy;
    if (e) {
      for (const l of e.lines)
        for (const v of Object.values(l.amounts)) onLine(l.sourceLine, v, e.unit, `${p.ref} "${l.label}"`);
      for (const key of ['permanentChange', 'implementationCost', 'economicImpact'] as const) {
        for (const v of Object.values(e.stated[key]))
          onLine(e.stated.sourceLines?.[key] ?? null, v, e.unit, `${p.ref} ${key}`);
      }
    }
    for (const t of [
      ...p.kvantumTables,
      ...(p.detailTables ?? []),
      ...(p.administrationEffect ? [p.administrationEffect] : []),
    ]) {
      for (const r of t.rows)
        for (const v of Object.values(r.amounts))
          onLine(r.sourceLine, v, t.unit, `${p.ref} ${t.id} "${r.label}"`);
    }
  }
  for (const t of doc.catalog?.tables ?? []) {
    for (const r of t.rows) {
      for (const v of Object.values(r.amounts)) onLine(r.sourceLine, v, t.unit, `katalog "${r.title}"`);
      if (r.investment !== null)
        onLine(r.sourceLine, r.investment, t.unit, `katalog "${r.title}" investering`);
    }
  }
  return problems;
}
