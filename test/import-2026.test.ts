// The 2026 catalog against an expectation file written by reading the document by hand
// (test/expectations/2026.json): every proposal's kind, printed totals and paybacks, and every
// catalog row of Tabel 1 and 2.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveProposal } from '../src/core/derive.ts';
import type { GevinstDocument, YearAmounts } from '../src/core/model.ts';
import { readTextCatalog } from '../src/formats/text-catalog/index.ts';
import { CORPUS_FILES, corpusFile } from './corpus.ts';

interface ExpectedProposal {
  ref: string;
  kind: string;
  priceLevelYear?: number;
  permanentChange: Record<string, number>;
  permanentService?: Record<string, number>;
  implementationTotal: number | null;
  implementationByAreaTotal?: Record<string, number>;
  paybackService: number | null;
  paybackTotal: number | null;
  economicImpact?: Record<string, number>;
}
type ExpectedRow = [string, string, string | null, string, string, number[], number | null, string | null];
interface Expectations {
  catalogYears: number[];
  proposals: ExpectedProposal[];
  catalogRows: ExpectedRow[];
  footnotes: { title: string; table: string; mark: string; text?: string }[];
}

const expected = JSON.parse(
  readFileSync(join(import.meta.dirname, 'expectations', '2026.json'), 'utf8'),
) as Expectations;
const path = corpusFile(CORPUS_FILES.y2026);

/** 1.000 kr. as written in the expectation file → kroner. */
const kr = (a: Record<string, number>): YearAmounts =>
  Object.fromEntries(Object.entries(a).map(([y, v]) => [y, v * 1000]));
const sum = (a: YearAmounts) => Object.values(a).reduce((s, v) => s + v, 0);

describe.skipIf(!path)('2026 catalog import', () => {
  const text = path ? readFileSync(path, 'utf8') : '';
  const doc: GevinstDocument = path ? readTextCatalog(text, { path, sha256: 'x' }) : ({} as GevinstDocument);

  it('finds exactly the 36 proposals, in order, none from the PDF outline at the end', () => {
    expect(doc.proposals.map((p) => p.ref)).toEqual(expected.proposals.map((p) => p.ref));
    const outline = text.split('\n').findIndex((l) => l.startsWith('\tForslag 1 ')) + 1;
    expect(outline).toBeGreaterThan(11000);
    for (const p of doc.proposals) expect(p.sourceLines[1]!).toBeLessThan(outline);
  });

  for (const e of expected.proposals) {
    it(`${e.ref}: kind, printed totals and paybacks`, () => {
      const p = doc.proposals.find((x) => x.ref === e.ref)!;
      expect(p.kind).toBe(e.kind);
      const s = p.economy!.stated;
      expect(s.permanentChange).toEqual(kr(e.permanentChange));
      if (e.implementationTotal === null) expect(s.implementationCost).toEqual({});
      else expect(sum(s.implementationCost)).toBe(e.implementationTotal * 1000);
      expect(s.paybackService).toBe(e.paybackService);
      expect(s.paybackTotal).toBe(e.paybackTotal);
      if (e.permanentService) expect(s.permanentByArea?.service).toEqual(kr(e.permanentService));
      for (const [area, total] of Object.entries(e.implementationByAreaTotal ?? {})) {
        expect(sum(s.implementationByArea?.[area as 'service'] ?? {})).toBe(total * 1000);
      }
      if (e.economicImpact) expect(s.economicImpact).toEqual(kr(e.economicImpact));
      expect(p.economy!.priceLevelYear).toBe(e.priceLevelYear ?? 2026);
    });
  }

  it('reads every catalog row of Tabel 1 and Tabel 2', () => {
    const rows = doc.catalog!.rows;
    const tableOf = new Map(doc.catalog!.tables.flatMap((t) => t.rows.map((r) => [r, t.name] as const)));
    expect(rows.map((r) => [tableOf.get(r), r.rowType, r.proposalRef, r.title, r.committee])).toEqual(
      expected.catalogRows.map(([t, type, ref, title, committee]) => [t, type, ref, title, committee]),
    );
    rows.forEach((r, i) => {
      const [, , , , , amounts, investment, approvedWith] = expected.catalogRows[i]!;
      const years = expected.catalogYears.map(String);
      expect(r.amounts, r.title).toEqual(Object.fromEntries(years.map((y, k) => [y, amounts[k]! * 1000])));
      expect(r.investment, r.title).toBe(investment === null ? null : investment * 1000);
      expect(r.approvedWith, r.title).toBe(approvedWith);
    });
  });

  it('keeps the footnote marks apart from titles and resolves their text', () => {
    for (const f of expected.footnotes) {
      const table = doc.catalog!.tables.find((t) => t.name === f.table)!;
      const row = table.rows.find((r) => r.title === f.title)!;
      expect(row.note).toBe(f.mark);
      expect(row.footnote).toBeTruthy();
      if (f.text) expect(row.footnote).toBe(f.text);
    }
  });

  it('either reconciles each proposal with its printed totals or says why not', () => {
    for (const p of doc.proposals) {
      const computed = deriveProposal(p);
      if (!computed || !p.economy) continue;
      const stated = p.economy.stated;
      const [first, last] = p.sourceLines as [number, number];
      const warned = doc.warnings.some(
        (w) =>
          w.proposalRef === p.ref && w.sourceLine !== null && w.sourceLine >= first && w.sourceLine <= last,
      );
      const permOk = Object.keys(stated.permanentChange).every(
        (y) => Math.abs((computed.permanentChange[y] ?? 0) - stated.permanentChange[y]!) <= 2000,
      );
      const implOk = Object.keys(stated.implementationCost).every(
        (y) => Math.abs((computed.implementationCost[y] ?? 0) - stated.implementationCost[y]!) <= 2000,
      );
      if (!permOk || !implOk)
        expect(warned, `${p.ref} differs from its printed totals without a warning`).toBe(true);
    }
  });

  it('keeps the source line of every economy line inside its proposal', () => {
    for (const p of doc.proposals) {
      const [first, last] = p.sourceLines as [number, number];
      for (const l of p.economy?.lines ?? []) {
        expect(l.sourceLine!).toBeGreaterThanOrEqual(first);
        expect(l.sourceLine!).toBeLessThanOrEqual(last);
      }
    }
  });

  it('places short rows by the printed subtotals (Forslag 4 and 7)', () => {
    const f4 = doc.proposals.find((p) => p.ref === 'Forslag 4')!.economy!;
    const hire = f4.lines.filter((l) => l.label.includes('jurister'));
    expect(hire.map((l) => [l.section, l.amounts])).toEqual([
      ['varig', { '2027': 1680000, '2028': 1680000, '2029': 1680000 }],
      ['implementering', { '2025': 840000, '2026': 1680000 }],
    ]);
    const f7 = doc.proposals.find((p) => p.ref === 'Forslag 7')!.economy!;
    const it7 = f7.lines.find((l) => l.label.startsWith('Udvidelse af IT-system'))!;
    expect(it7.amounts).toEqual({ '2026': 200000, '2027': 200000, '2028': 200000 });
  });

  it('reads presenting administrations, follow-up, consultations and innovation origin', () => {
    const f1 = doc.proposals[0]!;
    expect(f1.presentingAdministrations).toEqual(['BIF']);
    expect(f1.summary).toMatch(/^Der skal implementeres digitale samtykker/);
    expect(f1.consultations[0]).toMatchObject({
      body: 'Center for Økonomi',
      answer: 'ja',
      date: '2025-01-29',
    });
    expect(f1.risk?.level).toBe('Lav til middel');
    const f8 = doc.proposals.find((p) => p.ref === 'Forslag 8')!;
    expect(f8.innovationOrigin).toBe(false);
    const withFollowUp = doc.proposals.filter((p) => p.followUp.length > 0);
    expect(withFollowUp.length).toBeGreaterThan(20);
    for (const p of withFollowUp) for (const f of p.followUp) expect(f.when).not.toBe('');
  });
  it('gives lines without area the area of their only subtotal when they sum to it (Forslag 16)', () => {
    // "Samlet varig ændring Service -385 -425 …" and "Samlede implementeringsomkostninger Service 570":
    // the lines print no area; the document names Service for both blocks.
    const f16 = doc.proposals.find((p) => p.ref === 'Forslag 16')!;
    expect(f16.economy!.lines.map((l) => l.budgetArea)).toEqual(['service', 'service', 'service', 'service']);
    expect(deriveProposal(f16)!.paybackService).toBe(f16.economy!.stated.paybackService);
    expect(
      doc.warnings.some(
        (w) =>
          w.code === 'economy.area-from-subtotal' && w.proposalRef === 'Forslag 16' && w.params?.count === 2,
      ),
    ).toBe(true);
    // Forslag 17's permanent total names no area: its line keeps none.
    const f17 = doc.proposals.find((p) => p.ref === 'Forslag 17')!;
    expect(f17.economy!.lines[0]!.budgetArea).toBeNull();
  });

  it('cuts follow-up rows at their dates where the conversion put two cells on one line (Forslag 26)', () => {
    // l.8871-8921: "Igangsætning af projekt på" / "vejområdet" / "Organisering og ressourcer er
    // allokeret." / "TMF Q2 2025" …
    const f26 = doc.proposals.find((p) => p.ref === 'Forslag 26')!;
    expect(f26.followUp.map((f) => [f.responsible, f.when])).toEqual([
      ['TMF', 'Q2 2025'],
      ['TMF', 'Q4 2025'],
      ['TMF', 'Q2 2026'],
      ['TMF', 'Q2 2026'],
      ['TMF', 'Q4 2026'],
      ['TMF', 'Q2 2026'],
      ['TMF', 'Ultimo 2026'],
    ]);
    expect(f26.followUp[1]).toMatchObject({
      group: 'Implementering og anvendelse af investeringsmidler',
      target: 'Igangsætning af projekt på parkerings- og driftsområdet',
      measure: 'Projekt på de to øvrige områder er igangsat og ressourcer allokeret.',
    });
  });
});
